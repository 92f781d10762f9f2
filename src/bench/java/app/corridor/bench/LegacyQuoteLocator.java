package app.corridor.bench;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The quote locator before the index (Corridor 0.1.0, kept only as the benchmarks' baseline): an
 * exact search from the start of the source, then a regular expression compiled per quote.
 */
final class LegacyQuoteLocator {

    private static final String WHITESPACE = "[\\s\\p{Z}\\u00A0]+";

    private LegacyQuoteLocator() {
    }

    /** The start of the quote in the source, or -1. */
    static int locate(String sourceText, String quote) {
        int exact = sourceText.indexOf(quote);
        if (exact >= 0) {
            return exact;
        }
        String regex = Arrays.stream(quote.strip().split(WHITESPACE)).map(Pattern::quote)
                .collect(Collectors.joining(WHITESPACE));
        Matcher m = Pattern.compile(regex).matcher(sourceText);
        return m.find() ? m.start() : -1;
    }
}
