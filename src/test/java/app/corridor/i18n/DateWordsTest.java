package app.corridor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.EventDate;
import app.corridor.model.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Dates in words in Chinese and Urdu at every precision the model has, from CLDR. */
class DateWordsTest {

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-06-07            | 2024年6月7日              | 7 جون، 2024
            2024-06-04/2024-06-08 | 2024年6月4日至8日          | 4–8 جون 2024
            2024-06-28/2024-07-03 | 2024年6月28日至7月3日      | 28 جون – 3 جولائی، 2024
            2024-12-28/2025-01-03 | 2024年12月28日至2025年1月3日 | 28 دسمبر، 2024 – 3 جنوری، 2025
            2024-06               | 2024年6月                 | جون 2024
            2019-03/2019-05       | 2019年3月至5月             | مارچ–مئی 2019
            2019-11/2020-02       | 2019年11月至2020年2月       | نومبر 2019 – فروری 2020
            2024                  | 2024年                    | 2024
            2019/2020             | 2019至2020年              | 2019–2020
            2013~                 | 约2013年                  | تقریباً 2013
            2024-01~              | 约2024年1月               | تقریباً جنوری 2024
            2013-06?              | 2013年6月（存疑）           | جون 2013 (غیر یقینی)
            2013-06-04%           | 约2013年6月4日（存疑）       | تقریباً 4 جون، 2013 (غیر یقینی)
            2024-06/2024-08-15    | 2024年6月至2024年8月15日     | جون 2024 – 15 اگست، 2024
            2013~/2015            | 约2013年至2015年            | تقریباً 2013 – 2015
            2024-09-05~/2024-09-06~ | 约2024年9月5日至6日       | تقریباً 5–6 ستمبر 2024
            """)
    void chineseAndUrduAtEachPrecision(String edtf, String chinese, String urdu) {
        EventDate date = EventDate.parse(edtf);
        assertThat(DateWords.of(Language.CHINESE).label(date)).isEqualTo(chinese);
        assertThat(DateWords.of(Language.URDU).label(date)).isEqualTo(urdu);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-06-04/2024-06-08
            2013~
            2019-03/2019-05
            2013-06-04%
            2024-09-05~/2024-09-06~
            """)
    void englishIsTheModelsOwnWording(String edtf) {
        EventDate date = EventDate.parse(edtf);
        assertThat(DateWords.of(Language.ENGLISH).label(date)).isEqualTo(date.label());
    }

    @Test
    void urduMonthsAreUrduWords() {
        for (int m = 1; m <= 12; m++) {
            String month = DateWords.of(Language.URDU).label(PartialDate.ofMonth(2024, m));
            assertThat(month).matches("\\p{IsArabic}[\\p{IsArabic} ]* 2024");
        }
    }

    @Test
    void filterRanges() {
        PartialDate y2019 = PartialDate.ofYear(2019);
        PartialDate june = PartialDate.ofMonth(2024, 6);
        assertThat(DateWords.of(Language.ENGLISH).range(y2019, PartialDate.ofYear(2025))).isEqualTo("2019 – 2025");
        assertThat(DateWords.of(Language.ENGLISH).range(june, null)).isEqualTo("from June 2024");
        assertThat(DateWords.of(Language.CHINESE).range(y2019, PartialDate.ofYear(2025))).isEqualTo("2019年至2025年");
        assertThat(DateWords.of(Language.CHINESE).range(june, null)).isEqualTo("2024年6月起");
        assertThat(DateWords.of(Language.CHINESE).range(null, y2019)).isEqualTo("截至2019年");
        assertThat(DateWords.of(Language.URDU).range(june, null)).isEqualTo("جون 2024 سے");
        assertThat(DateWords.of(Language.URDU).range(null, y2019)).isEqualTo("2019 تک");
    }

    @Test
    void axisWordsInEachLanguage() {
        LocalDate d = LocalDate.of(2024, 9, 7);
        CalendarWords en = CalendarWords.of(Language.ENGLISH);
        assertThat(new String[] {en.day(d), en.monthShort(d), en.quarter(d), en.year(d), en.monthYear(d),
                en.monthYearShort(d), en.decade(LocalDate.of(2020, 1, 1)), en.century(LocalDate.of(2000, 1, 1)),
                en.century(LocalDate.of(1900, 1, 1)), en.century(LocalDate.of(2100, 1, 1))})
                .containsExactly("7", "Sep", "Q3", "2024", "September 2024", "Sep 2024", "2020s", "21st century",
                        "20th century", "22nd century");
        CalendarWords zh = CalendarWords.of(Language.CHINESE);
        assertThat(new String[] {zh.day(d), zh.monthShort(d), zh.yearName(d), zh.monthYear(d),
                zh.decade(LocalDate.of(2020, 1, 1)), zh.century(LocalDate.of(2000, 1, 1)), zh.years(1952, 2011)})
                .containsExactly("7日", "9月", "2024年", "2024年9月", "2020年代", "21世纪", "1952–2011年");
        CalendarWords ur = CalendarWords.of(Language.URDU);
        assertThat(new String[] {ur.day(d), ur.monthShort(d), ur.monthYear(d), ur.decade(LocalDate.of(2020, 1, 1)),
                ur.century(LocalDate.of(2000, 1, 1))})
                .containsExactly("7", "ستمبر", "ستمبر 2024", "2020 کی دہائی", "21ویں صدی");
    }
}
