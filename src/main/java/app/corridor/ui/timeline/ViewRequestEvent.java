package app.corridor.ui.timeline;

import javafx.event.Event;
import javafx.event.EventType;

/** Carries a {@link ViewRequest} from a {@link TimelineView} to its skin. */
public final class ViewRequestEvent extends Event {

    public static final EventType<ViewRequestEvent> ANY = new EventType<>(Event.ANY, "TIMELINE_VIEW_REQUEST");

    private final transient ViewRequest request;

    public ViewRequestEvent(ViewRequest request) {
        super(ANY);
        this.request = request;
    }

    public ViewRequest request() {
        return request;
    }
}
