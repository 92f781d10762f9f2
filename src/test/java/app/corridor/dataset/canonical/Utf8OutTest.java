package app.corridor.dataset.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8OutTest {

    /** Every width of UTF-8 (1 to 4 bytes), written a little at a time into an array that has to grow. */
    @Test
    void writesWhatTheJdkEncodesAsItGrows() {
        String text = "Gwadar \u00e9t\u00e9 \u4e2d\u5df4\u53cb\u8c0a \u067e\u0627\u06a9\u0633\u062a\u0627\u0646 \uD83D\uDE00 \"quoted\"\n";
        Utf8Out out = new Utf8Out(1);
        for (int i = 0; i < 200; i++) {
            out.append(text).append('|');
        }
        assertThat(out.toByteArray()).isEqualTo((text + "|").repeat(200).getBytes(StandardCharsets.UTF_8));
    }

    /** A half of a surrogate pair has no UTF-8: the canonical writer escapes it first, and this refuses it. */
    @Test
    void refusesALoneSurrogate() {
        assertThatThrownBy(() -> new Utf8Out(8).append("a\uD83Db")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Utf8Out(8).append("a\uDE00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Utf8Out(8).append("end \uD83D").toByteArray())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
