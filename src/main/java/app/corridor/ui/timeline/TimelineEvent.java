package app.corridor.ui.timeline;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;

/** What a {@link TimelineView} tells its owner about an event of the data set. */
public final class TimelineEvent extends Event {

    public static final EventType<TimelineEvent> ANY = new EventType<>(Event.ANY, "TIMELINE");
    /** The user asked to open an event (Enter, or a double-click on it). */
    public static final EventType<TimelineEvent> OPEN = new EventType<>(ANY, "TIMELINE_OPEN");

    private final transient app.corridor.model.Event event;

    public TimelineEvent(Object source, EventTarget target, EventType<TimelineEvent> type,
                         app.corridor.model.Event event) {
        super(source, target, type);
        this.event = event;
    }

    /** The data set's event this is about. */
    public app.corridor.model.Event event() {
        return event;
    }
}
