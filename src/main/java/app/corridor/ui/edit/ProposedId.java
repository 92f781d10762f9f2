package app.corridor.ui.edit;

import app.corridor.curate.Ids;
import java.util.Collection;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;

/**
 * A new entry's id field: it follows what the id is made from (a title, a name) until the curator
 * types an id of their own; an existing entry's id is never proposed over.
 */
final class ProposedId {

    private final StringProperty id;
    private boolean active;
    private boolean typed;
    private boolean setting;

    ProposedId(StringProperty id) {
        this.id = id;
        id.addListener(o -> {
            if (!setting && active) {
                typed = true;
            }
        });
    }

    /** Shows {@code value}; proposals follow only for a new entry ({@code creating}). */
    void reset(String value, boolean creating) {
        active = creating;
        typed = !creating;
        set(value == null ? "" : value);
    }

    /**
     * Proposes a slug of {@code base}, free among {@code taken}; nothing while {@code base} is blank.
     * The ids taken are asked for only then: they may take reading every entry.
     */
    void propose(String base, String fallback, Supplier<? extends Collection<String>> taken) {
        if (!active || typed) {
            return;
        }
        set(base == null || base.isBlank() ? "" : Ids.unique(Ids.slug(base, fallback), taken.get()));
    }

    private void set(String value) {
        setting = true;
        if (!value.equals(id.get())) {
            id.set(value);
        }
        setting = false;
    }
}
