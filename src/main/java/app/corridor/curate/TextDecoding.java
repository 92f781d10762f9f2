package app.corridor.curate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * The text in a file's bytes. UTF-8 is taken as it is; a byte-order mark names UTF-16 or UTF-32;
 * any other encoding only where the detector (Mozilla's universal charset detector) is confident,
 * and only if every byte then decodes. Anything else is refused: a wrong guess would put wrong
 * characters into a source that quotes must match exactly.
 */
final class TextDecoding {

    /**
     * Decoded text.
     *
     * @param charset the encoding it was read in
     * @param bomRemoved true when a byte-order mark was left out
     */
    record Decoded(String text, Charset charset, boolean bomRemoved) {
        boolean isUtf8AsIs() {
            return charset.equals(StandardCharsets.UTF_8) && !bomRemoved;
        }
    }

    private TextDecoding() {
    }

    /** The text, or empty when its encoding cannot be told with confidence. */
    static Optional<Decoded> decode(byte[] bytes) {
        Optional<Decoded> bom = byBom(bytes);
        if (bom.isPresent()) {
            return bom;
        }
        Optional<String> utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return Optional.of(new Decoded(utf8.get(), StandardCharsets.UTF_8, false));
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(name);
            return strictly(bytes, charset).map(text -> new Decoded(text, charset, false));
        } catch (IllegalArgumentException e) { // includes an unsupported charset
            return Optional.empty();
        }
    }

    private static Optional<Decoded> byBom(byte[] b) {
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return strictly(slice(b, 3), StandardCharsets.UTF_8).map(t -> new Decoded(t, StandardCharsets.UTF_8, true));
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00) || starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            Charset utf32 = Charset.forName(b[0] == 0 ? "UTF-32BE" : "UTF-32LE");
            return strictly(slice(b, 4), utf32).map(t -> new Decoded(t, utf32, true));
        }
        if (starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF)) {
            Charset utf16 = b[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return strictly(slice(b, 2), utf16).map(t -> new Decoded(t, utf16, true));
        }
        return Optional.empty();
    }

    static Optional<String> strictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** True when {@code text} holds control characters that text files do not (a binary file). */
    static boolean looksBinary(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return java.util.Arrays.copyOfRange(b, from, b.length);
    }
}
