package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceDocumentTest {

    private static final String TEXT = "Title\n\nAlpha beta gamma delta.\nEpsilon zeta\u2002eta theta.";
    private static final Source SOURCE = new Source("s", "sources/s.txt", "0".repeat(64), "A source", null, null,
            null, null, null, null);

    private static SourceDocument.CitedQuote cited(String words, String eventTitle) {
        int start = TEXT.indexOf(words);
        Quote q = new Quote("s", words, start, start + words.length());
        Event e = new Event(eventTitle.toLowerCase().replace(' ', '-'), eventTitle, EventKind.MEETING,
                EventDate.parse("2024-06-07"), null, List.of(), "summary", null, List.of(q));
        return new SourceDocument.CitedQuote(q, List.of(e));
    }

    private static List<String> texts(SourceDocument doc, List<List<TextMark>> marks, String styleClass) {
        List<String> out = new ArrayList<>();
        for (int line = 1; line <= marks.size(); line++) {
            for (TextMark m : marks.get(line - 1)) {
                if (m.styleClass().equals(styleClass)) {
                    out.add(line + ":" + doc.line(line).substring(m.start(), m.end()));
                }
            }
        }
        return out;
    }

    @Test
    void quotesAreInTextOrderAndFoundBySpan() {
        SourceDocument doc = new SourceDocument(SOURCE, TEXT,
                List.of(cited("zeta", "Later"), cited("beta gamma", "Earlier")));
        assertThat(doc.quotes()).extracting(c -> c.quote().text()).containsExactly("beta gamma", "zeta");
        assertThat(doc.indexOf(doc.quotes().get(1).quote())).isEqualTo(1);
        assertThat(doc.lineCount()).isEqualTo(4);
        assertThat(doc.lineOf(TEXT.indexOf("zeta"))).isEqualTo(4);
    }

    @Test
    void theChosenQuoteIsMarkedAndOverlappingQuotesAreMergedAroundIt() {
        SourceDocument doc = new SourceDocument(SOURCE, TEXT, List.of(cited("Alpha beta", "A"),
                cited("beta gamma", "B"), cited("gamma delta", "C"), cited("Epsilon", "D")));
        List<List<TextMark>> marks = doc.marks(1, List.of(), -1);
        assertThat(texts(doc, marks, SourceDocument.TARGET)).containsExactly("3:beta gamma");
        // The other quotes overlap the chosen one: their marks stop where it starts, so marks never stack.
        assertThat(texts(doc, marks, SourceDocument.OTHER)).containsExactly("3:Alpha ", "3: delta", "4:Epsilon");
    }

    @Test
    void aQuoteAcrossALineBreakIsMarkedOnBothLinesWithoutTheBreak() {
        SourceDocument doc = new SourceDocument(SOURCE, TEXT, List.of(cited("delta.\nEpsilon", "A")));
        assertThat(texts(doc, doc.marks(0, List.of(), -1), SourceDocument.TARGET))
                .containsExactly("3:delta.", "4:Epsilon");
    }

    @Test
    void findIgnoresCaseAndASpaceFindsAnyWhitespace() {
        SourceDocument doc = new SourceDocument(SOURCE, TEXT, List.of());
        List<SourceDocument.Span> found = doc.find("ZETA eta");
        assertThat(found).extracting(s -> TEXT.substring(s.start(), s.end())).containsExactly("zeta\u2002eta");
        assertThat(doc.find("a")).hasSize(9);
        assertThat(doc.find("  ")).isEmpty();
        List<List<TextMark>> marks = doc.marks(-1, doc.find("eta"), 1);
        assertThat(marks.get(2)).extracting(TextMark::start, TextMark::styleClass)
                .containsExactly(tuple(7, SourceDocument.FOUND));
        assertThat(texts(doc, marks, SourceDocument.FOUND_CURRENT)).containsExactly("4:eta");
    }

    @Test
    void manyOverlappingQuotesMergeIntoOneMarkPerLine() {
        // 20,000 overlapping quotes over a long text: every other quote merges into one mark per line.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append("Line ").append(i).append(" of a long source with words to quote.\n");
        }
        String full = text.toString();
        List<SourceDocument.CitedQuote> quotes = new ArrayList<>();
        int lineLength = full.indexOf('\n') + 1;
        for (int i = 0; i < 20_000; i++) {
            int start = (i % 2_000) * lineLength + (i / 2_000) % 10;
            quotes.add(new SourceDocument.CitedQuote(new Quote("s", "x", start, start + 12), List.of()));
        }
        SourceDocument doc = new SourceDocument(SOURCE, full, quotes);
        List<List<TextMark>> marks = doc.marks(0, List.of(), -1);
        assertThat(marks).hasSize(2_001);
        assertThat(marks.get(1)).hasSize(1);
        assertThat(marks.get(1).get(0).end() - marks.get(1).get(0).start()).isEqualTo(21);
    }

    @Test
    void aSelectionDraggedInsideWordsTakesThemWhole() {
        SourceDocument doc = new SourceDocument(SOURCE, TEXT, List.of());
        int from = TEXT.indexOf("eta gamma") + 1;
        int to = TEXT.indexOf("delta") + 2;
        SourceDocument.Span words = doc.toWords(from, to);
        assertThat(TEXT.substring(words.start(), words.end())).isEqualTo("beta gamma delta");
        int dot = TEXT.indexOf("delta.") + "delta.".length();
        SourceDocument.Span toDot = doc.toWords(TEXT.indexOf("gamma"), dot);
        assertThat(TEXT.substring(toDot.start(), toDot.end())).as("ends at edges stay").isEqualTo("gamma delta.");
    }

    @Test
    void aDraftDocumentLocatesTheQuotesOfTheDatasetBeingEdited() {
        var source = new app.corridor.dataset.Dto.SourceDto("s", "sources/s.txt", "0".repeat(64), "A source", null, null,
                null, "2024-13", null, null);
        var quoted = new app.corridor.dataset.Dto.EventDto("talks", "Talks", "meeting", "2024-06-07", null, List.of(),
                "s", null, List.of(new app.corridor.dataset.Dto.QuoteDto("s", "zeta eta"),
                        new app.corridor.dataset.Dto.QuoteDto("s", "not in the text")));
        var unfinished = new app.corridor.dataset.Dto.EventDto("draft", "Draft", null, null, null, List.of(), null,
                null, List.of(new app.corridor.dataset.Dto.QuoteDto("s", "Alpha beta")));
        var document = new app.corridor.dataset.Dto.DatasetDto(java.math.BigInteger.ONE, "t", List.of(source), List.of(),
                List.of(quoted, unfinished));

        SourceDocument draft = SourceDocument.ofDraft(document, source, TEXT);

        assertThat(draft.source().published()).as("a date still to fix is left out").isNull();
        assertThat(draft.quotes()).extracting(c -> c.quote().text(), c -> c.events().size())
                .containsExactly(tuple("Alpha beta", 0), tuple("zeta\u2002eta", 1));
    }
}
