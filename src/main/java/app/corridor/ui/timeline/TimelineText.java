package app.corridor.ui.timeline;

import app.corridor.i18n.DateWords;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Terms;
import app.corridor.model.Event;

/** What the timeline says in words, in its language: to screen readers and in its tooltip. */
final class TimelineText {

    private final Messages words;
    private final DateWords dates;
    private final Terms terms;

    private TimelineText(Language language) {
        this.words = Messages.of(language).withBidiMarks();
        this.dates = DateWords.of(language);
        this.terms = Terms.of(language);
    }

    static TimelineText of(Language language) {
        return new TimelineText(language);
    }

    /** Nothing selected: "Timeline, 37 events, none selected". */
    String none(int count) {
        return words.get("timeline.none-selected", count);
    }

    /**
     * A selected event: "Xi Jinping's state visit to Pakistan, 20–21 April 2015, State visit, lane
     * State visits, 3 of 37". The lane is named only when the selection moved into it.
     */
    String selected(Event e, String newLane, int position, int count) {
        String what = words.get("timeline.selected", e.title(), dates.label(e.date()), terms.kind(e.kind()));
        if (newLane != null) {
            what = words.get("timeline.selected.lane", what, newLane);
        }
        return words.get("timeline.selected.position", what, position, count);
    }

    /** The hover tooltip: the whole title, its date in words and its kind. */
    String tooltip(Event e) {
        return words.get("timeline.tooltip", e.title(), dates.label(e.date()), terms.kind(e.kind()));
    }
}
