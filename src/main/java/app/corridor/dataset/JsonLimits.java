package app.corridor.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The JSON reader's limits, set here (not left to the library's defaults) so they are documented
 * and stable, and said in plain words when a file goes past one. No real dataset comes near them;
 * they keep a damaged or hostile file from costing unbounded memory or time.
 */
final class JsonLimits {

    /** Arrays and objects inside each other: a dataset needs 5. */
    static final int MAX_NESTING = 1000;
    /** Characters in one string value. */
    static final int MAX_STRING_CHARS = 20_000_000;
    /** Digits in one number. */
    static final int MAX_NUMBER_DIGITS = 1000;
    /** Characters in one key. */
    static final int MAX_KEY_CHARS = 50_000;

    /** The factory every dataset read uses. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .maxNameLength(MAX_KEY_CHARS)
                    .build())
            .build();

    private JsonLimits() {
    }

    /** What limit {@code e} reports, in words a dataset editor can act on. */
    static String explain(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        // The library names the limit by the accessor that holds it; that name is its stable part.
        if (m.contains("NestingDepth")) {
            return "arrays or objects are nested more than " + MAX_NESTING + " levels deep here; a dataset needs a few";
        }
        if (m.contains("StringLength")) {
            return "a string here is longer than " + MAX_STRING_CHARS + " characters, the most the reader accepts";
        }
        if (m.contains("NumberLength")) {
            return "a number here has more than " + MAX_NUMBER_DIGITS + " digits, the most the reader accepts";
        }
        if (m.contains("NameLength")) {
            return "a key longer than " + MAX_KEY_CHARS + " characters starts here, the most the reader accepts";
        }
        return "the file goes past a limit of the JSON reader here (a value too large or too deep to read)";
    }
}
