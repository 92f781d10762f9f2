package app.corridor.curate;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.layout.ItemShape;
import app.corridor.model.Precision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as people write them: what each form becomes, and what is refused and why. */
class DateInputTest {

    @ParameterizedTest(name = "\"{0}\" -> {1} ({3}, \"{2}\")")
    @CsvSource(delimiter = '|', textBlock = """
            # typed                         | EDTF                   | words                        | precision
            2024-06-07                      | 2024-06-07             | 7 June 2024                  | DAY
            2024-06                         | 2024-06                | June 2024                    | MONTH
            2024                            | 2024                   | 2024                         | YEAR
            2019-03~                        | 2019-03~               | c. March 2019                | MONTH
            2013?                           | 2013?                  | 2013?                        | YEAR
            2013%                           | 2013%                  | c. 2013?                     | YEAR
            2024-06-04/2024-06-08           | 2024-06-04/2024-06-08  | 4–8 June 2024                | DAY
            2024-06-04 / 2024-06-08         | 2024-06-04/2024-06-08  | 4–8 June 2024                | DAY
            2024-6-7                        | 2024-06-07             | 7 June 2024                  | DAY
            7 June 2024                     | 2024-06-07             | 7 June 2024                  | DAY
            7th June 2024                   | 2024-06-07             | 7 June 2024                  | DAY
            the 7th of June 2024            | 2024-06-07             | 7 June 2024                  | DAY
            June 7, 2024                    | 2024-06-07             | 7 June 2024                  | DAY
            June 7th 2024                   | 2024-06-07             | 7 June 2024                  | DAY
            Jun 7 2024                      | 2024-06-07             | 7 June 2024                  | DAY
            Sept. 3, 2024                   | 2024-09-03             | 3 September 2024             | DAY
            Tuesday, 19 March 2019          | 2019-03-19             | 19 March 2019                | DAY
            Tue 19 March 2019               | 2019-03-19             | 19 March 2019                | DAY
            4–8 June 2024                   | 2024-06-04/2024-06-08  | 4–8 June 2024                | DAY
            4-8 June 2024                   | 2024-06-04/2024-06-08  | 4–8 June 2024                | DAY
            4 to 8 June 2024                | 2024-06-04/2024-06-08  | 4–8 June 2024                | DAY
            from 4 to 8 June 2024           | 2024-06-04/2024-06-08  | 4–8 June 2024                | DAY
            between 4 and 8 June 2024       | 2024-06-04/2024-06-08  | 4–8 June 2024                | DAY
            June 4–8, 2024                  | 2024-06-04/2024-06-08  | 4–8 June 2024                | DAY
            June 4-8 2024                   | 2024-06-04/2024-06-08  | 4–8 June 2024                | DAY
            December 27-28, 2023            | 2023-12-27/2023-12-28  | 27–28 December 2023          | DAY
            4 June – 8 July 2024            | 2024-06-04/2024-07-08  | 4 June – 8 July 2024         | DAY
            28 June—3 July 2024             | 2024-06-28/2024-07-03  | 28 June – 3 July 2024        | DAY
            28 December 2023 – 3 January 2024 | 2023-12-28/2024-01-03 | 28 December 2023 – 3 January 2024 | DAY
            2024-06-04 – 2024-06-08         | 2024-06-04/2024-06-08  | 4–8 June 2024                | DAY
            June 2024                       | 2024-06                | June 2024                    | MONTH
            june 2024                       | 2024-06                | June 2024                    | MONTH
            March–May 2019                  | 2019-03/2019-05        | March–May 2019               | MONTH
            March-May 2019                  | 2019-03/2019-05        | March–May 2019               | MONTH
            November 2019 – February 2020   | 2019-11/2020-02        | November 2019 – February 2020 | MONTH
            2019–2020                       | 2019/2020              | 2019–2020                    | YEAR
            2019-2020                       | 2019/2020              | 2019–2020                    | YEAR
            2019 – May 2020                 | 2019/2020-05           | 2019 – May 2020              | YEAR
            c. 2013                         | 2013~                  | c. 2013                      | YEAR
            c 2013                          | 2013~                  | c. 2013                      | YEAR
            ca. 2013                        | 2013~                  | c. 2013                      | YEAR
            circa January 2024              | 2024-01~               | c. January 2024              | MONTH
            about 7 June 2024               | 2024-06-07~            | c. 7 June 2024               | DAY
            around June 2024                | 2024-06~               | c. June 2024                 | MONTH
            circa 2019-03                   | 2019-03~               | c. March 2019                | MONTH
            June 2024?                      | 2024-06?               | June 2024?                   | MONTH
            c. 2013?                        | 2013%                  | c. 2013?                     | YEAR
            c. 4–8 June 2024                | 2024-06-04~/2024-06-08~ | c. 4–8 June 2024             | DAY
            c. 28 June – 3 July 2024        | 2024-06-28~/2024-07-03~ | c. 28 June – 3 July 2024     | DAY
            c. 2019–2020                    | 2019~/2020~            | c. 2019–2020                 | YEAR
            25/12/2023                      | 2023-12-25             | 25 December 2023             | DAY
            12/25/2023                      | 2023-12-25             | 25 December 2023             | DAY
            25.12.2023                      | 2023-12-25             | 25 December 2023             | DAY
            5/5/2024                        | 2024-05-05             | 5 May 2024                   | DAY
            2024/6/7                        | 2024-06-07             | 7 June 2024                  | DAY
            2024.06.07                      | 2024-06-07             | 7 June 2024                  | DAY
            2024年6月7日                     | 2024-06-07             | 7 June 2024                  | DAY
            2024年6月                        | 2024-06                | June 2024                    | MONTH
            2024年                           | 2024                   | 2024                         | YEAR
            29 February 2024                | 2024-02-29             | 29 February 2024             | DAY
            """)
    void understands(String typed, String edtf, String words, Precision precision) {
        DateReading r = DateInput.read(typed);
        assertThat(r.refusal()).as(typed).isNull();
        assertThat(r.edtf()).as(typed).isEqualTo(edtf);
        assertThat(r.words()).as(typed).isEqualTo(words);
        assertThat(r.precision()).as(typed).isEqualTo(precision);
    }

    @ParameterizedTest(name = "\"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # typed                 | the reason says
            31 June 2024            | There is no such date: June 2024 has no day 31 (it has 30 days).
            2024-02-30              | There is no such date: February 2024 has no day 30 (it has 29 days).
            29 February 2023        | February 2023 has no day 29
            2024-13                 | month 13 is outside 01–12
            31/6/2024               | June 2024 has no day 31
            8–4 June 2024           | The range ends (4 June 2024) before it starts (8 June 2024).
            2024-06-08/2024-06-04   | The range ends (4 June 2024) before it starts (8 June 2024).
            May–March 2019          | The range ends (March 2019) before it starts (May 2019).
            7/6/2024                | could be 7 June 2024 or July 6: write the month in words (7 June 2024) or as 2024-06-07.
            7.6.2024                | could be 7 June 2024 or July 6
            13/14/2024              | has no month of 12 or less
            7/6/24                  | Write the year in full (7/6/2024, not 7/6/24).
            7 June                  | Give the year
            June                    | Give the year
            7 2024                  | A day needs its month
            Monday, 19 March 2019   | 19 March 2019 was a Tuesday, not a Monday.
            early 2024              | write the year (2024) and say “early” in the note
            mid-2024                | say “mid” in the note
            spring 2019             | finer than a year and coarser than a month
            the 1950s               | write the years (1950–1959), or c. 1950.
            yesterday               | is not a date Corridor can read
            June June 2024          | is not a date Corridor can read
            '   '                   | Type a date
            """)
    void refuses(String typed, String reason) {
        DateReading r = DateInput.read(typed);
        assertThat(r.isUnderstood()).as(typed).isFalse();
        assertThat(r.refusal()).as(typed).contains(reason);
    }

    @ParameterizedTest(name = "\"{0}\" is drawn as a {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7 June 2024      | POINT
            4–8 June 2024    | BAR
            June 2024        | SPAN
            c. 2013          | SPAN
            4 June – July 2024 | SPAN
            """)
    void saysHowTheTimelineWillDrawIt(String typed, ItemShape shape) {
        assertThat(DateInput.read(typed).shape()).isEqualTo(shape);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            25/12/2023   | read as day/month/year: 25 cannot be a month
            12/25/2023   | read as month/day/year: 25 cannot be a month
            5/5/2024     | day and month are the same either way
            """)
    void saysHowANumericDateWasRead(String typed, String interpretation) {
        assertThat(DateInput.read(typed).interpretation()).isEqualTo(interpretation);
    }

    @ParameterizedTest(name = "\"{0}\" refused in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            31 June 2024           | CHINESE | 没有这个日期：2024年6月没有31日（该月只有30天）。
            Monday, 19 March 2019  | CHINESE | 2019年3月19日是星期二，不是星期一。
            8–4 June 2024          | CHINESE | 该时段的结束日期（2024年6月4日）早于开始日期（2024年6月8日）。
            7/6/2024               | CHINESE | 既可能是2024年6月7日，也可能是2024年7月6日
            31 June 2024           | URDU    | ایسی کوئی تاریخ نہیں
            yesterday              | URDU    | ایسی تاریخ نہیں جسے Corridor پڑھ سکے
            """)
    void refusesInTheReadersLanguage(String typed, app.corridor.i18n.Language language, String reason) {
        DateReading r = DateInput.read(typed, app.corridor.i18n.Messages.of(language));
        assertThat(r.isUnderstood()).isFalse();
        assertThat(app.corridor.i18n.BidiText.strip(r.refusal())).contains(reason);
    }
}
