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
    void whitespaceIsExactlyWhatTheOldPatternMatched() {
        java.util.regex.Pattern old = java.util.regex.Pattern.compile("[\\s\\p{Z}\\u00A0]");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(QuoteLocator.isSpace((char) c)).as("U+%04X", c)
                    .isEqualTo(old.matcher(String.valueOf((char) c)).matches());
            assertThat(QuoteLocator.space((char) c)).as("U+%04X, the loops' test", c).isEqualTo(QuoteLocator.isSpace((char) c));
        }
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

    @Test
    void aShortQuoteAfterALongOneIsReadAsItselfAndALongerOneThanTheKeptBufferWhole() {
        String words = "alpha beta gamma delta epsilon ".repeat(400); // 12,400 characters
        QuoteLocator index = QuoteLocator.index("Intro. " + words + "Outro.");
        String whole = words + "Outro.";
        assertThat(index.locate(whole)).contains(new QuoteLocator.Span(7, 7 + whole.length()));
        assertThat(index.locate("gamma delta")).contains(new QuoteLocator.Span(18, 29));
        assertThat(index.locate("epsilon Outro.")).contains(new QuoteLocator.Span(7 + words.length() - 8, 7 + whole.length()));
        assertThat(index.locate("Intro. alpha")).contains(new QuoteLocator.Span(0, 12));
        assertThat(index.longestMatchingPrefix("beta gamma omega")).isEqualTo("beta gamma");
    }

    // Work bounds: the locator counts the characters and words it compares, and the passes that
    // build its indexes. Whatever the text holds, building costs O(n log n) once per source and a
    // lookup O(m log n); for ordinary prose a lookup costs about the quote's length. No timing involved.

    private static double log2(int n) {
        return Math.log(n) / Math.log(2);
    }

    private static void assertBuiltWithin(QuoteLocator index, int n) {
        assertThat(index.buildSteps()).as("building").isLessThan((long) (12 * n * (log2(n) + 2)));
    }

    @Test
    void aTwoThousandWordQuoteAgainstTwoMegabytesOfRepeatedWordsCostsBoundedWork() {
        String source = "the same words again ".repeat(100_000);
        String absent = ("the same words again ".repeat(500) + "and then different").strip();
        String present = "again the same words ".repeat(500).strip();
        QuoteLocator index = QuoteLocator.index(source);
        assertThat(index.locate(absent)).isEmpty();
        assertThat(index.longestMatchingPrefix(absent)).endsWith("same words again").hasSize(absent.length() - 19);
        assertThat(index.locate(present)).map(QuoteLocator.Span::start).contains(15);
        assertThat(index.locate("words again the same words again the")).map(QuoteLocator.Span::start).contains(9);
        assertBuiltWithin(index, source.length());
        int m = absent.length() + absent.length() + present.length() + 40;
        assertThat(index.steps()).as("lookups").isLessThan((long) (4 * m * log2(source.length())));
    }

    @Test
    void aQuoteAlmostMatchingEverywhereInOneRepeatedWordCostsBoundedWork() {
        String source = "a ".repeat(500_000);
        String quote = "a ".repeat(5_000) + "b";
        QuoteLocator index = QuoteLocator.index(source);
        assertThat(index.locate(quote)).isEmpty();
        assertThat(index.locate("a a a")).map(QuoteLocator.Span::start).contains(0);
        assertBuiltWithin(index, source.length());
        assertThat(index.steps()).as("lookups").isLessThan((long) (4 * (quote.length() + 5) * log2(source.length())));
    }

    @Test
    void oneLongWordAgainstALongerOneCostsBoundedWork() {
        String source = "a".repeat(1_000_000);
        String quote = "a".repeat(10_000) + "b";
        QuoteLocator index = QuoteLocator.index(source);
        assertThat(index.locate(quote)).isEmpty();
        assertThat(index.locate(quote.substring(0, 10_000))).map(QuoteLocator.Span::start).contains(0);
        assertBuiltWithin(index, source.length());
        assertThat(index.steps()).as("lookups").isLessThan((long) (4 * 2 * quote.length() * log2(source.length())));
    }

    @Test
    void aQuoteWhoseInnerWordsAreEverywhereIsFoundByItsRareEnds() {
        // The old generator's shape: "Quote for e123." on every line, "for" 100,000 times.
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            source.append("Quote for e").append(i).append(".\n");
        }
        QuoteLocator index = QuoteLocator.index(source.toString());
        for (int i = 0; i < 1000; i++) {
            String quote = "Quote for e" + (i * 97) + ".";
            assertThat(index.locate(quote)).map(span -> source.substring(span.start(), span.end())).contains(quote);
        }
        assertThat(index.steps()).as("lookups").isLessThan(1000L * 20 * "Quote for e99999.".length());
    }

    @Test
    void aTypicalQuoteCostsAboutItsOwnLengthNotTheSources() {
        StringBuilder source = new StringBuilder();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 200_000; i++) {
            source.append("w").append(random.nextInt(50_000)).append(i % 17 == 0 ? ".\n" : " ");
        }
        QuoteLocator index = QuoteLocator.index(source.toString());
        String text = source.toString();
        for (int i = 0; i < 100; i++) {
            int start = text.indexOf(' ', i * 9_000) + 1;
            int end = text.indexOf(' ', start + 60);
            QuoteLocator.Span span = index.locate(text.substring(start, end)).orElseThrow();
            assertThat(span.start()).isLessThanOrEqualTo(start);
        }
        assertThat(index.steps()).as("100 lookups of about 65 characters").isLessThan(100L * 65 * 20);
        assertBuiltWithin(index, text.length());
    }
}
