package app.corridor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The indexed locator against the definition it replaced: a regular expression in which each run
 * of whitespace in the quote matches any run of whitespace in the source, first match wins. Small
 * alphabets, so that near misses, repeats and whitespace variants are common.
 *
 * <p>One difference is deliberate, and was found here: the old code trimmed quotes with
 * {@code String.strip()}, which keeps a no-break space, so a quote made of no-break spaces was
 * "found" as an empty span, and one starting with a no-break space matched only after whitespace,
 * which then became part of the quote. The oracle trims every whitespace the locator knows.
 */
class QuoteLocatorPropertyTest {

    private static final String WHITESPACE = "[\\s\\p{Z}\\u00A0]+";

    /** The old definition, fine for the short texts here (it broke on long quotes). */
    private static Optional<QuoteLocator.Span> oracle(String source, String quote) {
        if (trim(quote).isEmpty()) {
            return Optional.empty();
        }
        String regex = Arrays.stream(trim(quote).split(WHITESPACE)).map(Pattern::quote)
                .collect(Collectors.joining(WHITESPACE));
        Matcher m = Pattern.compile(regex).matcher(source);
        return m.find() ? Optional.of(new QuoteLocator.Span(m.start(), m.end())) : Optional.empty();
    }

    private static String oraclePrefix(String source, String quote) {
        String[] words = trim(quote).split(WHITESPACE);
        int lo = 0;
        int hi = trim(quote).isEmpty() ? 0 : words.length;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (oracle(source, String.join(" ", Arrays.copyOf(words, mid))).isPresent()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return String.join(" ", Arrays.copyOf(words, lo));
    }

    private static String trim(String s) {
        return s.replaceAll("^" + WHITESPACE + "|" + WHITESPACE + "$", "");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', 'c', ' ', ' ', '\n', '\u2002', '\u00a0', '\t', '\u2028')
                .ofMaxLength(60);
    }

    @Provide
    Arbitrary<String[]> sourceAndQuote() {
        Arbitrary<String> source = texts();
        // Half the quotes are cut from the source, with their whitespace changed; half are random.
        return Combinators.combine(source, Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 60),
                texts(), Arbitraries.of(true, false), Arbitraries.of(" ", "\n ", "\u2002", "  "))
                .as((s, a, b, random, cut, space) -> {
                    if (!cut || s.isEmpty()) {
                        return new String[] {s, random};
                    }
                    int from = Math.min(a, b) % (s.length() + 1);
                    int to = Math.max(from, Math.max(a, b) % (s.length() + 1));
                    return new String[] {s, s.substring(from, to).replaceAll(WHITESPACE, space)};
                });
    }

    @Property(tries = 1000)
    void findsWhatTheRegularExpressionFoundAndOnlyThat(@ForAll("sourceAndQuote") String[] sq) {
        assertThat(QuoteLocator.locate(sq[0], sq[1])).as("%s in %s", show(sq[1]), show(sq[0]))
                .isEqualTo(oracle(sq[0], sq[1]));
    }

    @Property(tries = 1000)
    void oneIndexAnswersEachQuoteAsAFreshOneWould(@ForAll("texts") String source, @ForAll("sourceAndQuote") String[] a,
                                                  @ForAll("sourceAndQuote") String[] b) {
        QuoteLocator index = QuoteLocator.index(source);
        for (String quote : new String[] {a[1], b[1], a[0], b[0]}) {
            assertThat(index.locate(quote)).as(show(quote)).isEqualTo(oracle(source, quote));
        }
    }

    @Property(tries = 1000)
    void theLongestMatchingPrefixIsTheOneTheOldSearchFound(@ForAll("sourceAndQuote") String[] sq) {
        assertThat(QuoteLocator.longestMatchingPrefix(sq[0], sq[1])).as("%s in %s", show(sq[1]), show(sq[0]))
                .isEqualTo(oraclePrefix(sq[0], sq[1]));
    }

    @Property(tries = 1000)
    void theSuffixIndexAloneAgreesToo(@ForAll("sourceAndQuote") String[] sq) {
        String folded = String.join(" ", trim(sq[1]).split(WHITESPACE));
        org.junit.jupiter.api.Assumptions.assumeFalse(folded.isEmpty());
        SuffixIndex index = new SuffixIndex(sq[0]);
        assertThat(Optional.ofNullable(index.locate(folded))).as("%s in %s", show(sq[1]), show(sq[0]))
                .isEqualTo(oracle(sq[0], sq[1]));
        String prefix = oraclePrefix(sq[0], sq[1]);
        assertThat(index.longestPrefix(folded)).isGreaterThanOrEqualTo(prefix.length());
    }

    private static String show(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\u2002", "<en>").replace("\u00a0", "<nbsp>")
                .replace("\t", "\\t").replace("\u2028", "<ls>") + "\"";
    }
}
