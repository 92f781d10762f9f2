package app.corridor.ui;

import app.corridor.i18n.CalendarWords;
import app.corridor.i18n.Messages;
import java.time.LocalDate;

/** What the main window says, worded in one place, in the window's language. */
final class WindowText {

    /** Below this many days in view, the status bar names days rather than months. */
    private static final int DAYS_SHOWN_AS_DAYS = 62;

    private final Messages words;
    private final CalendarWords calendar;

    WindowText(Messages words) {
        this.words = words;
        this.calendar = CalendarWords.of(words.language());
    }

    String loading() {
        return words.get("window.loading");
    }

    String noEvents() {
        return words.get("window.no-events");
    }

    /** "23 of 41 events". */
    String count(int shown, int total) {
        return words.get("window.count", shown, total);
    }

    /**
     * The span in view at a precision that tells its ends apart: "Jun 2024 – Feb 2025", or
     * "4 Sep – 9 Sep 2024" when only weeks are in view ({@code last} is the last day shown).
     */
    String range(LocalDate first, LocalDate last) {
        if (last.toEpochDay() - first.toEpochDay() < DAYS_SHOWN_AS_DAYS) {
            String start = first.getYear() == last.getYear() ? calendar.dayMonthShort(first)
                    : calendar.dayMonthYearShort(first);
            return words.get("window.range", start, calendar.dayMonthYearShort(last));
        }
        return words.get("window.range", calendar.monthYearShort(first), calendar.monthYearShort(last));
    }

    /** "23 of 41 events · Jun 2024 – Feb 2025". */
    String status(String count, String range) {
        return words.get("window.status", count, range);
    }

    /** "Corridor — China–Pakistan high-level exchanges". */
    String title(String app, String dataset) {
        return words.get("window.title", app, dataset);
    }

    /** The problems banner, or "" when there are none. */
    String problems(int n, boolean showingEarlierCopy) {
        if (n == 0) {
            return "";
        }
        return showingEarlierCopy ? words.get("window.problems.earlier-copy", n)
                : words.get("window.problems.no-copy", n);
    }

    /** "1 match outside the view". */
    String outside(int n) {
        return words.get("window.outside", n);
    }
}
