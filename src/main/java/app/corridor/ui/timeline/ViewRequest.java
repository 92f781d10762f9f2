package app.corridor.ui.timeline;

import app.corridor.model.Event;

/**
 * A change of what the timeline shows, asked of whichever skin draws it (the way
 * {@code ListView.scrollTo} asks its skin through an event): menus, keys and the window ask for
 * these through {@link TimelineView}'s commands and never call a skin.
 */
public sealed interface ViewRequest {

    /** Zoom by {@code factor} (&gt; 1 zooms in) around the middle of the plot. */
    record Zoom(double factor) implements ViewRequest {
    }

    /** Fit the latest {@code share} (0–1] of the events (1 fits them all); {@code animate} false jumps there. */
    record Fit(double share, boolean animate) implements ViewRequest {
    }

    /** Show exactly the span {@code [start, end)} in epoch days across the plot; {@code animate} false jumps there. */
    record ShowRange(double start, double end, boolean animate) implements ViewRequest {
    }

    /**
     * Fit {@code [start, end)} with margins, at least {@code minDays} wide (centred on it): how a
     * search's results or a year filter are brought into view.
     */
    record FitRange(double start, double end, double minDays, boolean animate) implements ViewRequest {
    }

    /** Bring {@code event} into view (time and lane), moving as little as possible. */
    record Reveal(Event event) implements ViewRequest {
    }
}
