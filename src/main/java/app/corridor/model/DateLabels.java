package app.corridor.model;

/** Words for event dates; kept apart from {@link EventDate} because the interval cases are many. */
final class DateLabels {

    private static final String DASH = "\u2013";

    private DateLabels() {
    }

    static String label(EventDate date) {
        PartialDate s = date.start();
        PartialDate e = date.end();
        if (!date.isInterval()) {
            return s.label();
        }
        if (date.endsAlike()) {
            String shared = sharedLabel(s, e);
            if (shared != null) {
                // Both ends approximate: "c. 5–6 September 2024", as a curator types it, rather
                // than "c. 5 September 2024 – c. 6 September 2024".
                return s.approximate() ? PartialDate.CIRCA + shared : shared;
            }
        }
        return s.label() + " " + DASH + " " + e.label();
    }

    /** "4–8 June 2024", "28 June – 3 July 2024", "March–May 2019", "2019–2020"; null if nothing is shared. */
    private static String sharedLabel(PartialDate s, PartialDate e) {
        switch (s.precision()) {
            case DAY:
                if (s.year() != e.year()) {
                    return null;
                }
                if (s.month() == e.month()) {
                    return s.day() + DASH + e.day() + " " + PartialDate.monthName(s.month()) + " " + s.year();
                }
                return s.day() + " " + PartialDate.monthName(s.month()) + " " + DASH + " " + e.day() + " "
                        + PartialDate.monthName(e.month()) + " " + s.year();
            case MONTH:
                if (s.year() != e.year()) {
                    return null;
                }
                return PartialDate.monthName(s.month()) + DASH + PartialDate.monthName(e.month()) + " " + s.year();
            default:
                return s.year() + DASH + e.year();
        }
    }
}
