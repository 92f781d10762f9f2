package app.corridor.dataset;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a quote in its source text. First as an exact substring; failing that, with every run of
 * whitespace in the quote matching any run of whitespace in the source (a dataset editor may type
 * an ordinary space where the source has U+2002 or a no-break space, or a line break). Either way
 * the span returned is the source's own text, so what is stored is verbatim. The first occurrence wins.
 */
public final class QuoteLocator {

    /** A located quote: {@code sourceText.substring(start, end)}. */
    public record Span(int start, int end) {
    }

    /** Any Unicode space separator or ASCII whitespace, including U+00A0 and U+2002. */
    private static final String WHITESPACE = "[\\s\\p{Z}\\u00A0]+";

    private QuoteLocator() {
    }

    public static Optional<Span> locate(String sourceText, String quote) {
        if (quote.isBlank()) {
            return Optional.empty();
        }
        int exact = sourceText.indexOf(quote);
        if (exact >= 0) {
            return Optional.of(new Span(exact, exact + quote.length()));
        }
        String regex = Arrays.stream(quote.strip().split(WHITESPACE))
                .map(Pattern::quote)
                .collect(Collectors.joining(WHITESPACE));
        Matcher m = Pattern.compile(regex).matcher(sourceText);
        return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
    }

    /**
     * The longest prefix of {@code quote} (at a word boundary) that the source does contain: tells
     * the editor where a quote stops matching.
     */
    public static String longestMatchingPrefix(String sourceText, String quote) {
        String[] words = quote.strip().split(WHITESPACE);
        int lo = 0;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            String prefix = String.join(" ", Arrays.copyOf(words, mid));
            if (locate(sourceText, prefix).isPresent()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return String.join(" ", Arrays.copyOf(words, lo));
    }
}
