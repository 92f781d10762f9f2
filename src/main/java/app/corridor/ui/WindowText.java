package app.corridor.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the main window says, worded in one place. */
final class WindowText {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Below this many days in view, the status bar names days rather than months. */
    private static final int DAYS_SHOWN_AS_DAYS = 62;

    private WindowText() {
    }

    static String loading() {
        return "Loading\u2026";
    }

    /** "23 of 41 events". */
    static String count(int shown, int total) {
        return shown + " of " + total + (total == 1 ? " event" : " events");
    }

    /**
     * The span in view at a precision that tells its ends apart: "Jun 2024 – Feb 2025", or
     * "4 Sep – 9 Sep 2024" when only weeks are in view ({@code last} is the last day shown).
     */
    static String range(LocalDate first, LocalDate last) {
        if (last.toEpochDay() - first.toEpochDay() < DAYS_SHOWN_AS_DAYS) {
            DateTimeFormatter start = first.getYear() == last.getYear() ? DAY_MONTH : DAY_MONTH_YEAR;
            return start.format(first) + " \u2013 " + DAY_MONTH_YEAR.format(last);
        }
        return MONTH_YEAR.format(first) + " \u2013 " + MONTH_YEAR.format(last);
    }

    /** "Corridor — China–Pakistan high-level exchanges". */
    static String title(String app, String dataset) {
        return app + " \u2014 " + dataset;
    }

    /** The problems banner, or "" when there are none. */
    static String problems(int n, boolean showingEarlierCopy) {
        if (n == 0) {
            return "";
        }
        String what = n + (n == 1 ? " problem" : " problems");
        return showingEarlierCopy
                ? "The dataset has " + what + "; Corridor shows the last good version until they are fixed."
                : "The dataset has " + what + " and there is no earlier good copy to show. Fix them and reopen it.";
    }

    /** "1 match outside the view". */
    static String outside(int n) {
        return n + (n == 1 ? " match" : " matches") + " outside the view";
    }
}
