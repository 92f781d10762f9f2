package app.corridor.curate;

import app.corridor.dataset.Dto.EventDto;

/** Small changes to an event, for tests. */
public final class ReviewEdits {

    private ReviewEdits() {
    }

    public static EventDto withTitle(EventDto e, String title) {
        return new EventDto(e.id(), title, e.kind(), e.date(), e.location(), e.actors(), e.summary(), e.note(),
                e.quotes());
    }

    public static EventDto withDate(EventDto e, String date) {
        return new EventDto(e.id(), e.title(), e.kind(), date, e.location(), e.actors(), e.summary(), e.note(),
                e.quotes());
    }

    public static EventDto withSummary(EventDto e, String summary) {
        return new EventDto(e.id(), e.title(), e.kind(), e.date(), e.location(), e.actors(), summary, e.note(),
                e.quotes());
    }
}
