package app.corridor.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CLDR's date patterns for one language through ICU: a calendar day formatted by a skeleton
 * ("yMMMd", "MMM"), a pair of days as an interval sharing what they share, a number without
 * grouping. Days are taken at midnight UTC, so no time zone moves them.
 */
final class IcuDates {

    private final Language language;
    private final Map<String, DateFormat> formats = new ConcurrentHashMap<>();
    private final Map<String, DateIntervalFormat> intervals = new ConcurrentHashMap<>();
    private final NumberFormat plain;

    IcuDates(Language language) {
        this.language = language;
        this.plain = NumberFormat.getIntegerInstance(language.uLocale());
        plain.setGroupingUsed(false);
    }

    /** {@code day} as the skeleton says, e.g. "yMMMd" → "2024年6月4日", "4 جون، 2024". */
    String format(String skeleton, LocalDate day) {
        DateFormat f = formats.computeIfAbsent(skeleton, s -> {
            DateFormat df = DateFormat.getInstanceForSkeleton(s, language.uLocale());
            df.setTimeZone(TimeZone.GMT_ZONE);
            return df;
        });
        synchronized (f) {
            return f.format(new java.util.Date(millis(day)));
        }
    }

    /** {@code from} to {@code to} as one interval: "4–8 جون 2024", "2024年6月4日 – 8日". */
    String interval(String skeleton, LocalDate from, LocalDate to) {
        DateIntervalFormat f = intervals.computeIfAbsent(skeleton, s -> {
            DateIntervalFormat dif = DateIntervalFormat.getInstance(s, language.uLocale());
            dif.setTimeZone(TimeZone.GMT_ZONE);
            return dif;
        });
        synchronized (f) {
            return f.format(new DateInterval(millis(from), millis(to)));
        }
    }

    /** A whole number in the language's digits, without grouping: a year. */
    String number(long n) {
        synchronized (plain) {
            return plain.format(n);
        }
    }

    private static long millis(LocalDate day) {
        return day.toEpochDay() * 86_400_000L;
    }
}
