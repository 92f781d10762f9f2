package app.corridor.layout;

import app.corridor.model.Event;
import java.util.List;

/**
 * Events of a lane too dense to show one by one at this zoom, merged into one marker with a count.
 *
 * @param start earliest start of its events, in epoch days: zooming to [start, end) opens the cluster
 * @param end   latest end (exclusive) of its events
 */
public record ClusterBox(int lane, double x, double y, double width, double height, List<Event> events,
                         double start, double end) {

    public ClusterBox {
        events = List.copyOf(events);
    }

    public int count() {
        return events.size();
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py < y + height;
    }
}
