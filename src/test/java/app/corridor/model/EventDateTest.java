package app.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDateTest {

    @ParameterizedTest(name = "{0} reads as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "2024-06-07|7 June 2024",
            "2024-06|June 2024",
            "2024|2024",
            "2024-06-04/2024-06-08|4–8 June 2024",
            "2024-06-28/2024-07-03|28 June – 3 July 2024",
            "2023-12-28/2024-01-02|28 December 2023 – 2 January 2024",
            "2019-03/2019-05|March–May 2019",
            "2025/2026|2025–2026",
            "2013~|c. 2013",
            "2019-03?|March 2019?",
            "2024-06/2024-07-03|June 2024 – 3 July 2024",
            "2024-09-05~/2024-09-06~|c. 5–6 September 2024",
            "2024-06-28~/2024-07-03~|c. 28 June – 3 July 2024",
            "2019~/2020~|c. 2019–2020",
            "2023-12-28~/2024-01-02~|c. 28 December 2023 – c. 2 January 2024",
            "2024-09-05~/2024-09-06|c. 5 September 2024 – 6 September 2024",
            "2024-09-05?/2024-09-06?|5 September 2024? – 6 September 2024?",
    })
    void labelsSayThePrecisionInWords(String edtf, String label) {
        assertThat(EventDate.parse(edtf).label()).isEqualTo(label);
    }

    /** PartialDate writes its record equality out (for speed): every part still counts, and equal dates hash alike. */
    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"2024-06-07,2025-06-07", "2024-06-07,2024-07-07", "2024-06-07,2024-06-08", "2024-06,2024-06-01",
            "2024,2024-01", "2024-06-07,2024-06-07~", "2024-06-07,2024-06-07?", "2024-06-07~,2024-06-07%"})
    void aPartialDateEqualsOnlyTheSameDateWithTheSameQualifiers(String one, String other) {
        PartialDate a = PartialDate.parse(one);
        assertThat(a).isEqualTo(PartialDate.parse(one)).hasSameHashCodeAs(PartialDate.parse(one))
                .isNotEqualTo(PartialDate.parse(other)).isNotEqualTo(one).isNotEqualTo(null);
        assertThat(EventDate.parse(one + "/" + one).isInterval()).isFalse();
    }

    @Test
    void aMonthPreciseDateCoversTheWholeMonthNotAFakeFirstDay() {
        EventDate june = EventDate.parse("2024-06");
        assertThat(june.firstDay()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(june.lastDay()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(june.precision()).isEqualTo(Precision.MONTH);
        assertThat(june.endEpochDayExclusive() - june.startEpochDay()).isEqualTo(30);
    }

    @Test
    void aYearPreciseDateCoversTheWholeYear() {
        EventDate year = EventDate.parse("2024");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void impossibleDatesAreRejectedWithAReason() {
        assertThatThrownBy(() -> EventDate.parse("2025-02-29")).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("February 2025 has no day 29");
        assertThatThrownBy(() -> EventDate.parse("2024-13")).hasMessageContaining("month 13");
        assertThatThrownBy(() -> EventDate.parse("2024-00")).hasMessageContaining("month 00");
        assertThatThrownBy(() -> EventDate.parse("June 2024")).hasMessageContaining("YYYY");
        assertThatThrownBy(() -> EventDate.parse("2024-1-5")).hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void reversedIntervalsAreRejected() {
        assertThatThrownBy(() -> EventDate.parse("2024-06-08/2024-06-04"))
                .hasMessageContaining("ends (2024-06-04) before it starts (2024-06-08)");
    }

    @Test
    void aLeapDayExists() {
        assertThat(EventDate.parse("2024-02-29").label()).isEqualTo("29 February 2024");
    }

    @Test
    void sortsByStartThenFinerPrecisionFirst() {
        EventDate day = EventDate.parse("2024-06-01");
        EventDate month = EventDate.parse("2024-06");
        EventDate year = EventDate.parse("2024");
        EventDate may = EventDate.parse("2024-05-31");
        assertThat(java.util.stream.Stream.of(month, day, may, year).sorted().toList())
                .containsExactly(year, may, day, month);
    }

    @Test
    void roundTripsItsEdtfText() {
        for (String s : new String[] {"2024", "2024-06", "2024-06-07", "2024-06-04/2024-06-08", "2013~", "2019-03?",
                "2020%", "0007", "0950-01-09", "0999-12~/1000-01"}) {
            assertThat(EventDate.parse(s).toEdtf()).isEqualTo(s);
        }
    }

    /** Sorting and indexing use arithmetic instead of LocalDates: it must agree with them everywhere. */
    @Test
    void epochDaysAndTheOrderAgreeWithTheCalendar() {
        java.util.List<PartialDate> dates = new java.util.ArrayList<>();
        for (int year : new int[] {1, 4, 100, 1600, 1900, 1951, 1969, 1970, 2000, 2023, 2024, 2100, 9999}) {
            dates.add(PartialDate.ofYear(year));
            for (int month = 1; month <= 12; month++) {
                dates.add(PartialDate.ofMonth(year, month));
                int length = java.time.YearMonth.of(year, month).lengthOfMonth();
                for (int day = 1; day <= length; day++) {
                    dates.add(PartialDate.ofDay(year, month, day));
                }
            }
        }
        for (PartialDate d : dates) {
            assertThat(d.firstEpochDay()).as("first day of %s", d).isEqualTo(d.firstDay().toEpochDay());
            assertThat(d.lastEpochDay()).as("last day of %s", d).isEqualTo(d.lastDay().toEpochDay());
        }
        java.util.Comparator<PartialDate> byDays = java.util.Comparator.comparing(PartialDate::firstDay)
                .thenComparing(PartialDate::precision).thenComparing(PartialDate::lastDay);
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 20_000; i++) {
            PartialDate a = dates.get(random.nextInt(dates.size()));
            PartialDate b = random.nextBoolean() ? a : dates.get(random.nextInt(dates.size()));
            assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b).isEqualTo(Integer.signum(byDays.compare(a, b)));
        }
    }
}
