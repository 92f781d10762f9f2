package app.corridor.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A calendar date known to a year, a month or a day: the single-date part of the EDTF subset
 * Corridor uses ({@code 2024}, {@code 2024-06}, {@code 2024-06-07}), with the optional EDTF
 * qualifiers {@code ~} (approximate) and {@code ?} (uncertain) as a suffix ({@code %} sets both).
 *
 * <p>A partial date stands for the whole span it could mean: {@code 2024-06} is every day of June
 * 2024, never a fake 1 June. {@link #firstDay()} and {@link #lastDay()} give that span.
 *
 * @param month 1–12, or 0 when only the year is known
 * @param day   1–31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day, boolean approximate, boolean uncertain)
        implements Comparable<PartialDate> {

    /** What an approximate date's words start with: "c. 2013" (and "c. 5–6 September 2024", see {@link DateLabels}). */
    static final String CIRCA = "c. ";

    /** Validates the fields: an impossible date (30 February, month 13) cannot be built. */
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new DateTimeException("year " + year + " is outside 0001–9999");
        }
        if (month < 0 || month > 12) {
            throw new DateTimeException("month " + month + " is outside 01–12");
        }
        if (month == 0 && day != 0) {
            throw new DateTimeException("a day needs a month");
        }
        if (day != 0) {
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                throw new DateTimeException(monthName(month) + " " + year + " has no day " + day
                        + " (it has " + length + " days)");
            }
        }
    }

    /** A date known to the day. */
    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, false, false);
    }

    /** A date known to the month. */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, false, false);
    }

    /** A date known to the year. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, false, false);
    }

    /** A date known to the day, from a {@link LocalDate}. */
    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, optionally followed by one of
     * {@code ~ ? %}.
     *
     * @throws DateTimeException with a message a dataset editor can act on
     */
    public static PartialDate parse(String text) {
        // Read by hand, not by a regular expression: sorting a document of 100,000 events in curator
        // mode reads every date at each edit, and the matcher was most of that.
        int n = text.length();
        int year = digits(text, 0, 4);
        int at = 4;
        int month = 0;
        int day = 0;
        boolean hasMonth = false;
        boolean hasDay = false;
        if (year >= 0 && at < n && text.charAt(at) == '-') {
            month = digits(text, at + 1, 2);
            hasMonth = true;
            at += 3;
            if (month >= 0 && at < n && text.charAt(at) == '-') {
                day = digits(text, at + 1, 2);
                hasDay = true;
                at += 3;
            }
        }
        char q = at < n ? text.charAt(at) : 0;
        boolean qualified = q == '~' || q == '?' || q == '%';
        if (year < 0 || month < 0 || day < 0 || at + (qualified ? 1 : 0) != n) {
            throw new DateTimeException("\"" + text + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        boolean approximate = q == '~' || q == '%';
        boolean uncertain = q == '?' || q == '%';
        if (hasMonth && month == 0) {
            throw new DateTimeException("month 00 is outside 01–12");
        }
        if (hasDay && day == 0) {
            throw new DateTimeException("day 00 does not exist");
        }
        return new PartialDate(year, month, day, approximate, uncertain);
    }

    /** The number written by the {@code count} ASCII digits at {@code from}; -1 when they are not there. */
    private static int digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** What is known: the year, the month or the day. */
    public Precision precision() {
        if (day != 0) {
            return Precision.DAY;
        }
        return month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date could mean. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date could mean. */
    public LocalDate lastDay() {
        return switch (precision()) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /**
     * The epoch day of {@link #firstDay()}, worked out without building a date: sorting and indexing
     * ask it of every event, and 100,000 events would otherwise make a {@link LocalDate} each time.
     */
    public long firstEpochDay() {
        return epochDay(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The epoch day of {@link #lastDay()}, without building a date. */
    public long lastEpochDay() {
        if (day != 0) {
            return epochDay(year, month, day);
        }
        return month != 0 ? epochDay(year, month, monthLength(year, month)) : epochDay(year, 12, 31);
    }

    /** {@link LocalDate#toEpochDay()}'s arithmetic, for a valid proleptic Gregorian date. */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367L * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= isLeap(year) ? 1 : 2;
        }
        return total - DAYS_0000_TO_1970;
    }

    private static final long DAYS_0000_TO_1970 = 146097L * 5 - (30L * 365 + 7);

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The EDTF text of this date, e.g. {@code 2024-06~}. */
    public String toEdtf() {
        // Not String.format: an import writes hundreds of thousands of dates, and each format call
        // builds a Formatter and its DecimalFormatSymbols (about 3 KB of garbage per date).
        StringBuilder sb = new StringBuilder(11);
        zeroPadded(sb, year, 4);
        if (month != 0) {
            zeroPadded(sb.append('-'), month, 2);
        }
        if (day != 0) {
            zeroPadded(sb.append('-'), day, 2);
        }
        if (approximate && uncertain) {
            sb.append('%');
        } else if (approximate) {
            sb.append('~');
        } else if (uncertain) {
            sb.append('?');
        }
        return sb.toString();
    }

    /** {@code value} (not negative) in at least {@code width} digits. */
    private static void zeroPadded(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    /** "7 June 2024", "June 2024" or "2024", with "c." for approximate and "?" for uncertain dates. */
    public String label() {
        String plain = switch (precision()) {
            case DAY -> day + " " + monthName(month) + " " + year;
            case MONTH -> monthName(month) + " " + year;
            case YEAR -> Integer.toString(year);
        };
        return qualify(plain);
    }

    String qualify(String plain) {
        return (approximate ? CIRCA : "") + plain + (uncertain ? "?" : "");
    }

    static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * The record's own equality, written out: the generated one goes through method handles, which a
     * JVM that has just started runs slowly (indexing 100,000 events at a start spent about 60 ms in it).
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PartialDate d && year == d.year && month == d.month && day == d.day
                && approximate == d.approximate && uncertain == d.uncertain;
    }

    @Override
    public int hashCode() {
        int h = (year * 31 + month) * 31 + day;
        return (h * 31 + Boolean.hashCode(approximate)) * 31 + Boolean.hashCode(uncertain);
    }

    /** Orders by first day, then finer precision first, then by last day. */
    @Override
    public int compareTo(PartialDate other) {
        // By the first day's fields rather than by LocalDates: sorting 100,000 events calls this
        // millions of times. The same order as comparing firstDay(), then precision, then lastDay().
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month == 0 ? 1 : month, other.month == 0 ? 1 : other.month);
        }
        if (c == 0) {
            c = Integer.compare(day == 0 ? 1 : day, other.day == 0 ? 1 : other.day);
        }
        if (c == 0) {
            c = precision().compareTo(other.precision());
        }
        return c != 0 ? c : Long.compare(lastEpochDay(), other.lastEpochDay());
    }

    @Override
    public String toString() {
        return toEdtf();
    }
}
