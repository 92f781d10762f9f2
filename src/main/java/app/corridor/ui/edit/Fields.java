package app.corridor.ui.edit;

import javafx.beans.property.StringProperty;

/** What the forms' text fields share: null for a blank field, and updates that leave equal text alone. */
final class Fields {

    private Fields() {
    }

    /** Sets {@code field} to {@code value} ("" for null) only when it differs, so a caret is not disturbed. */
    static void show(StringProperty field, String value) {
        String v = value == null ? "" : value;
        if (!v.equals(field.get())) {
            field.set(v);
        }
    }

    /** The field's text without surrounding spaces, or null when it is blank. */
    static String value(StringProperty field) {
        String s = field.get();
        return s == null || s.isBlank() ? null : s.strip();
    }
}
