package app.corridor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    private static final String SOURCE = "Intro.\nBuilding a community\u2002with a shared future started from Asia.\n"
            + "The airport\u00a0commenced operations.";

    @Test
    void findsAnExactQuoteAtItsOffsets() {
        String quote = "started from Asia.";
        QuoteLocator.Span span = QuoteLocator.locate(SOURCE, quote).orElseThrow();
        assertThat(SOURCE.substring(span.start(), span.end())).isEqualTo(quote);
    }

    @Test
    void anOrdinarySpaceMatchesAnEnSpaceAndTheSpanKeepsTheSourcesOwnCharacter() {
        QuoteLocator.Span span = QuoteLocator.locate(SOURCE, "community with a shared").orElseThrow();
        assertThat(SOURCE.substring(span.start(), span.end())).isEqualTo("community\u2002with a shared");
    }

    @Test
    void anOrdinarySpaceMatchesANoBreakSpace() {
        QuoteLocator.Span span = QuoteLocator.locate(SOURCE, "The airport commenced").orElseThrow();
        assertThat(SOURCE.substring(span.start(), span.end())).isEqualTo("The airport\u00a0commenced");
    }

    @Test
    void aQuoteMayCrossALineBreak() {
        assertThat(QuoteLocator.locate(SOURCE, "Intro. Building")).isPresent();
    }

    @Test
    void aChangedWordIsNotFound() {
        assertThat(QuoteLocator.locate(SOURCE, "started from Europe.")).isEmpty();
        assertThat(QuoteLocator.locate(SOURCE, "  ")).isEmpty();
    }

    @Test
    void typosMustStayTypos() {
        String source = "Minister Sing Tao has written an article";
        assertThat(QuoteLocator.locate(source, "Minister Song Tao has written")).isEmpty();
        assertThat(QuoteLocator.locate(source, "Minister Sing Tao has written")).isPresent();
    }

    @Test
    void tellsHowFarAQuoteMatches() {
        assertThat(QuoteLocator.longestMatchingPrefix(SOURCE, "Building a community with a shared past"))
                .isEqualTo("Building a community with a shared");
    }
}
