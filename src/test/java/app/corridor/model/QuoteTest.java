package app.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aSpanMustLieInItsSource() {
        SourceText source = SourceText.of("short");
        assertThatThrownBy(() -> Quote.spanOf("s", source, 0, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..6");
        assertThatThrownBy(() -> Quote.spanOf("s", source, 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quote("s", "x", -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
