package app.corridor.i18n;

import app.corridor.model.EventDate;
import app.corridor.model.PartialDate;
import app.corridor.model.Precision;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Event dates in words, at their precision, in one language: "4–8 June 2024",
 * "2024年6月4日至8日", "4–8 جون 2024"; "c. 2013", "约2013年", "تقریباً 2013".
 *
 * <p>English is the model's own wording ({@link EventDate#label()}), which the data format, the
 * README and the tests pin. Chinese and Urdu come from CLDR through ICU: the day, month and year
 * patterns and the interval patterns that name a shared month or year once. Chinese joins the two
 * ends of an interval with 至, as Chinese prose writes a span, instead of CLDR's dash.
 */
public final class DateWords {

    /** CLDR's interval dash with the (thin) spaces around it. */
    private static final Pattern DASH = Pattern.compile("[\\s\\u2009\\u202f]*[\\u2013~-][\\s\\u2009\\u202f]*");

    private static final Map<Language, DateWords> ALL = Language.each(DateWords::new);

    private final Language language;
    private final Messages messages;
    private final IcuDates icu;

    private DateWords(Language language) {
        this.language = language;
        this.messages = Messages.of(language);
        this.icu = new IcuDates(language);
    }

    public static DateWords of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /** The date in words at its precision, an interval naming what its ends share once. */
    public String label(EventDate date) {
        if (language == Language.ENGLISH) {
            return date.label();
        }
        PartialDate s = date.start();
        PartialDate e = date.end();
        if (!date.isInterval()) {
            return label(s);
        }
        if (date.endsAlike()) {
            String shared = icu.interval(skeleton(s.precision()), s.firstDay(), e.firstDay());
            shared = language == Language.CHINESE ? DASH.matcher(shared).replaceAll("\u81f3") : shared;
            return s.approximate() ? messages.get("date.approximate", shared) : shared;
        }
        return messages.get("date.interval", label(s), label(e));
    }

    /** One partial date: "2024年6月4日", "جون 2024", "约2013年". */
    public String label(PartialDate date) {
        if (language == Language.ENGLISH) {
            return date.label();
        }
        String plain = icu.format(skeleton(date.precision()), date.firstDay());
        if (date.approximate()) {
            plain = messages.get("date.approximate", plain);
        }
        return date.uncertain() ? messages.get("date.uncertain", plain) : plain;
    }

    /**
     * A filter's span: "2019 – 2025", "from June 2024", "until 2020", or one date when both ends
     * name the same span.
     */
    public String range(PartialDate from, PartialDate to) {
        if (from != null && to != null) {
            return from.equals(to) ? label(from) : messages.get("filters.range", label(from), label(to));
        }
        return from != null ? messages.get("date.from", label(from)) : messages.get("date.until", label(to));
    }

    private static String skeleton(Precision precision) {
        return switch (precision) {
            case DAY -> "yMMMd";
            case MONTH -> "yMMMM";
            case YEAR -> "y";
        };
    }
}
