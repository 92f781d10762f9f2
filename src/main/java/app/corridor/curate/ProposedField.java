package app.corridor.curate;

import app.corridor.i18n.Phrase;

/**
 * One metadata field proposed for an imported source: a value the document states (with where it
 * says so), or "not stated". The metadata form shows each with its origin; a field left "not
 * stated" is saved as null, and the source's note says the text does not state it.
 *
 * @param value  the value, or null when not stated
 * @param origin where the document states it, in words of any language ("the page's <title>", "the PDF's document
 *               information"), or null when not stated
 */
public record ProposedField(String value, Phrase origin) {

    private static final ProposedField NOT_STATED = new ProposedField(null, null);

    /** A value the document states, at {@code origin}; blank values are "not stated". */
    public static ProposedField stated(String value, Phrase origin) {
        return value == null || value.isBlank() ? NOT_STATED : new ProposedField(value.strip(), origin);
    }

    public static ProposedField notStated() {
        return NOT_STATED;
    }

    public boolean isStated() {
        return value != null;
    }
}
