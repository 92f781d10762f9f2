package app.corridor.curate;

import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.QuoteLocator;
import app.corridor.i18n.Messages;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes from one source text: made from a selection (exact offsets), trimmed by moving their ends,
 * or typed by hand and located as the validator locates them ({@link QuoteLocator}), with where a
 * typed quote stops matching.
 *
 * <p>The dataset stores a quote by its words, and the loader cites the first place those words
 * stand in the source. A selection whose words also stand earlier is therefore accepted with a
 * warning naming that earlier place, so the curator can select a few more words.
 */
public final class QuoteAttachment {

    // Every word the user may see is in the message bundles, under these keys.
    private static final String ONLY_SPACE = "curate.quote.only-space";
    private static final String EARLIER = "curate.quote.earlier";
    private static final String NOTHING_TYPED = "curate.quote.nothing-typed";
    private static final String NOT_EVEN_FIRST_WORD = "curate.quote.not-even-first-word";
    private static final String STOPS_MATCHING = "curate.quote.stops-matching";
    private static final String SPACES_DIFFER = "curate.quote.spaces-differ";
    private static final Pattern WORD = Pattern.compile("[^\\s\\p{Z}\\u00A0]+");
    private static final int SHOWN = 30;

    private final String sourceId;
    private final String text;
    private final Messages words;

    private QuoteAttachment(String sourceId, String text, Messages words) {
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.text = Objects.requireNonNull(text, "text");
        this.words = Objects.requireNonNull(words, "words");
    }

    /** Quotes from the source {@code sourceId}, whose full text is {@code text}; messages in English. */
    public static QuoteAttachment in(String sourceId, String text) {
        return in(sourceId, text, Messages.english());
    }

    /** Quotes from the source {@code sourceId}, whose full text is {@code text}; messages in {@code words}' language. */
    public static QuoteAttachment in(String sourceId, String text, Messages words) {
        return new QuoteAttachment(sourceId, text, words);
    }

    /** The source's whole text. */
    public String text() {
        return text;
    }

    public String sourceId() {
        return sourceId;
    }

    /**
     * A quote from characters {@code start} to {@code end} of the source (UTF-16 offsets, as a text
     * control reports a selection). Spaces at either end are left out, and an end inside a
     * character made of two code units (an emoji, a rare CJK character) moves out to include it.
     *
     * @throws IndexOutOfBoundsException when the span is not within the text
     */
    public Selection select(int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        int s = start;
        int e = end;
        if (s > 0 && s < text.length() && Character.isLowSurrogate(text.charAt(s))
                && Character.isHighSurrogate(text.charAt(s - 1))) {
            s--;
        }
        if (e > 0 && e < text.length() && Character.isLowSurrogate(text.charAt(e))
                && Character.isHighSurrogate(text.charAt(e - 1))) {
            e++;
        }
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return new Selection(sourceId, s, e, "", words.get(ONLY_SPACE), false);
        }
        String quoted = text.substring(s, e);
        int cited = QuoteLocator.locate(text, quoted).map(QuoteLocator.Span::start).orElse(s);
        return cited < s
                ? new Selection(sourceId, s, e, quoted, this.words.get(EARLIER, lineOf(cited)), true)
                : new Selection(sourceId, s, e, quoted, null, true);
    }

    /** {@code quote} with its start moved to {@code start}: the same rules as a new selection. */
    public Selection trimStart(Selection quote, int start) {
        return select(start, quote.end());
    }

    /** {@code quote} with its end moved to {@code end}. */
    public Selection trimEnd(Selection quote, int end) {
        return select(quote.start(), end);
    }

    /** Where the loader finds a stored quote in this source, if it does. */
    public Optional<QuoteLocator.Span> spanOf(QuoteDto quote) {
        return quote.text() == null ? Optional.empty() : QuoteLocator.locate(text, quote.text());
    }

    /** A quote typed or pasted by hand, located as the validator does; where not found, where it stops matching. */
    public Typed locate(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Typed(null, -1, -1, words.get(NOTHING_TYPED));
        }
        Optional<QuoteLocator.Span> span = QuoteLocator.locate(text, typed);
        if (span.isPresent()) {
            QuoteLocator.Span s = span.get();
            Selection found = new Selection(sourceId, s.start(), s.end(), text.substring(s.start(), s.end()),
                    text.substring(s.start(), s.end()).equals(typed) ? null : words.get(SPACES_DIFFER), true);
            return new Typed(found, -1, -1, found.message());
        }
        String prefix = QuoteLocator.longestMatchingPrefix(text, typed);
        if (prefix.isEmpty()) {
            return new Typed(null, 0, -1, words.get(NOT_EVEN_FIRST_WORD));
        }
        int typedStop = endOfWords(typed, WORD.matcher(prefix).results().count());
        int sourceStop = QuoteLocator.locate(text, prefix).orElseThrow().end();
        String message = words.get(STOPS_MATCHING, tail(prefix), head(text, sourceStop), head(typed, typedStop));
        return new Typed(null, typedStop, sourceStop, message);
    }

    /**
     * A quote made from a selection (or found for a typed one).
     *
     * @param text    the source's own characters from {@code start} to {@code end}
     * @param message a warning (the words stand earlier too) or why it cannot be used; null when all is well
     * @param usable  false when there is nothing to quote
     */
    public record Selection(String sourceId, int start, int end, String text, String message, boolean usable) {

        /** The quote as the dataset stores it. */
        public QuoteDto toDto() {
            if (!usable) {
                throw new IllegalStateException(message);
            }
            return new QuoteDto(sourceId, text);
        }
    }

    /**
     * A typed quote, located or not.
     *
     * @param found          the source's span when found, else null
     * @param typedStopsAt   where in the typed text it stops matching the source, or -1 when found
     * @param sourceStopsAt  where in the source the matching words end, or -1
     * @param message        what to tell the curator, or null when found exactly
     */
    public record Typed(Selection found, int typedStopsAt, int sourceStopsAt, String message) {
        public boolean isFound() {
            return found != null;
        }
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The offset just after the {@code words}-th word of {@code s}. */
    private static int endOfWords(String s, long words) {
        Matcher m = WORD.matcher(s);
        int end = 0;
        for (long i = 0; i < words && m.find(); i++) {
            end = m.end();
        }
        return end;
    }

    private static String tail(String s) {
        return s.length() <= SHOWN ? s : "…" + s.substring(s.length() - SHOWN);
    }

    /** What follows {@code from}, up to the end of its line and at most {@link #SHOWN} characters. */
    private static String head(String s, int from) {
        String rest = s.substring(from).strip();
        int lineEnd = rest.indexOf('\n');
        if (lineEnd >= 0 && lineEnd <= SHOWN) {
            return rest.substring(0, lineEnd).strip() + "…";
        }
        return rest.length() <= SHOWN ? rest : rest.substring(0, SHOWN) + "…";
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
