package app.corridor.curate;

import app.corridor.i18n.DateWords;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.model.EventDate;
import app.corridor.model.PartialDate;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as people write it and turns it into the EDTF subset the dataset stores.
 *
 * <p>Understood:
 * <ul>
 *   <li>EDTF as is: {@code 2024-06-07}, {@code 2024-06}, {@code 2019-03~}, {@code 2013?},
 *       {@code 2024-06-04/2024-06-08} (spaces around the slash allowed);</li>
 *   <li>words, day first or month first, months written out or abbreviated ("Sept.", "Dec"),
 *       ordinals ("4th"), a weekday (checked against the date): "7 June 2024", "June 7, 2024",
 *       "Tuesday, 19 March 2019", "June 2024", "2024";</li>
 *   <li>ranges with a dash (-, –, —) or "to"/"until"/"through", the shared parts written once:
 *       "4–8 June 2024", "June 4–8, 2024", "4 June – 8 July 2024", "28 December 2023 – 3 January
 *       2024", "March–May 2019", "2019–2020", "2024-06-04 – 2024-06-08";</li>
 *   <li>approximate and uncertain: "c. 2013", "ca. 2013", "circa January 2024", "about", "around",
 *       "approximately" (EDTF {@code ~}); a final "?" (EDTF {@code ?}); both (EDTF {@code %});</li>
 *   <li>numbers: year first ("2024/6/7", "2024.6.7", "2024年6月7日", "2024年6月") always; day and
 *       month first ("25/12/2023", "12/25/2023", "7.6.2024") only where one reading is possible: a
 *       number above 12 is the day, and the same number twice is the same date either way.
 *       "7/6/2024" is 7 June in Pakistan and Britain and July 6 in the United States, so it is
 *       refused with a request to write the month in words.</li>
 * </ul>
 *
 * <p>Refused, with a reason that says what to write instead: impossible dates ("31 June 2024",
 * "2024-02-30"), reversed ranges, a weekday that does not match, two-digit years, a date without a
 * year, and what the format cannot draw: "early 2024", "spring 2019", "the 1950s".
 */
public final class DateInput {

    // Every word the user may see is in the message bundles, under these keys.
    private static final String EMPTY = "curate.date.empty";
    private static final String UNREADABLE = "curate.date.unreadable";
    private static final String IMPOSSIBLE = "curate.date.impossible";
    private static final String NO_SUCH_DAY = "curate.date.no-such-day";
    private static final String NO_SUCH_MONTH = "curate.date.no-such-month";
    private static final String REVERSED = "curate.date.reversed";
    private static final String AMBIGUOUS = "curate.date.ambiguous";
    private static final String NO_MONTH = "curate.date.no-month";
    private static final String SHORT_YEAR = "curate.date.short-year";
    private static final String NO_YEAR = "curate.date.no-year";
    private static final String DAY_WITHOUT_MONTH = "curate.date.day-without-month";
    private static final String WRONG_WEEKDAY = "curate.date.wrong-weekday";
    private static final String VAGUE = "curate.date.vague";
    private static final String DECADE = "curate.date.decade";
    private static final String DAY_MONTH_YEAR = "curate.date.day-month-year";
    private static final String MONTH_DAY_YEAR = "curate.date.month-day-year";
    private static final String SAME_EITHER_WAY = "curate.date.same-either-way";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Pattern EDTF_LIKE = Pattern.compile("\\d{4}(-\\d{1,2}){0,2}[~?%]?(\\s*/\\s*\\d{4}(-\\d{1,2}){0,2}[~?%]?)?");
    private static final Pattern APPROXIMATE = Pattern.compile(
            "^(?:c\\.|ca\\.|c(?=\\s)|circa|about|around|approximately|approx\\.)\\s*");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[./](\\d{1,2})[./](\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?");
    private static final Pattern SPACED_RANGE = Pattern.compile("^(.+?)\\s*(?:[–—]|\\s-\\s|\\s(?:to|until|till|through)\\s)\\s*(.+)$");
    private static final Pattern[] COMPACT_RANGES = {
        Pattern.compile("^(\\d{1,2})-(\\d{1,2}\\s.+)$"),                 // 4-8 june 2024
        Pattern.compile("^([a-z]+\\.?\\s\\d{1,2})-(\\d{1,2}\\s.+)$"),    // june 4-8 2024
        Pattern.compile("^([a-z]+\\.?)-([a-z]+\\.?\\s.+)$"),             // march-may 2019
        Pattern.compile("^(\\d{4})-(\\d{4})$"),                          // 2019-2020
    };
    private static final Pattern VAGUE_WORDS = Pattern.compile(
            "\\b(early|mid|middle|late|beginning|end|start|spring|summer|autumn|fall|winter|first half|second half|"
                    + "quarter|q[1-4])\\b");
    private static final Pattern REVERSED_REASON = Pattern.compile("the interval ends \\((.+)\\) before it starts \\((.+)\\)");
    private static final Pattern NO_SUCH_DAY_REASON = Pattern.compile("([A-Z][a-z]+) (\\d{4}) has no day (\\d+) \\(it has (\\d+) days\\)");
    private static final Pattern NO_SUCH_MONTH_REASON = Pattern.compile("month (\\d+) is outside 01–12");
    private static final Pattern DECADE_FORM = Pattern.compile("(?:the\\s+)?(\\d{3})0s");

    private DateInput() {
    }

    /** Reads {@code text}: the date it means, or why it is refused (in English). */
    public static DateReading read(String text) {
        return read(text, Messages.english());
    }

    /** Reads {@code text}: the date it means, or why it is refused, in the language of {@code words}. */
    public static DateReading read(String text, Messages words) {
        String input = text == null ? "" : text;
        String s = normalize(input);
        if (s.isEmpty()) {
            return DateReading.refused(input, words.get(EMPTY));
        }
        try {
            return DateReading.understood(input, readEdtf(s), null);
        } catch (NotThisForm e) {
            // Not EDTF: try the forms people write.
        } catch (Refusal r) {
            return DateReading.refused(input, r.words(words));
        }
        boolean approximate = false;
        Matcher approx = APPROXIMATE.matcher(s);
        if (approx.find()) {
            approximate = true;
            s = s.substring(approx.end());
        }
        boolean uncertain = s.endsWith("?");
        if (uncertain) {
            s = s.substring(0, s.length() - 1).strip();
        }
        try {
            Reading r = readWords(s, input);
            EventDate date = new EventDate(qualified(r.start, approximate, uncertain),
                    qualified(r.end, approximate, uncertain));
            return DateReading.understood(input, date, r.interpretation == null ? null : r.interpretation.words(words));
        } catch (Refusal r) {
            return DateReading.refused(input, r.words(words));
        } catch (DateTimeException e) {
            return DateReading.refused(input, reversedOrImpossible(e).words(words));
        }
    }

    /** Lower case, one space between words, typographic dashes kept, ordinals and commas dropped. */
    private static String normalize(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replace(',', ' ');
        s = s.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\bthe\\s+(?=\\d)", "")
                .replaceAll("(\\d)\\s+of\\s+", "$1 ");
        s = s.replaceAll("\\s+", " ").strip().replaceFirst("^from ", "")
                .replaceFirst("^between (.+?) and (.+)$", "$1 – $2");
        return s;
    }

    private static EventDate readEdtf(String s) {
        if (!EDTF_LIKE.matcher(s).matches()) {
            throw new NotThisForm();
        }
        try {
            return EventDate.parse(s.replaceAll("\\s*/\\s*", "/").replaceAll("-(\\d)(?!\\d)", "-0$1"));
        } catch (DateTimeException e) {
            throw reversedOrImpossible(e);
        }
    }

    /** The model's reason, in words of any language where it is one of those a typed date can meet. */
    private static Refusal reversedOrImpossible(DateTimeException e) {
        Matcher m = REVERSED_REASON.matcher(e.getMessage());
        if (m.matches()) {
            return new Refusal(REVERSED, PartialDate.parse(m.group(1)), PartialDate.parse(m.group(2)));
        }
        Matcher day = NO_SUCH_DAY_REASON.matcher(e.getMessage());
        if (day.matches()) {
            PartialDate month = PartialDate.ofMonth(num(day.group(2)), monthNumber(day.group(1)));
            return new Refusal(IMPOSSIBLE, new Refusal(NO_SUCH_DAY, month, num(day.group(3)), num(day.group(4))));
        }
        Matcher month = NO_SUCH_MONTH_REASON.matcher(e.getMessage());
        if (month.matches()) {
            return new Refusal(IMPOSSIBLE, new Refusal(NO_SUCH_MONTH, month.group(1)));
        }
        return new Refusal(IMPOSSIBLE, e.getMessage());
    }

    private static int monthNumber(String englishName) {
        return java.time.Month.valueOf(englishName.toUpperCase(Locale.ROOT)).getValue();
    }

    /** A start and an end, still without qualifiers. */
    private record Reading(PartialDate start, PartialDate end, Refusal interpretation) {
    }

    private static Reading readWords(String s, String input) {
        Matcher vague = VAGUE_WORDS.matcher(s);
        if (vague.find()) {
            String year = firstYear(s);
            throw new Refusal(VAGUE, input.strip(), year, vague.group(1),
                    new MonthRange(PartialDate.ofMonth(Integer.parseInt(year), 1), PartialDate.ofMonth(Integer.parseInt(year), 4)));
        }
        Matcher decade = DECADE_FORM.matcher(s);
        if (decade.matches()) {
            String from = decade.group(1) + "0";
            throw new Refusal(DECADE, from, decade.group(1) + "9", from);
        }
        Reading numeric = readNumeric(s, input);
        if (numeric != null) {
            return numeric;
        }
        Matcher spaced = SPACED_RANGE.matcher(s);
        if (spaced.matches()) {
            return range(spaced.group(1), spaced.group(2), input);
        }
        for (Pattern compact : COMPACT_RANGES) {
            Matcher m = compact.matcher(s);
            if (m.matches()) {
                return range(m.group(1), m.group(2), input);
            }
        }
        Part one = Part.of(s, input);
        PartialDate date = one.resolve(input);
        return new Reading(date, date, null);
    }

    private static Reading range(String left, String right, String input) {
        Part a = Part.of(left, input);
        Part b = Part.of(right, input);
        return new Reading(a.inheritFrom(b).resolve(input), b.inheritFrom(a).resolve(input), null);
    }

    /** All-number forms; null when {@code s} is none of them. */
    private static Reading readNumeric(String s, String input) {
        Matcher chinese = CHINESE.matcher(s);
        if (chinese.matches()) {
            PartialDate d = new PartialDate(num(chinese.group(1)), num(chinese.group(2)), num(chinese.group(3)),
                    false, false);
            return new Reading(d, d, null);
        }
        Matcher yearFirst = YEAR_FIRST.matcher(s);
        if (yearFirst.matches()) {
            PartialDate d = PartialDate.ofDay(num(yearFirst.group(1)), num(yearFirst.group(2)), num(yearFirst.group(3)));
            return new Reading(d, d, null);
        }
        Matcher m = NUMERIC.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int a = num(m.group(1));
        int b = num(m.group(3));
        String sep = m.group(2);
        if (m.group(4).length() == 2) {
            throw new Refusal(SHORT_YEAR, a + sep + b + sep + "20" + m.group(4), input.strip());
        }
        int year = num(m.group(4));
        if (a == b) {
            PartialDate d = PartialDate.ofDay(year, a, a);
            return new Reading(d, d, new Refusal(SAME_EITHER_WAY));
        }
        if (a > 12 && b > 12) {
            throw new Refusal(NO_MONTH, input.strip());
        }
        if (a > 12 || b > 12) {
            boolean dayFirst = a > 12;
            PartialDate d = dayFirst ? PartialDate.ofDay(year, b, a) : PartialDate.ofDay(year, a, b);
            return new Reading(d, d, new Refusal(dayFirst ? DAY_MONTH_YEAR : MONTH_DAY_YEAR, dayFirst ? a : b));
        }
        PartialDate dayFirst = PartialDate.ofDay(year, b, a);
        PartialDate monthFirst = PartialDate.ofDay(year, a, b);
        throw new Refusal(AMBIGUOUS, input.strip(), dayFirst, new MonthFirst(monthFirst),
                dayFirst.label(), dayFirst.toEdtf());
    }

    private static int num(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static String firstYear(String s) {
        Matcher m = Pattern.compile("\\d{4}").matcher(s);
        return m.find() ? m.group() : "2024";
    }

    /** One side of a date: what it says of day, month, year and weekday (0 or null when it does not say). */
    private record Part(int day, int month, int year, DayOfWeek weekday, String text) {

        static Part of(String text, String input) {
            Matcher edtf = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?").matcher(text);
            if (edtf.matches()) {
                return new Part(num(edtf.group(3)), num(edtf.group(2)), num(edtf.group(1)), null, text);
            }
            int day = 0;
            int month = 0;
            int year = 0;
            DayOfWeek weekday = null;
            for (String token : text.split(" ")) {
                String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
                Integer m = MONTHS.get(word);
                DayOfWeek w = weekday(word);
                if (m != null && month == 0) {
                    month = m;
                } else if (w != null && weekday == null) {
                    weekday = w;
                } else if (word.matches("\\d{4}") && year == 0) {
                    year = Integer.parseInt(word);
                } else if (word.matches("\\d{1,2}") && day == 0) {
                    day = Integer.parseInt(word);
                } else {
                    throw new Refusal(UNREADABLE, input.strip());
                }
            }
            return new Part(day, month, year, weekday, text);
        }

        /** Takes from {@code other} the coarser parts this one leaves out: "4" in "4–8 June 2024" gets June 2024. */
        Part inheritFrom(Part other) {
            int m = month;
            int y = year;
            if (day != 0 && m == 0) {
                m = other.month;
            }
            if ((day != 0 || m != 0) && y == 0) {
                y = other.year;
            }
            return new Part(day, m, y, weekday, text);
        }

        PartialDate resolve(String input) {
            if (day != 0 && month == 0) {
                throw new Refusal(DAY_WITHOUT_MONTH, input.strip());
            }
            if (year == 0) {
                throw new Refusal(NO_YEAR, input.strip());
            }
            PartialDate date = new PartialDate(year, month, day, false, false);
            if (weekday != null && day != 0) {
                DayOfWeek actual = LocalDate.of(year, month, day).getDayOfWeek();
                if (actual != weekday) {
                    throw new Refusal(WRONG_WEEKDAY, date, actual, weekday);
                }
            }
            return date;
        }

        private static DayOfWeek weekday(String word) {
            for (DayOfWeek d : DayOfWeek.values()) {
                String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
                if (word.equals(full) || word.equals(full.substring(0, 3))) {
                    return d;
                }
            }
            return null;
        }

    }

    /** Adds the qualifiers read around the whole text. */
    private static PartialDate qualified(PartialDate d, boolean approximate, boolean uncertain) {
        return new PartialDate(d.year(), d.month(), d.day(), approximate, uncertain);
    }

    /** The text is not in this form; try the next. */
    private static final class NotThisForm extends RuntimeException {
        NotThisForm() {
            super(null, null, false, false);
        }
    }

    /**
     * The text is a date in a form Corridor cannot store: the message (a bundle key and its
     * arguments) says why and what to write. Dates and weekdays among the arguments are written in
     * the reader's language when the message is put in words.
     */
    private static final class Refusal extends RuntimeException {
        private final String key;
        private final Object[] args;

        Refusal(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }

        String words(Messages m) {
            Object[] shown = new Object[args.length];
            DateWords dates = DateWords.of(m.language());
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a instanceof PartialDate d) {
                    shown[i] = dates.label(d);
                } else if (a instanceof DayOfWeek d) {
                    shown[i] = d.getDisplayName(TextStyle.FULL, m.language().locale());
                } else if (a instanceof MonthFirst f) {
                    shown[i] = f.words(m.language());
                } else if (a instanceof MonthRange r) {
                    shown[i] = dates.label(new EventDate(r.from(), r.to()));
                } else if (a instanceof Refusal r) {
                    shown[i] = r.words(m);
                } else {
                    shown[i] = a;
                }
            }
            return m.get(key, shown);
        }
    }

    /** The month-first reading of an all-number date: "July 6" in English, the whole date in words elsewhere. */
    private record MonthFirst(PartialDate date) {
        String words(Language language) {
            return language == Language.ENGLISH
                    ? java.time.Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.day()
                    : DateWords.of(language).label(date);
        }
    }

    /** A span of months to suggest ("January–April 2024"). */
    private record MonthRange(PartialDate from, PartialDate to) {
    }
}
