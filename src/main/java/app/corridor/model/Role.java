package app.corridor.model;

import java.util.Objects;

/**
 * An office an actor held, with the dates where known.
 *
 * @param from null when the start is not recorded
 * @param to   null when the role is current or its end is not recorded
 */
public record Role(String title, PartialDate from, PartialDate to) {
    public Role {
        Objects.requireNonNull(title, "title");
    }

    /** "President of Pakistan (2024–)", "Minister of the IDCPC (2015–2022)", or just the title. */
    public String label() {
        if (from == null && to == null) {
            return title;
        }
        return title + " (" + (from == null ? "" : from.label()) + "\u2013" + (to == null ? "" : to.label()) + ")";
    }
}
