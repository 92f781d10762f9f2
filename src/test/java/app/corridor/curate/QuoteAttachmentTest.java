package app.corridor.curate;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.QuoteLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuoteAttachmentTest {

    private static final String TEXT = "Speech on friendship\n\n"
            + "Both sides agreed to deepen cooperation. The leaders met\u00a0in Beijing.\n"
            + "Both sides agreed to meet again. 习近平 spoke of 😀 friends.\n";

    private final QuoteAttachment speech = QuoteAttachment.in("speech", TEXT);

    @Test
    void aSelectionBecomesAQuoteWithExactOffsetsThatTheValidatorFindsThere() {
        int start = TEXT.indexOf("The leaders");
        int end = TEXT.indexOf("Beijing.") + "Beijing.".length();
        QuoteAttachment.Selection q = speech.select(start, end);
        assertThat(q.usable()).isTrue();
        assertThat(q.message()).isNull();
        assertThat(q.start()).isEqualTo(start);
        assertThat(q.end()).isEqualTo(end);
        assertThat(q.text()).isEqualTo("The leaders met\u00a0in Beijing.");
        assertThat(q.toDto().source()).isEqualTo("speech");
        assertThat(QuoteLocator.locate(TEXT, q.toDto().text())).contains(new QuoteLocator.Span(start, end));
    }

    @Test
    void spacesAtTheEndsOfASelectionAreLeftOutAndASplitCharacterIsKeptWhole() {
        int start = TEXT.indexOf(" The leaders");
        QuoteAttachment.Selection q = speech.select(start, TEXT.indexOf("met") + 4);
        assertThat(q.text()).isEqualTo("The leaders met");
        int emoji = TEXT.indexOf("😀");
        QuoteAttachment.Selection split = speech.select(emoji + 1, emoji + "😀 friends".length());
        assertThat(split.text()).isEqualTo("😀 friends");
        assertThat(split.start()).isEqualTo(emoji);
    }

    @Test
    void aSelectionOfOnlySpacesCannotBeQuoted() {
        int gap = TEXT.indexOf("\n\n");
        QuoteAttachment.Selection q = speech.select(gap, gap + 2);
        assertThat(q.usable()).isFalse();
        assertThat(q.message()).contains("only spaces");
    }

    @Test
    void wordsThatAlsoStandEarlierAreAcceptedWithAWarningNamingTheEarlierLine() {
        int second = TEXT.lastIndexOf("Both sides agreed");
        QuoteAttachment.Selection q = speech.select(second, second + "Both sides agreed".length());
        assertThat(q.usable()).isTrue();
        assertThat(q.message()).contains("earlier in the source (line 3)");
        QuoteAttachment.Selection longer = speech.trimEnd(q, TEXT.indexOf("again.") + "again.".length());
        assertThat(longer.message()).isNull();
        assertThat(longer.text()).isEqualTo("Both sides agreed to meet again.");
    }

    @Test
    void trimmingMovesEitherEnd() {
        int start = TEXT.indexOf("Both sides agreed to deepen");
        QuoteAttachment.Selection q = speech.select(start, TEXT.indexOf("cooperation.") + "cooperation.".length());
        QuoteAttachment.Selection trimmed = speech.trimStart(q, TEXT.indexOf("to deepen"));
        assertThat(trimmed.text()).isEqualTo("to deepen cooperation.");
        assertThat(speech.trimEnd(trimmed, TEXT.indexOf(" cooperation.")).text()).isEqualTo("to deepen");
    }

    @Test
    void aTypedQuoteWithPlainSpacesIsFoundAndKeepsTheSourcesOwnCharacters() {
        QuoteAttachment.Typed t = speech.locate("The leaders met in Beijing.");
        assertThat(t.isFound()).isTrue();
        assertThat(t.found().text()).isEqualTo("The leaders met\u00a0in Beijing.");
        assertThat(t.message()).contains("different spaces");
        assertThat(speech.locate("习近平 spoke").message()).isNull();
    }

    @Test
    void aTypedQuoteThatDiffersSaysWhereItStopsMatchingInBothTexts() {
        String typed = "Both sides agreed to deepen co-operation. The leaders";
        QuoteAttachment.Typed t = speech.locate(typed);
        assertThat(t.isFound()).isFalse();
        assertThat(typed.substring(0, t.typedStopsAt())).isEqualTo("Both sides agreed to deepen");
        assertThat(TEXT.substring(0, t.sourceStopsAt())).endsWith("Both sides agreed to deepen");
        assertThat(t.message()).contains("matches up to “Both sides agreed to deepen”")
                .contains("the source goes on “cooperation.").contains("the quote has “co-operation.");
        assertThat(speech.locate("Nothing like it").message()).contains("not even its first word");
        assertThat(speech.locate("  ").message()).contains("Type or paste");
    }

    @Test
    void worksOnACuratedSourceAsTheValidatorDoes() throws Exception {
        String text = Files.readString(Path.of("data/sources/2020-song-tao-political-parties-cpec.txt"));
        QuoteAttachment source = QuoteAttachment.in("song-tao-daily-mail-2020", text);
        int start = text.indexOf("CPEC");
        QuoteAttachment.Selection q = source.select(start, start + 40);
        assertThat(source.spanOf(q.toDto())).contains(new QuoteLocator.Span(q.start(), q.end()));
    }
}
