package app.corridor.layout;

import app.corridor.i18n.CalendarWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

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

    /** The lower-row label of the tick at {@code date} in {@code words}' language: "7", "Jun", "Q2", "2024". */
    public String label(LocalDate date, CalendarWords words) {
        return switch (field) {
            case DAY, WEEK -> words.day(date);
            case MONTH -> step == 3 ? words.quarter(date) : words.monthShort(date);
            case YEAR -> words.year(date);
        };
    }

    /**
     * Dates whose labels include this unit's widest in any language, for measuring: the 28th, every
     * month or quarter, a year of wide digits.
     */
    public java.util.List<LocalDate> labelSamples() {
        return switch (field) {
            case DAY, WEEK -> java.util.List.of(LocalDate.of(2088, 8, 28));
            case MONTH -> java.util.stream.IntStream.rangeClosed(1, 12).filter(m -> (m - 1) % step == 0)
                    .mapToObj(m -> LocalDate.of(2088, m, 1)).toList();
            case YEAR -> java.util.List.of(LocalDate.of(2088, 1, 1));
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

        /** "June 2024", "2024", "2020s", "21st century" in {@code words}' language. */
        public String label(LocalDate date, CalendarWords words) {
            return switch (this) {
                case MONTH -> words.monthYear(date);
                case YEAR -> words.yearName(date);
                case DECADE -> words.decade(date);
                case CENTURY -> words.century(date);
            };
        }

        /** A shorter form for tight space: "Jun 2024"; other labels are already short. */
        public String shortLabel(LocalDate date, CalendarWords words) {
            return this == MONTH ? words.monthYearShort(date) : label(date, words);
        }
    }
}
