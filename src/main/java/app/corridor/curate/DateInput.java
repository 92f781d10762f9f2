package app.corridor.curate;

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

    // Every word the user may see, in one place.
    private static final String EMPTY = "Type a date, e.g. 7 June 2024, 4–8 June 2024, June 2024, c. 2013 or 2024-06-07.";
    private static final String UNREADABLE = "“%s” is not a date Corridor can read. Write it like 7 June 2024, "
            + "4–8 June 2024, June 2024, c. 2013 or 2024-06-07.";
    private static final String IMPOSSIBLE = "There is no such date: %s.";
    private static final String REVERSED = "The range ends (%s) before it starts (%s).";
    private static final String AMBIGUOUS = "“%s” could be %s or %s: write the month in words (%s) or as %s.";
    private static final String NO_MONTH = "“%s” has no month of 12 or less.";
    private static final String SHORT_YEAR = "Write the year in full (%s, not %s).";
    private static final String NO_YEAR = "Give the year: “%s” could be in any year.";
    private static final String DAY_WITHOUT_MONTH = "A day needs its month: “%s”.";
    private static final String WRONG_WEEKDAY = "%s was a %s, not a %s.";
    private static final String VAGUE = "“%s” is finer than a year and coarser than a month, and Corridor draws only "
            + "years, months and days: write the year (%s) and say “%s” in the note, or the months it covers "
            + "(e.g. %s).";
    private static final String DECADE = "A decade cannot be drawn as such: write the years (%s–%s), or c. %s.";
    private static final String DAY_MONTH_YEAR = "read as day/month/year: %d cannot be a month";
    private static final String MONTH_DAY_YEAR = "read as month/day/year: %d cannot be a month";
    private static final String SAME_EITHER_WAY = "day and month are the same either way";

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
    private static final Pattern DECADE_FORM = Pattern.compile("(?:the\\s+)?(\\d{3})0s");

    private DateInput() {
    }

    /** Reads {@code text}: the date it means, or why it is refused. */
    public static DateReading read(String text) {
        String input = text == null ? "" : text;
        String s = normalize(input);
        if (s.isEmpty()) {
            return DateReading.refused(input, EMPTY);
        }
        try {
            return DateReading.understood(input, readEdtf(s), null);
        } catch (NotThisForm e) {
            // Not EDTF: try the forms people write.
        } catch (Refusal r) {
            return DateReading.refused(input, r.getMessage());
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
            return DateReading.understood(input, date, r.interpretation);
        } catch (Refusal r) {
            return DateReading.refused(input, r.getMessage());
        } catch (DateTimeException e) {
            return DateReading.refused(input, reversedOrImpossible(e));
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
            throw new Refusal(reversedOrImpossible(e));
        }
    }

    private static String reversedOrImpossible(DateTimeException e) {
        Matcher m = Pattern.compile("the interval ends \\((.+)\\) before it starts \\((.+)\\)").matcher(e.getMessage());
        if (m.matches()) {
            return String.format(REVERSED, PartialDate.parse(m.group(1)).label(), PartialDate.parse(m.group(2)).label());
        }
        return String.format(IMPOSSIBLE, e.getMessage());
    }

    /** A start and an end, still without qualifiers. */
    private record Reading(PartialDate start, PartialDate end, String interpretation) {
    }

    private static Reading readWords(String s, String input) {
        Matcher vague = VAGUE_WORDS.matcher(s);
        if (vague.find()) {
            String year = firstYear(s);
            throw new Refusal(String.format(VAGUE, input.strip(), year, vague.group(1),
                    "January–April " + year));
        }
        Matcher decade = DECADE_FORM.matcher(s);
        if (decade.matches()) {
            String from = decade.group(1) + "0";
            throw new Refusal(String.format(DECADE, from, decade.group(1) + "9", from));
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
            throw new Refusal(String.format(SHORT_YEAR, a + sep + b + sep + "20" + m.group(4), input.strip()));
        }
        int year = num(m.group(4));
        if (a == b) {
            PartialDate d = PartialDate.ofDay(year, a, a);
            return new Reading(d, d, SAME_EITHER_WAY);
        }
        if (a > 12 && b > 12) {
            throw new Refusal(String.format(NO_MONTH, input.strip()));
        }
        if (a > 12 || b > 12) {
            boolean dayFirst = a > 12;
            PartialDate d = dayFirst ? PartialDate.ofDay(year, b, a) : PartialDate.ofDay(year, a, b);
            return new Reading(d, d, String.format(dayFirst ? DAY_MONTH_YEAR : MONTH_DAY_YEAR, dayFirst ? a : b));
        }
        PartialDate dayFirst = PartialDate.ofDay(year, b, a);
        PartialDate monthFirst = PartialDate.ofDay(year, a, b);
        throw new Refusal(String.format(AMBIGUOUS, input.strip(), dayFirst.label(), usStyle(monthFirst),
                dayFirst.label(), dayFirst.toEdtf()));
    }

    private static String usStyle(PartialDate d) {
        return java.time.Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.day();
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
                    throw new Refusal(String.format(UNREADABLE, input.strip()));
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
                throw new Refusal(String.format(DAY_WITHOUT_MONTH, input.strip()));
            }
            if (year == 0) {
                throw new Refusal(String.format(NO_YEAR, input.strip()));
            }
            PartialDate date = new PartialDate(year, month, day, false, false);
            if (weekday != null && day != 0) {
                DayOfWeek actual = LocalDate.of(year, month, day).getDayOfWeek();
                if (actual != weekday) {
                    throw new Refusal(String.format(WRONG_WEEKDAY, date.label(), name(actual), name(weekday)));
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

        private static String name(DayOfWeek d) {
            return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
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

    /** The text is a date in a form Corridor cannot store; the message says why and what to write. */
    private static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }
}
