package app.corridor.dataset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One fuzzed dataset: the bytes of {@code events.json}, the other files by relative path, and how
 * they were made (shown when a property fails). Mutations work on bytes, on JSON values and on the
 * source files, each chosen and placed by a seeded {@link Random}, so a seed reproduces an input.
 */
record FuzzInput(String label, byte[] events, Map<String, byte[]> sources) {


    /** Strings that have broken readers before: escapes, half characters, direction marks, paths, sizes. */
    private static final String[] WEIRD_STRINGS = {
        "", " ", "\\u0000", "a\\u0000b", "\\ud800", "\\udc00x", "x\\ud83d", "\\ud83d\\ude00", "\u202e\u2066abc",
        "\u200f\u200e", "\ufeff", "\u00a0\u00a0", "\u2002", "\\r\\n", "\r\n", "\\t", "\\\\", "\\\"", "..",
        "sources/../events.json", "/etc/passwd", "sources/", "sources/x/", "C:\\\\x", "sources/\\u0000.txt",
        "\u4e60\u8fd1\u5e73", "\u0622\u0635\u0641", "9999-99-99", "2024-02-30", "0000", "2024-06/2024-05",
        "2024-06-07/", "/2024", "2024~?", "%", "2024-1", "-", "a-", "--", "A", "https://", "http://\u00a0x",
    };

    /** JSON values of every type, including numbers no int or double can hold. */
    private static final String[] WEIRD_VALUES = {
        "null", "true", "false", "0", "-0", "1", "1.0", "1e2147483648", "1e-2147483649", "-4294967295",
        "4294967297", "123456789012345678901234567890", "1E400", "-1e-400", "[]", "{}", "[null]", "[{}]",
        "{\"id\":1}", "[[[[[]]]]]", "\"\"", "[\"a\",1,{}]", "{\"\":{\"\":{}}}",
    };

    static FuzzInput withEvents(String json) {
        return new FuzzInput("random JSON", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** {@code base} with {@code count} mutations chosen by {@code seed}. */
    static FuzzInput mutate(Map<String, byte[]> base, long seed, int count) {
        Random r = new Random(seed);
        Map<String, byte[]> files = new LinkedHashMap<>(base);
        byte[] events = files.remove("events.json");
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = r.nextInt(16);
            applied.add(kindName(kind));
            events = switch (kind) {
                case 0 -> flipByte(events, r);
                case 1 -> insert(events, r.nextInt(events.length + 1), interestingBytes(r));
                case 2 -> deleteRange(events, r);
                case 3 -> duplicateRange(events, r);
                case 4 -> java.util.Arrays.copyOf(events, r.nextInt(events.length + 1));
                case 5 -> replaceOne(events, null, r, "\"" + WEIRD_STRINGS[r.nextInt(WEIRD_STRINGS.length)] + "\"");
                case 6 -> replaceValue(events, r, otherValue(r));
                case 7 -> duplicateLine(events, r);
                case 8 -> bytes(text(events).replace("\n", "\r\n"));
                case 9 -> insert(events, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                case 10 -> replaceOne(events, "file", r, "\"" + WEIRD_STRINGS[r.nextInt(WEIRD_STRINGS.length)] + "\"");
                case 11 -> replaceOne(events, "text", r, "\"" + quoteFromSource(files, r) + "\"");
                case 12 -> replaceValue(events, r, "\"" + "\u0623\u0628 \u202e".repeat(r.nextInt(3000)) + "\"");
                default -> {
                    mutateSource(files, r);
                    yield events;
                }
            };
        }
        return new FuzzInput("seed " + seed + ": " + String.join(", ", applied), events, files);
    }

    private static String kindName(int kind) {
        return switch (kind) {
            case 0 -> "flip a byte";
            case 1 -> "insert bytes";
            case 2 -> "delete bytes";
            case 3 -> "duplicate bytes";
            case 4 -> "truncate";
            case 5 -> "weird string";
            case 6 -> "value of another type";
            case 7 -> "duplicate a line";
            case 8 -> "CRLF";
            case 9 -> "BOM";
            case 10 -> "weird file name";
            case 11 -> "quote from a source";
            case 12 -> "long right-to-left string";
            default -> "damage a source";
        };
    }

    private static String otherValue(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> "[".repeat(r.nextInt(1500)) + "]".repeat(r.nextInt(1500));
            case 1 -> "{\"a\":".repeat(r.nextInt(1200)) + "1" + "}".repeat(r.nextInt(1200));
            case 2 -> "9".repeat(1 + r.nextInt(1200));
            case 3 -> "\"" + "x".repeat(r.nextInt(60_000)) + "\"";
            default -> WEIRD_VALUES[r.nextInt(WEIRD_VALUES.length)];
        };
    }

    private static byte[] interestingBytes(Random r) {
        byte[][] choices = {
            {0}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x80}, {'{'}, {'['}, {'"'},
            {'\\'}, {','}, {':'}, {'\r'}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xE2, (byte) 0x80, (byte) 0xAE},
        };
        return choices[r.nextInt(choices.length)];
    }

    /** A stretch of some source, with its whitespace retyped: usually found, sometimes not. */
    private static String quoteFromSource(Map<String, byte[]> files, Random r) {
        List<byte[]> sources = new ArrayList<>(files.values());
        if (sources.isEmpty()) {
            return "x";
        }
        String text = text(sources.get(r.nextInt(sources.size())));
        if (text.isEmpty()) {
            return "x";
        }
        int from = r.nextInt(text.length());
        int to = Math.min(text.length(), from + r.nextInt(400));
        return text.substring(from, to).replaceAll("[\\s\\p{Z}]+", r.nextBoolean() ? " " : "  ")
                .replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void mutateSource(Map<String, byte[]> files, Random r) {
        if (files.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(files.keySet());
        String name = names.get(r.nextInt(names.size()));
        byte[] bytes = files.get(name);
        switch (r.nextInt(5)) {
            case 0 -> files.remove(name);
            case 1 -> files.put(name, insert(bytes, r.nextInt(bytes.length + 1), interestingBytes(r)));
            case 2 -> files.put(name, java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1)));
            case 3 -> files.put(name, bytes("the same words again ".repeat(r.nextInt(5_000))));
            default -> files.put(name, bytes.length == 0 ? bytes : flipByte(bytes, r));
        }
    }

    private static byte[] flipByte(byte[] b, Random r) {
        if (b.length == 0) {
            return b;
        }
        byte[] out = b.clone();
        out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        return out;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, at);
        out.write(what, 0, what.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] deleteRange(byte[] b, Random r) {
        if (b.length == 0) {
            return b;
        }
        int from = r.nextInt(b.length);
        int to = Math.min(b.length, from + 1 + r.nextInt(64));
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, from);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }

    private static byte[] duplicateRange(byte[] b, Random r) {
        if (b.length == 0) {
            return b;
        }
        int from = r.nextInt(b.length);
        int to = Math.min(b.length, from + 1 + r.nextInt(256));
        return insert(b, to, java.util.Arrays.copyOfRange(b, from, to));
    }

    private static byte[] duplicateLine(byte[] b, Random r) {
        String[] lines = text(b).split("\n", -1);
        int i = r.nextInt(lines.length);
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(i, lines[i]);
        return bytes(String.join("\n", out));
    }

    /**
     * Replaces one string literal, chosen at random: any, or (with {@code key}) one that is the value
     * of that key. Scanned by hand: a regular expression for string literals overflows the stack on
     * the long strings other mutations make.
     */
    private static byte[] replaceOne(byte[] b, String key, Random r, String replacement) {
        String text = text(b);
        List<int[]> spans = new ArrayList<>();
        for (int[] s : literals(text)) {
            if (key == null || text.startsWith("\"" + key + "\"", previousLiteralStart(text, s[0]))) {
                spans.add(s);
            }
        }
        return spans.isEmpty() ? b : splice(text, spans.get(r.nextInt(spans.size())), replacement);
    }

    /** Replaces one value after a colon (a string literal or a scalar), chosen at random. */
    private static byte[] replaceValue(byte[] b, Random r, String value) {
        String text = text(b);
        List<int[]> spans = new ArrayList<>();
        for (int[] s : literals(text)) {
            if (afterColon(text, s[0])) {
                spans.add(s);
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '-' || Character.isDigit(c) || c == 't' || c == 'f' || c == 'n') && afterColon(text, i)) {
                int end = i + 1;
                while (end < text.length() && "0123456789.eE+-truefalsn".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                spans.add(new int[] {i, end});
            }
        }
        return spans.isEmpty() ? b : splice(text, spans.get(r.nextInt(spans.size())), value);
    }

    /** Start and end of every string literal, escapes honoured. */
    private static List<int[]> literals(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('"', i)) >= 0) {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != '"') {
                j += text.charAt(j) == '\\' ? 2 : 1;
            }
            if (j >= text.length()) {
                break;
            }
            out.add(new int[] {i, j + 1});
            i = j + 1;
        }
        return out;
    }

    private static boolean afterColon(String text, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ':';
    }

    /** Where the key before the value at {@code at} starts, or {@code at} when there is none. */
    private static int previousLiteralStart(String text, int at) {
        if (!afterColon(text, at)) {
            return at;
        }
        int close = text.lastIndexOf('"', text.lastIndexOf(':', at));
        int open = close <= 0 ? -1 : text.lastIndexOf('"', close - 1);
        return open < 0 ? at : open;
    }

    private static byte[] splice(String text, int[] span, String replacement) {
        return bytes(text.substring(0, span[0]) + replacement + text.substring(span[1]));
    }

    /** Lenient decoding: a mutation may have broken the UTF-8 already, and the next one works on text. */
    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return label + " (events.json " + events.length + " bytes, " + sources.size() + " other files)";
    }
}
