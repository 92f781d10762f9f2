package app.corridor.dataset.canonical;

import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a dataset document in Corridor's canonical form, the one form {@code corridor fmt}
 * produces and the editor saves:
 *
 * <ul>
 *   <li>keys in the order the format declares them ({@link app.corridor.dataset.Dto}, as the README
 *       shows), every key written, an unknown value as {@code null} and an actor without roles as
 *       {@code "roles": []};</li>
 *   <li>sources and actors sorted by id, events by date then id ({@link CanonicalOrder}); an event's
 *       actors, quotes and an actor's roles stay in the order written, which means something;</li>
 *   <li>two-space indent, one key per line, each array element on lines of its own, an empty array
 *       as {@code []}, {@code "key": value} with one space;</li>
 *   <li>UTF-8 without a byte-order mark, {@code \n} line ends, a final newline; only {@code "},
 *       {@code \} and control characters are escaped, so Chinese and Urdu stay readable.</li>
 * </ul>
 *
 * <p>This is exactly what Python's {@code json.dumps(data, indent=2, ensure_ascii=False)} prints
 * (plus the final newline), so a script can produce it too. Because every event stands on lines
 * of its own, editing one event changes only its lines, and two curators' edits to different
 * events merge without conflict.
 */
public final class CanonicalJson {

    private static final String INDENT = "  ";

    private CanonicalJson() {
    }

    /** The canonical text of {@code document}, {@linkplain #normalize normalized} first. */
    public static String write(DatasetDto document) {
        return new String(bytes(document), StandardCharsets.UTF_8);
    }

    /** The canonical text of {@code normalized}, as UTF-8, in an array about {@code expected} long at first. */
    private static byte[] writeNormalized(DatasetDto normalized, int expected) {
        Utf8Out out = new Utf8Out(expected);
        value(out, normalized, 0);
        return out.append('\n').toByteArray();
    }

    /**
     * The document its canonical text reads back as: collections in {@linkplain CanonicalOrder
     * canonical order}, an actor without roles given {@code []} (which means the same). The same
     * instance when it is normalized already.
     */
    public static DatasetDto normalize(DatasetDto document) {
        return withRoles(CanonicalOrder.sort(document));
    }

    /**
     * {@code edited} {@linkplain #normalize normalized}, where it is the normalized {@code canonical}
     * with an edit made: only the events the edit changed are put in their place (see
     * {@link CanonicalOrder#sort(DatasetDto, DatasetDto)}).
     */
    public static DatasetDto normalize(DatasetDto canonical, DatasetDto edited) {
        return withRoles(CanonicalOrder.sort(canonical, edited));
    }

    /** {@code d} with an actor without roles given {@code []}. */
    private static DatasetDto withRoles(DatasetDto d) {
        if (d.actors() == null || d.actors().stream().allMatch(a -> a.roles() != null)) {
            return d;
        }
        return new DatasetDto(d.schemaVersion(), d.title(), d.sources(), d.actors().stream()
                .map(a -> a.roles() != null ? a
                        : new ActorDto(a.id(), a.name(), a.nativeName(), a.country(), a.kind(), List.of()))
                .toList(), d.events());
    }

    /**
     * Formats a file's bytes: its canonical text and where the file departs from it.
     *
     * @throws DocumentException when the file cannot be read as a document without losing something
     */
    public static Formatted format(byte[] bytes, String display) throws DocumentException {
        DatasetDto normalized = normalize(DatasetDocuments.read(bytes, display));
        // Encoded once: read back, compared with the file, and written as they are.
        byte[] canonical = writeNormalized(normalized, bytes.length + (bytes.length >> 4));
        if (!DatasetDocuments.read(canonical, display).equals(normalized)) {
            // Cannot happen unless writer and reader disagree; never write a file that would change content.
            throw new IllegalStateException("the canonical form of " + display + " does not read back the same");
        }
        return new Formatted(canonical, Difference.between(bytes, canonical));
    }

    /**
     * A file formatted.
     *
     * @param canonical  its canonical text, as the UTF-8 a file of it holds
     * @param difference where the file first differs from it; empty when it is canonical
     */
    public record Formatted(byte[] canonical, java.util.Optional<Difference> difference) {
        public boolean isCanonical() {
            return difference.isEmpty();
        }
    }

    /** {@link #write} as UTF-8 bytes: what a canonical {@code events.json} holds. */
    public static byte[] bytes(DatasetDto document) {
        return writeNormalized(normalize(document), 1 << 16);
    }

    private static void value(Utf8Out out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            out.append(value.toString());
        } else if (value instanceof List<?> list) {
            array(out, list, depth);
        } else if (value instanceof Record record) {
            object(out, record, depth);
        } else {
            throw new IllegalArgumentException("no canonical form for " + value.getClass());
        }
    }

    private static void array(Utf8Out out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(out, depth + 1);
            value(out, list.get(i), depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append(']');
    }

    private static void object(Utf8Out out, Record record, int depth) {
        RecordComponent[] fields = FIELDS.get(record.getClass());
        out.append('{');
        for (int i = 0; i < fields.length; i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(out, depth + 1);
            string(out, fields[i].getName());
            out.append(": ");
            value(out, read(record, fields[i]), depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append('}');
    }

    /**
     * Each record type's fields, asked once: asking the class for them is reflection that builds new
     * objects each time (half a million records in a 100,000-event file).
     */
    private static final ClassValue<RecordComponent[]> FIELDS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static Object read(Record record, RecordComponent field) {
        try {
            return field.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static void indent(Utf8Out out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    /** A JSON string escaped as Python's {@code ensure_ascii=False} does: little, and lowercase hex. */
    static void string(Utf8Out out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(s, i)) {
                        // A lone surrogate cannot be written as UTF-8; escaped, it survives the round trip.
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
