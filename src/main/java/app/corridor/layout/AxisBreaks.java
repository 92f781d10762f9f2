package app.corridor.layout;

import app.corridor.i18n.CalendarWords;
import app.corridor.i18n.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Decides which stretches of a time range, having no events, are left out of the axis and drawn
 * as breaks. The rules, chosen so that a break never hides anything and is worth the interruption:
 *
 * <ul>
 *   <li>A break covers whole calendar years in which no event could have happened (an event
 *       known only as "2013" occupies all of 2013), so its label ("1952 – 2011") is exact and no
 *       bar or span ever crosses it.</li>
 *   <li>It is at least {@value #MIN_EMPTY_YEARS} years long: shorter quiet spells are part of the
 *       story and stay drawn to scale.</li>
 *   <li>It takes at least {@value #MIN_SHARE} of the range: leaving out less would barely widen
 *       what remains.</li>
 *   <li>An empty start or end of the range (a filter from 1990 when the events begin in 2012)
 *       may be a break too, so the range drawn stays the one asked for.</li>
 * </ul>
 */
public final class AxisBreaks {

    /** The fewest empty years a break covers. */
    public static final int MIN_EMPTY_YEARS = 3;
    /** The least share of the range a break takes. */
    public static final double MIN_SHARE = 0.15;

    /** A span of time {@code [startDay, endDay)} in epoch days. */
    public record Span(double startDay, double endDay) {
        public Span {
            if (!(endDay > startDay)) {
                throw new IllegalArgumentException("empty span " + startDay + ".." + endDay);
            }
        }
    }

    /** Where the axis runs continuously and where it breaks, both in time order, together covering the range. */
    public record Plan(List<Span> stretches, List<Span> breaks) {
        public Plan {
            stretches = List.copyOf(stretches);
            breaks = List.copyOf(breaks);
        }

        /** No break: one stretch over the whole range. */
        public static Plan continuous(double start, double end) {
            return new Plan(List.of(new Span(start, end)), List.of());
        }
    }

    private AxisBreaks() {
    }

    /**
     * The plan for the range {@code [start, end)} holding events that cover {@code spans}
     * (each {@code [startDay, endDay)}; those outside the range are ignored).
     */
    public static Plan plan(double start, double end, List<Span> spans) {
        int firstYear = yearOf(start);
        int lastYear = yearOf(Math.ceil(end) - 1);
        int years = lastYear - firstYear + 1;
        BitSet occupied = new BitSet(years);
        for (Span s : spans) {
            if (s.endDay() <= start || s.startDay() >= end) {
                continue;
            }
            int a = Math.max(firstYear, yearOf(Math.max(start, s.startDay())));
            int b = Math.min(lastYear, yearOf(Math.ceil(Math.min(end, s.endDay())) - 1));
            occupied.set(a - firstYear, b - firstYear + 1);
        }
        List<Span> breaks = new ArrayList<>();
        int y = occupied.nextClearBit(0);
        while (y < years) {
            int runEnd = occupied.nextSetBit(y);
            runEnd = runEnd < 0 ? years : runEnd;
            double breakStart = Math.max(start, LocalDate.of(firstYear + y, 1, 1).toEpochDay());
            double breakEnd = Math.min(end, LocalDate.of(firstYear + runEnd, 1, 1).toEpochDay());
            if (runEnd - y >= MIN_EMPTY_YEARS && breakEnd - breakStart >= MIN_SHARE * (end - start)) {
                breaks.add(new Span(breakStart, breakEnd));
            }
            y = runEnd >= years ? years : occupied.nextClearBit(runEnd);
        }
        List<Span> stretches = new ArrayList<>();
        double at = start;
        for (Span b : breaks) {
            if (b.startDay() > at) {
                stretches.add(new Span(at, b.startDay()));
            }
            at = b.endDay();
        }
        if (end > at) {
            stretches.add(new Span(at, end));
        }
        return new Plan(stretches, breaks);
    }

    /** "1952 – 2011": the years a break leaves out (one year alone when it is one), in English. */
    public static String label(TimeAxis.Break b) {
        return label(b, CalendarWords.of(Language.ENGLISH));
    }

    /** The years a break leaves out in {@code words}' language: "1952 – 2011", "1952–2011年". */
    public static String label(TimeAxis.Break b, CalendarWords words) {
        int first = yearOf(b.startDay());
        int last = yearOf(Math.ceil(b.endDay()) - 1);
        return first == last ? words.yearName(LocalDate.of(first, 1, 1)) : words.years(first, last);
    }

    private static int yearOf(double epochDay) {
        return LocalDate.ofEpochDay((long) Math.floor(epochDay)).getYear();
    }
}
