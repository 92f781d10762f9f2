package app.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    /** Characters of one, two, three and four UTF-8 bytes (the last a surrogate pair), and line breaks. */
    private static final String[] PIECES = {"a", "Z", " ", "\n", "\r\n", "é", "ß", "—", "“", "习", "近",
        "و", "ز", "😀", "𝄞", "\u0000", "\t"};

    private static String mixed(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            // Long ASCII runs between the others, as in real prose, so that marks fall everywhere.
            text.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : "word ");
        }
        return text.toString();
    }

    @Test
    void everySpanOfAShortTextReadsAsTheStringsOwnSubstring() {
        Random random = new Random(3);
        for (int round = 0; round < 40; round++) {
            String text = mixed(random, random.nextInt(60));
            SourceText kept = SourceText.of(text);
            assertThat(kept.length()).isEqualTo(text.length());
            assertThat(kept.text()).isEqualTo(text);
            for (int start = 0; start <= text.length(); start++) {
                for (int end = start; end <= text.length(); end++) {
                    assertThat(kept.substring(start, end)).as("%s at %d..%d", text, start, end)
                            .isEqualTo(text.substring(start, end));
                }
            }
        }
    }

    @Test
    void spansOfLongTextsReadAsSubstringsWhereverTheyFallAgainstTheMarks() {
        Random random = new Random(5);
        for (String text : new String[] {mixed(random, 100_000), "plain ascii text ".repeat(5_000),
            "习近平主席😀".repeat(3_000), ""}) {
            SourceText kept = SourceText.of(text);
            assertThat(kept.length()).isEqualTo(text.length());
            for (int i = 0; i < 5_000 && !text.isEmpty(); i++) {
                int start = random.nextInt(text.length() + 1);
                int end = Math.min(text.length(), start + random.nextInt(400));
                assertThat(kept.substring(start, end)).isEqualTo(text.substring(start, end));
                byte[] words = text.substring(start, end).getBytes(StandardCharsets.UTF_8);
                boolean whole = !cutsAPair(text, start) && !cutsAPair(text, end);
                assertThat(kept.spanEquals(start, end, words)).as("%d..%d", start, end).isEqualTo(whole);
            }
            assertThat(kept.substring(text.length(), text.length())).isEmpty();
        }
    }

    /** What the store is handed: the words' UTF-8 without decoding them, exactly as encoding the words gives it. */
    @Test
    void aSpanAsUtf8IsTheSubstringsOwnBytesWhereverItFalls() {
        Random random = new Random(11);
        String text = mixed(random, 50_000);
        byte[] whole = text.getBytes(StandardCharsets.UTF_8);
        for (SourceText kept : new SourceText[] {SourceText.of(text), SourceText.ofUtf8(whole.clone())}) {
            assertThat(kept.utf8()).isEqualTo(whole);
            for (int i = 0; i < 3_000; i++) {
                int start = random.nextInt(text.length() + 1);
                int end = Math.min(text.length(), start + random.nextInt(300));
                assertThat(kept.spanUtf8(start, end)).as("%d..%d", start, end)
                        .isEqualTo(text.substring(start, end).getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThatThrownBy(() -> SourceText.of("née").spanUtf8(1, 4)).isInstanceOf(StringIndexOutOfBoundsException.class);
    }

    @Test
    void aTextGivenWithItsBytesReadsAsTheOneDecodedFromThem() {
        Random random = new Random(9);
        String text = mixed(random, 20_000);
        SourceText withBytes = SourceText.of(text, text.getBytes(StandardCharsets.UTF_8));
        SourceText bytesOnly = SourceText.ofUtf8(text.getBytes(StandardCharsets.UTF_8));
        assertThat(withBytes.length()).isEqualTo(bytesOnly.length()).isEqualTo(text.length());
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(text.length());
            int end = Math.min(text.length(), start + random.nextInt(300));
            assertThat(withBytes.substring(start, end)).isEqualTo(bytesOnly.substring(start, end))
                    .isEqualTo(text.substring(start, end));
        }
    }

    @Test
    void spanEqualsTellsOtherWordsAndPlacesApart() {
        String text = "President Xi met Prime Minister Sharif — “ironclad friends” 😀.";
        SourceText kept = SourceText.of(text);
        int start = text.indexOf("ironclad");
        int end = start + "ironclad friends".length();
        assertThat(kept.spanEquals(start, end, utf8("ironclad friends"))).isTrue();
        assertThat(kept.spanEquals(start + 1, end + 1, utf8("ironclad friends"))).isFalse();
        assertThat(kept.spanEquals(start, end, utf8("ironclad friendz"))).isFalse();
        assertThat(kept.spanEquals(start, end - 1, utf8("ironclad friends"))).isFalse();
        assertThat(kept.spanEquals(0, text.length() + 1, utf8(text + "!"))).isFalse();
        assertThat(kept.spanEquals(-1, 3, utf8("Pre"))).isFalse();
    }

    @Test
    void bytesThatAreNotUtf8ReadAsTheJdkDecodesThem() {
        byte[][] damaged = {
            {'a', (byte) 0xFF, 'b', 'c'},
            {'a', (byte) 0xC0, (byte) 0x80, 'b'}, // an overlong NUL
            {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'y'}, // a lone surrogate
            {'x', (byte) 0xE4, (byte) 0xB9}, // cut short at the end
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
        };
        for (byte[] bytes : damaged) {
            String decoded = new String(bytes, StandardCharsets.UTF_8);
            SourceText kept = SourceText.ofUtf8(bytes.clone());
            assertThat(kept.text()).isEqualTo(decoded);
            assertThat(kept.length()).isEqualTo(decoded.length());
            assertThat(kept.utf8()).isEqualTo(decoded.getBytes(StandardCharsets.UTF_8));
            for (int start = 0; start <= decoded.length(); start++) {
                for (int end = start; end <= decoded.length(); end++) {
                    assertThat(kept.substring(start, end)).isEqualTo(decoded.substring(start, end));
                    assertThat(kept.spanUtf8(start, end))
                            .isEqualTo(decoded.substring(start, end).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void aSpanOutsideTheTextIsRefusedAsSubstringRefusesIt() {
        SourceText kept = SourceText.of("née — 😀");
        assertThatThrownBy(() -> kept.substring(0, 9)).isInstanceOf(StringIndexOutOfBoundsException.class);
        assertThatThrownBy(() -> kept.substring(-1, 2)).isInstanceOf(StringIndexOutOfBoundsException.class);
        assertThatThrownBy(() -> kept.substring(3, 2)).isInstanceOf(StringIndexOutOfBoundsException.class);
        assertThat(kept.substring(0, 8)).isEqualTo("née — 😀");
    }

    private static boolean cutsAPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
