package app.corridor.curate;

import app.corridor.dataset.Dto.EventDto;

/** Small changes to an event, for tests. */
final class ReviewEdits {

    private ReviewEdits() {
    }

    static EventDto withTitle(EventDto e, String title) {
        return new EventDto(e.id(), title, e.kind(), e.date(), e.location(), e.actors(), e.summary(), e.note(),
                e.quotes());
    }

    static EventDto withDate(EventDto e, String date) {
        return new EventDto(e.id(), e.title(), e.kind(), date, e.location(), e.actors(), e.summary(), e.note(),
                e.quotes());
    }
}
