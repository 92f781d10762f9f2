package app.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuoteTest {

    private static final String SPEECH = "Both sides agreed — “all-weather strategic partners” — to deepen CPEC.";

    @Test
    void aQuoteThatIsASpanOfItsSourceReadsItsWordsFromIt() {
        SourceText source = SourceText.of(SPEECH);
        int start = SPEECH.indexOf("“all");
        int end = SPEECH.indexOf(" — to");
        Quote span = Quote.spanOf("speech", source, start, end);
        assertThat(span.text()).isEqualTo("“all-weather strategic partners”");
        assertThat(span.sourceId()).isEqualTo("speech");
        assertThat(span.start()).isEqualTo(start);
        assertThat(span.end()).isEqualTo(end);
    }

    @Test
    void aSpanAndTheSameWordsGivenAsTextAreOneQuote() {
        SourceText source = SourceText.of(SPEECH);
        Quote span = Quote.spanOf("speech", source, 0, 10);
        Quote given = new Quote("speech", "Both sides", 0, 10);
        assertThat(span).isEqualTo(given).hasSameHashCodeAs(given).hasToString(given.toString());
        assertThat(given).isEqualTo(span);
        assertThat(span).isEqualTo(Quote.spanOf("speech", SourceText.of(SPEECH), 0, 10));
        assertThat(span).isNotEqualTo(new Quote("speech", "Both sidez", 0, 10))
                .isNotEqualTo(Quote.spanOf("speech", source, 1, 10))
                .isNotEqualTo(Quote.spanOf("other", source, 0, 10));
        assertThat(given.toString()).isEqualTo("Quote[sourceId=speech, text=Both sides, start=0, end=10]");
    }

    /** Two reads of one dataset (checked anew, and from its store) hold equal texts in different objects. */
    @Test
    void spansOfEqualTextsInDifferentObjectsAreEqualAndDifferentWordsAreNot() {
        SourceText read = SourceText.ofUtf8(SPEECH.getBytes(StandardCharsets.UTF_8));
        SourceText again = SourceText.of(SPEECH);
        assertThat(Quote.spanOf("speech", read, 0, 10)).isEqualTo(Quote.spanOf("speech", again, 0, 10))
                .hasSameHashCodeAs(Quote.spanOf("speech", again, 0, 10));
        assertThat(Quote.spanOf("speech", read, 0, 10)).isNotEqualTo(Quote.spanOf("speech", again, 0, 11));
        assertThat(Quote.spanOf("speech", read, 0, 10)).isNotEqualTo(Quote.spanOf("talk", again, 0, 10));
        // Another text with the same words at that place: still the same quote.
        SourceText edited = SourceText.of(SPEECH.substring(0, 10) + " and more words");
        assertThat(Quote.spanOf("speech", read, 0, 10)).isEqualTo(Quote.spanOf("speech", edited, 0, 10));
        SourceText other = SourceText.of("Other words entirely, at the same place.");
        assertThat(Quote.spanOf("speech", read, 0, 10)).isNotEqualTo(Quote.spanOf("speech", other, 0, 10));
        assertThat(Quote.spanOf("speech", read, 0, 10)).as("compared again").isEqualTo(Quote.spanOf("speech", again, 0, 10));
    }

    @Test
    void aSpanMustLieInItsSource() {
        SourceText source = SourceText.of("short");
        assertThatThrownBy(() -> Quote.spanOf("s", source, 0, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..6");
        assertThatThrownBy(() -> Quote.spanOf("s", source, 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quote("s", "x", -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
