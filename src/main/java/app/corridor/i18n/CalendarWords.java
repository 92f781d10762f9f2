package app.corridor.i18n;

import java.time.LocalDate;
import java.util.Map;

/**
 * The words of a time axis in one language, from CLDR: a day of the month, a month, a quarter, a
 * year, a month with its year; and the decades and centuries CLDR has no pattern for, from the
 * message bundle. English: "7", "Jun", "Q2", "2024", "June 2024", "2020s", "21st century";
 * Chinese: "7日", "6月", "2季度", "2024", "2024年6月", "2020年代", "21世纪".
 */
public final class CalendarWords {

    /** English as the window has always written it, day first (CLDR's English puts the month first). */
    private static final java.time.format.DateTimeFormatter ENGLISH_DAY_MONTH =
            java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter ENGLISH_DAY_MONTH_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    private static final Map<Language, CalendarWords> ALL = Language.each(CalendarWords::new);

    private final Language language;
    private final Messages messages;
    private final IcuDates icu;

    private CalendarWords(Language language) {
        this.language = language;
        this.messages = Messages.of(language);
        this.icu = new IcuDates(language);
    }

    public static CalendarWords of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /**
     * Makes every word the axis asks for once, so that ICU builds its formatters (tens of
     * milliseconds the first time) here, e.g. on a thread of its own while the app starts, rather
     * than in the first layout of the window.
     */
    public void prepare() {
        LocalDate day = LocalDate.of(2024, 6, 4);
        day(day);
        monthShort(day);
        quarter(day);
        year(day);
        yearName(day);
        monthYear(day);
        monthYearShort(day);
        dayMonthShort(day);
        dayMonthYearShort(day);
        decade(day);
        century(day);
        years(1952, 2011);
    }

    /** The day of the month: "7", "7日". */
    public String day(LocalDate date) {
        return icu.format("d", date);
    }

    /** The month, abbreviated where the language abbreviates: "Jun", "6月", "جون". */
    public String monthShort(LocalDate date) {
        return icu.format("MMM", date);
    }

    /**
     * The quarter the date is in: "Q2", "2季度", "دوسری سہ ماہی". From the bundle, not CLDR, whose
     * Urdu "چوتهی" is written with the Arabic heh instead of Urdu's ھ.
     */
    public String quarter(LocalDate date) {
        return messages.get("axis.quarter", Integer.toString((date.getMonthValue() - 1) / 3 + 1));
    }

    /** A year as a bare number, for ticks under a row that names the decade: "2024". */
    public String year(LocalDate date) {
        return icu.number(date.getYear());
    }

    /** A year named on its own: "2024", "2024年". */
    public String yearName(LocalDate date) {
        return icu.format("y", date);
    }

    /** "June 2024", "2024年6月", "جون 2024". */
    public String monthYear(LocalDate date) {
        return icu.format("yMMMM", date);
    }

    /** "Jun 2024": shorter where the language has a shorter month. */
    public String monthYearShort(LocalDate date) {
        return icu.format("yMMM", date);
    }

    /** A day and month, short: "4 Sep", "9月4日", "4 ستمبر". English keeps its own day-first order. */
    public String dayMonthShort(LocalDate date) {
        return language == Language.ENGLISH ? ENGLISH_DAY_MONTH.format(date) : icu.format("MMMd", date);
    }

    /** A day, month and year, short: "4 Sep 2024", "2024年9月4日", "4 ستمبر، 2024". */
    public String dayMonthYearShort(LocalDate date) {
        return language == Language.ENGLISH ? ENGLISH_DAY_MONTH_YEAR.format(date) : icu.format("yMMMd", date);
    }

    /** The decade starting at the date's year: "2020s", "2020年代", "2020 کی دہائی". */
    public String decade(LocalDate date) {
        return messages.get("axis.decade", icu.number(date.getYear()));
    }

    /** The century whose hundred years start at the date's year: "21st century", "21世纪". */
    public String century(LocalDate date) {
        return messages.get("axis.century", date.getYear() / 100 + 1);
    }

    /** The years an axis break leaves out: "1952 – 2011", "1952–2011年". */
    public String years(int first, int last) {
        return messages.get("axis.break.years", icu.number(first), icu.number(last));
    }
}
