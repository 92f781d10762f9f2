package app.corridor.i18n;

/**
 * Keeps words of one direction whole inside a sentence of the other: an English title inside an
 * Urdu sentence, an Urdu date inside an English reference. Without this, the Unicode bidi
 * algorithm lets neutral characters at the edge of the inner words (a closing parenthesis, a full
 * stop, a number) join the outer sentence's direction, and "(2015)" prints as "(2015". The words
 * are wrapped in an isolate (LRI or RLI … PDI, Unicode 6.3), which the JDK's bidi algorithm (and so
 * JavaFX and Java2D) and browsers honour and none draws. Isolates, not the older embeddings: two
 * English names in an Urdu list stay two, in Urdu order, instead of merging into one English run.
 */
public final class BidiText {

    private static final char LRI = '\u2066';
    private static final char RLI = '\u2067';
    private static final char PDI = '\u2069';
    private static final char LRM = '\u200e';
    private static final char RLM = '\u200f';

    private BidiText() {
    }

    /** {@code text} as it must be written inside a sentence of {@code language}. */
    public static String embed(String text, Language language) {
        return held(text, language, LRI, RLI, PDI);
    }

    /**
     * {@code text} inside a sentence of {@code language}, held by marks (LRM or RLM on both sides)
     * instead of an isolate: for JavaFX, which draws isolates as boxes (no bundled font has a glyph
     * for them) but draws marks as nothing. Weaker than an isolate, but enough to keep the edges
     * whole: a path in an Urdu sentence no longer prints as "tmp/data/events.json/".
     */
    public static String mark(String text, Language language) {
        return held(text, language, LRM, RLM, (char) 0);
    }

    /**
     * {@code text} between {@code ltr} or {@code rtl} (by its own direction) and {@code close} (or
     * the same mark again when 0), when its direction is not {@code language}'s.
     */
    private static String held(String text, Language language, char ltr, char rtl, char close) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Boolean rightToLeft = firstStrongIsRtl(text);
        if (rightToLeft == null || rightToLeft == language.rightToLeft()) {
            return text;
        }
        char open = rightToLeft ? rtl : ltr;
        return open + text + (close == 0 ? open : close);
    }

    /** True when the first letter with a direction is right to left, false when left to right, null when none has one. */
    public static Boolean firstStrongIsRtl(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return false;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return true;
                default:
                    break;
            }
        }
        return null;
    }

    /**
     * {@code text} without isolates and embeddings but with its marks (see {@link #mark}): for
     * JavaFX, which draws the former as boxes and obeys the latter.
     */
    public static String withoutIsolates(String text) {
        return text.replaceAll("[\\u202a-\\u202e\\u2066-\\u2069]", "");
    }

    /** {@code text} without the invisible bidi controls, for comparing and for renderers that would draw them. */
    public static String strip(String text) {
        return text.replaceAll("[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]", "");
    }
}
