package app.corridor.ui.timeline;

import app.corridor.model.Event;

/** What the timeline says in words: to screen readers and in its tooltip. */
final class TimelineText {

    private TimelineText() {
    }

    /** Nothing selected: "Timeline, 37 events, none selected". */
    static String none(int count) {
        return "Timeline, " + events(count) + ", none selected";
    }

    /**
     * A selected event: "Xi Jinping's state visit to Pakistan, 20–21 April 2015, State visit, lane
     * State visits, 3 of 37". The lane is named only when the selection moved into it.
     */
    static String selected(Event e, String newLane, int position, int count) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.title()).append(", ").append(e.date().label()).append(", ").append(e.kind().label());
        if (newLane != null) {
            sb.append(", lane ").append(newLane);
        }
        sb.append(", ").append(position).append(" of ").append(count);
        return sb.toString();
    }

    /** The hover tooltip: the whole title, its date in words and its kind. */
    static String tooltip(Event e) {
        return e.title() + "\n" + e.date().label() + " \u00b7 " + e.kind().label();
    }

    private static String events(int n) {
        return n + (n == 1 ? " event" : " events");
    }
}
