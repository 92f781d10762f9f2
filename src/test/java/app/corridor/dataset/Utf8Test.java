package app.corridor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The first bad byte is found wherever it lies, in or after runs of ASCII read eight bytes at a time. */
class Utf8Test {

    /** The JDK's strict decoder as the reference: where the first malformed sequence starts, or -1. */
    private static int reference(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            return in.position();
        }
        return decoder.flush(out).isError() ? in.position() : -1;
    }

    /**
     * Runs of ASCII up to {@code asciiRun} long, characters of every plane, stray continuation bytes,
     * sequences missing their end, and common punctuation, in {@code parts} random pieces.
     */
    private static byte[] mixture(Random random, int parts, int asciiRun) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(5)) {
                case 0 -> bytes.writeBytes("a".repeat(random.nextInt(asciiRun)).getBytes(StandardCharsets.US_ASCII));
                case 1 -> bytes.writeBytes(new String(Character.toChars(random.nextInt(0x10FFFF) & ~0x800))
                        .getBytes(StandardCharsets.UTF_8));
                case 2 -> bytes.write(0x80 + random.nextInt(0x80));
                case 3 -> bytes.write("\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), 0, 1 + random.nextInt(3));
                default -> bytes.writeBytes("–“中”".getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void agreesWithTheStrictDecoderOnAsciiRunsValidTextAndStrayBytes() {
        Random random = new Random(15);
        for (int round = 0; round < 5000; round++) {
            byte[] b = mixture(random, random.nextInt(8), 30);
            assertThat(Utf8.firstMalformed(b)).as("round %d", round).isEqualTo(reference(b));
        }
    }

    @Test
    void aFileFedInPiecesCutAnywhereGivesTheSameFirstBadByteAsTheWholeFile() {
        Random random = new Random(16);
        for (int round = 0; round < 5000; round++) {
            byte[] whole = mixture(random, random.nextInt(10), 12);
            Utf8.Scanner scanner = new Utf8.Scanner();
            int at = 0;
            while (at < whole.length) {
                int n = Math.min(whole.length - at, 1 + random.nextInt(6));
                scanner.feed(java.util.Arrays.copyOfRange(whole, at, at + n));
                at += n;
            }
            scanner.end();
            int expected = reference(whole);
            assertThat(scanner.firstMalformed()).as("round %d", round).isEqualTo(expected);
            if (expected >= 0) {
                assertThat(scanner.malformedByte()).isEqualTo(whole[expected] & 0xFF);
            }
        }
    }

    @Test
    void aBadByteRightAfterLongAsciiRunsIsFoundAtItsPlace() {
        for (int at = 0; at < 40; at++) {
            byte[] b = "x".repeat(48).getBytes(StandardCharsets.US_ASCII);
            b[at] = (byte) 0xC0;
            assertThat(Utf8.firstMalformed(b)).isEqualTo(at);
        }
        assertThat(Utf8.firstMalformed("x".repeat(64).getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
        assertThat(Utf8.firstMalformed(new byte[0])).isEqualTo(-1);
    }
}
