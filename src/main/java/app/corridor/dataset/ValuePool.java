package app.corridor.dataset;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One string per distinct value of the {@link SharedValue} fields, found from the parser's own
 * characters: a value seen before costs no new string, and none of {@code String}'s hashing and
 * comparing, which the quick compiler that {@code corridor validate} runs on calls rather than
 * inlines (a {@code HashMap} of strings was a tenth of that command's parse at 100,000 events,
 * for over 600,000 values).
 */
final class ValuePool {

    /** A random odd multiplier per pool: a file crafted so that many values collide cannot be made in advance. */
    private final int multiplier = ThreadLocalRandom.current().nextInt() | 1;
    private String[] values = new String[256];
    private char[][] keys = new char[256][];
    private int[] hashes = new int[256];
    private int size;

    /** The pool's string for {@code text[offset, offset + length)}, added when new. */
    String of(char[] text, int offset, int length) {
        int hash = hash(text, offset, length);
        int mask = values.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                String value = new String(text, offset, length);
                values[slot] = value;
                keys[slot] = Arrays.copyOfRange(text, offset, offset + length);
                hashes[slot] = hash;
                if (++size * 2 > values.length) {
                    grow();
                }
                return value;
            }
            if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, text, offset, offset + length)) {
                return values[slot];
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] oldValues = values;
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        values = new String[oldValues.length * 2];
        keys = new char[values.length][];
        hashes = new int[values.length];
        int mask = values.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                values[slot] = oldValues[i];
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private int hash(char[] text, int offset, int length) {
        int h = length;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = multiplier * h + text[i];
        }
        h ^= h >>> 16; // spread: open addressing wants low bits that vary
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }
}
