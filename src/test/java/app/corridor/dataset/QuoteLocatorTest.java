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

    @Test
    void theFirstPlaceWinsWhateverItsWhitespace() {
        String source = "x a\u2002 b y a b";
        QuoteLocator.Span span = QuoteLocator.locate(source, "a b").orElseThrow();
        assertThat(span.start()).isEqualTo(2);
        assertThat(source.substring(span.start(), span.end())).isEqualTo("a\u2002 b");
    }

    @Test
    void aQuoteMayStartAndEndInsideWords() {
        String source = "Rebuilding a community together";
        QuoteLocator.Span span = QuoteLocator.locate(source, "building a comm").orElseThrow();
        assertThat(source.substring(span.start(), span.end())).isEqualTo("building a comm");
        assertThat(QuoteLocator.locate(source, "ilding")).map(QuoteLocator.Span::start).contains(4);
        assertThat(QuoteLocator.locate(source, "a community toge")).isPresent();
        assertThat(QuoteLocator.locate(source, "a communit together")).isEmpty();
    }

    @Test
    void oneIndexServesManyQuotes() {
        QuoteLocator index = QuoteLocator.index(SOURCE);
        assertThat(index.locate("started from Asia.")).isPresent();
        assertThat(index.locate("The airport commenced")).isPresent();
        assertThat(index.locate("started from Europe.")).isEmpty();
        assertThat(index.longestMatchingPrefix("Building a community with a shared past"))
                .isEqualTo("Building a community with a shared");
    }

    // Work bounds: the locator counts the characters and words it compares. Linear means a small
    // multiple of the source's and the quote's lengths, whatever they hold (no timing involved).

    @Test
    void aTwoThousandWordQuoteAgainstTwoMegabytesOfRepeatedWordsCostsLinearWork() {
        String source = "the same words again ".repeat(100_000);
        String absent = ("the same words again ".repeat(500) + "and then different").strip();
        String present = "again the same words ".repeat(500).strip();
        QuoteLocator index = QuoteLocator.index(source);
        assertThat(index.locate(absent)).isEmpty();
        assertThat(index.longestMatchingPrefix(absent)).endsWith("same words again").hasSize(absent.length() - 19);
        assertThat(index.locate(present)).map(QuoteLocator.Span::start).contains(15);
        assertThat(index.steps()).isLessThan(4L * (source.length() + absent.length() + present.length()));
    }

    @Test
    void aQuoteAlmostMatchingEverywhereInOneRepeatedWordCostsLinearWork() {
        String source = "a ".repeat(500_000);
        String quote = "a ".repeat(5_000) + "b";
        QuoteLocator index = QuoteLocator.index(source);
        assertThat(index.locate(quote)).isEmpty();
        assertThat(index.steps()).isLessThan(4L * (source.length() + quote.length()));
    }

    @Test
    void oneLongWordAgainstALongerOneCostsLinearWork() {
        String source = "a".repeat(1_000_000);
        String quote = "a".repeat(10_000) + "b";
        QuoteLocator index = QuoteLocator.index(source);
        assertThat(index.locate(quote)).isEmpty();
        assertThat(index.locate(quote.substring(0, 10_000))).map(QuoteLocator.Span::start).contains(0);
        assertThat(index.steps()).isLessThan(4L * (2 * source.length() + 2 * quote.length()));
    }

    @Test
    void aTypicalQuoteCostsAboutItsOwnLengthNotTheSources() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            source.append("word").append(i % 5_000).append(i % 17 == 0 ? ".\n" : " ");
        }
        QuoteLocator index = QuoteLocator.index(source.toString());
        String quote = "word4321 word4322 word4323 word4324 word4325 word4326";
        assertThat(index.locate(quote)).isPresent();
        assertThat(index.steps()).isLessThan(20L * quote.length() * 40);
    }
}
