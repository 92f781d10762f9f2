package app.corridor.layout;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The ladder of tick intervals, finest first. Ticks fall on real calendar boundaries (the 1st of
 * the month, 1 January, Mondays), never on every N×30 days.
 */
public enum TickUnit {
    DAY(Field.DAY, 1, 1),
    TWO_DAYS(Field.DAY, 2, 2),
    WEEK(Field.WEEK, 1, 7),
    MONTH(Field.MONTH, 1, 28),
    QUARTER(Field.MONTH, 3, 89),
    HALF_YEAR(Field.MONTH, 6, 181),
    YEAR(Field.YEAR, 1, 365),
    TWO_YEARS(Field.YEAR, 2, 730),
    FIVE_YEARS(Field.YEAR, 5, 1826),
    DECADE(Field.YEAR, 10, 3652),
    TWENTY_YEARS(Field.YEAR, 20, 7305),
    FIFTY_YEARS(Field.YEAR, 50, 18262),
    CENTURY(Field.YEAR, 100, 36524);

    private enum Field { DAY, WEEK, MONTH, YEAR }

    private final Field field;
    private final int step;
    private final int minDays;

    TickUnit(Field field, int step, int minDays) {
        this.field = field;
        this.step = step;
        this.minDays = minDays;
    }

    /** The shortest gap between two ticks, in days: what decides whether labels fit. */
    public int minDays() {
        return minDays;
    }

    /** The last tick boundary at or before {@code date}. */
    public LocalDate floor(LocalDate date) {
        return switch (field) {
            case DAY -> LocalDate.ofEpochDay(Math.floorDiv(date.toEpochDay(), step) * step);
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / step * step + 1, 1);
            case YEAR -> LocalDate.of(Math.floorDiv(date.getYear(), step) * step, 1, 1);
        };
    }

    /** The tick boundary after {@code boundary}. */
    public LocalDate next(LocalDate boundary) {
        return switch (field) {
            case DAY -> boundary.plusDays(step);
            case WEEK -> boundary.plusWeeks(1);
            case MONTH -> boundary.plusMonths(step);
            case YEAR -> boundary.plusYears(step);
        };
    }

    /** The lower-row label of the tick at {@code date}: "7", "Jun", "Q2", "2024". */
    public String label(LocalDate date) {
        return switch (field) {
            case DAY, WEEK -> Integer.toString(date.getDayOfMonth());
            case MONTH -> step == 3 ? "Q" + ((date.getMonthValue() - 1) / 3 + 1) : monthShort(date);
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /** Labels as wide as this unit's widest, for measuring: "28", "Sep", "Q4", "2028". */
    public String widestLabel() {
        return switch (field) {
            case DAY, WEEK -> "28";
            case MONTH -> step == 3 ? "Q4" : "May";
            case YEAR -> "2088";
        };
    }

    /** The enclosing unit named in the upper row: months above days, years above months, and so on. */
    public Major major() {
        return switch (field) {
            case DAY, WEEK -> Major.MONTH;
            case MONTH -> Major.YEAR;
            case YEAR -> step <= 5 ? Major.DECADE : Major.CENTURY;
        };
    }

    private static String monthShort(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** The upper-row unit. */
    public enum Major {
        MONTH, YEAR, DECADE, CENTURY;

        public LocalDate floor(LocalDate date) {
            return switch (this) {
                case MONTH -> date.withDayOfMonth(1);
                case YEAR -> date.withDayOfYear(1);
                case DECADE -> LocalDate.of(Math.floorDiv(date.getYear(), 10) * 10, 1, 1);
                case CENTURY -> LocalDate.of(Math.floorDiv(date.getYear(), 100) * 100, 1, 1);
            };
        }

        public LocalDate next(LocalDate boundary) {
            return switch (this) {
                case MONTH -> boundary.plusMonths(1);
                case YEAR -> boundary.plusYears(1);
                case DECADE -> boundary.plusYears(10);
                case CENTURY -> boundary.plusYears(100);
            };
        }

        /** "June 2024", "2024", "2020s", "21st century". */
        public String label(LocalDate date) {
            return switch (this) {
                case MONTH -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
                case YEAR -> Integer.toString(date.getYear());
                case DECADE -> date.getYear() + "s";
                case CENTURY -> ordinal(date.getYear() / 100 + 1) + " century";
            };
        }

        /** A shorter form for tight space: "Jun 2024"; other labels are already short. */
        public String shortLabel(LocalDate date) {
            return this == MONTH ? date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                    + date.getYear() : label(date);
        }

        private static String ordinal(int n) {
            String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                    : switch (n % 10) {
                        case 1 -> "st";
                        case 2 -> "nd";
                        case 3 -> "rd";
                        default -> "th";
                    };
            return n + suffix;
        }
    }
}
