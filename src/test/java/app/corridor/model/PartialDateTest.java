package app.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    /** The grammar as it was written before the hand-made reader, kept as the reference it must agree with. */
    private static final Pattern GRAMMAR = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([~?%])?");

    @Test
    void readsEachFormAndQualifier() {
        assertThat(PartialDate.parse("2024")).isEqualTo(PartialDate.ofYear(2024));
        assertThat(PartialDate.parse("2024-06")).isEqualTo(PartialDate.ofMonth(2024, 6));
        assertThat(PartialDate.parse("2024-06-07")).isEqualTo(PartialDate.ofDay(2024, 6, 7));
        assertThat(PartialDate.parse("2024-06~")).isEqualTo(new PartialDate(2024, 6, 0, true, false));
        assertThat(PartialDate.parse("2024?")).isEqualTo(new PartialDate(2024, 0, 0, false, true));
        assertThat(PartialDate.parse("2024-06-07%")).isEqualTo(new PartialDate(2024, 6, 7, true, true));
    }

    @Test
    void refusesWhatIsNotADateSayingWhy() {
        for (String text : List.of("", "24", "2024-", "2024-6", "2024-06-", "2024-06-7", "2024~~", "2024 ", " 2024",
                "2024/06", "２０２４", "٢٠٢٤", "2024-06-07-01", "2024x")) {
            assertThatThrownBy(() -> PartialDate.parse(text)).as(text).isInstanceOf(DateTimeException.class)
                    .hasMessage("\"" + text + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        assertThatThrownBy(() -> PartialDate.parse("2024-00")).hasMessage("month 00 is outside 01–12");
        assertThatThrownBy(() -> PartialDate.parse("2024-02-00")).hasMessage("day 00 does not exist");
        assertThatThrownBy(() -> PartialDate.parse("2023-02-29")).hasMessageContaining("has no day 29");
        assertThatThrownBy(() -> PartialDate.parse("0000")).hasMessageContaining("outside 0001–9999");
    }

    /** Strings made of a date's characters and a few others: the reader accepts, refuses and reads as the grammar. */
    @Test
    void agreesWithTheGrammarOnEveryStringTried() {
        char[] alphabet = "0123456789-~?%/ x\u0663\uff10".toCharArray();
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(List.of("1999-12-31", "2024-02-29", "2023-02-29", "2024-13", "9999-12-31~"));
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(13);
            for (int k = 0; k < length; k++) {
                // Mostly digits and hyphens, so that many are dates or nearly.
                b.append(random.nextInt(3) > 0 ? (char) ('0' + random.nextInt(10))
                        : random.nextInt(2) == 0 ? '-' : alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(b.toString());
        }
        int dates = 0;
        for (String text : texts) {
            String expected = byGrammar(text);
            String actual;
            try {
                actual = PartialDate.parse(text).toString() + PartialDate.parse(text).hashCode();
            } catch (DateTimeException e) {
                actual = "refused: " + e.getMessage();
            }
            assertThat(actual).as(text).isEqualTo(expected);
            dates += expected.startsWith("refused") ? 0 : 1;
        }
        assertThat(dates).as("dates among the strings tried").isGreaterThan(1_000);
    }

    private static String byGrammar(String text) {
        Matcher m = GRAMMAR.matcher(text);
        if (!m.matches()) {
            return "refused: \"" + text + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD";
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String q = m.group(4);
        if (m.group(2) != null && month == 0) {
            return "refused: month 00 is outside 01–12";
        }
        if (m.group(3) != null && day == 0) {
            return "refused: day 00 does not exist";
        }
        try {
            PartialDate d = new PartialDate(Integer.parseInt(m.group(1)), month, day, "~".equals(q) || "%".equals(q),
                    "?".equals(q) || "%".equals(q));
            return d.toString() + d.hashCode();
        } catch (DateTimeException e) {
            return "refused: " + e.getMessage();
        }
    }
}
