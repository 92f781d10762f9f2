package app.corridor.layout;

import app.corridor.model.EventDate;
import app.corridor.model.Precision;

/** How an event is drawn, decided by what its date says. */
public enum ItemShape {
    /** One known day: a marker. */
    POINT,
    /** Known start and end days (a five-day visit): a solid bar. */
    BAR,
    /** Known only to the month or year: a soft span over the whole period, never a fake day. */
    SPAN;

    /** How an event with {@code date} is drawn. */
    public static ItemShape of(EventDate date) {
        if (date.precision() != Precision.DAY) {
            return SPAN;
        }
        return date.isInterval() ? BAR : POINT;
    }
}
