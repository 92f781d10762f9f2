package app.corridor.dataset;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * SHA-256 as lowercase hex: the checksum recorded for each source and the dataset's content hash;
 * and CRC-32C, to tell quickly whether bytes read twice are the same.
 */
public final class Hashing {

    private Hashing() {
    }

    public static String sha256(byte[] bytes) {
        return hex(sha256().digest(bytes));
    }

    /** A SHA-256 digest to feed piece by piece; {@link #hex} gives the result as {@link #sha256(byte[])} does. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** CRC-32C of {@code bytes} and their length: a change shows, though a deliberate one could hide. */
    public static long crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc32c(crc, bytes.length);
    }

    /** What {@link #crc32c(byte[])} gives for the {@code length} bytes {@code crc} was fed, piece by piece. */
    static long crc32c(CRC32C crc, long length) {
        return crc.getValue() ^ (length << 32);
    }
}
