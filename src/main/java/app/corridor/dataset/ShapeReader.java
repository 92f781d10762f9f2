package app.corridor.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON straight into the DTO records of {@link Dto}, checking the shape as it goes: required
 * fields present, each of the right JSON type, no unknown or repeated keys, text free of control
 * characters and broken surrogates. The schema is the record declarations themselves, so the file
 * format and its check cannot drift apart.
 *
 * <p>One pass over the parser's tokens: no tree, and no position kept for values that are fine.
 * A problem is reported with the parser's location at the moment it is found.
 */
final class ShapeReader {

    /** Receives each problem with where it was found. */
    @FunctionalInterface
    interface Problems {
        void add(JsonLocation at, String pointer, String message);
    }

    /**
     * One element of a top-level array: the bound record, or null when its shape had problems;
     * its {@code id} whenever it had a string one (so references to it do not cascade into more problems).
     */
    record Entry<T>(T value, String id) {
    }

    /** What {@link #read} returns for a value with problems (already reported). */
    static final Object FAILED = new Object();

    /** Told of each top-level array of records as soon as it has been read, before the rest of the file. */
    @FunctionalInterface
    interface Arrays {
        void read(String field, List<Entry<Object>> entries);
    }

    private final JsonParser parser;
    private final Problems problems;
    private final Arrays arrays;
    private final Map<Class<?>, Shape> shapes = new HashMap<>();
    /** The values of {@link SharedValue} fields read so far, each kept once. */
    private final ValuePool shared = new ValuePool();
    /** The string {@code id} field of the record read last, for {@link Entry}. */
    private String lastId;

    ShapeReader(JsonParser parser, Problems problems, Arrays arrays) {
        this.parser = parser;
        this.problems = problems;
        this.arrays = arrays;
    }

    /**
     * Reads the root object (the parser on its first token) as the fields of {@code type}: a list of
     * records becomes a {@code List<Entry>}, every other field its value (null when absent or bad).
     *
     * @return the fields in declaration order, or null when the root is not an object
     */
    Object[] readRoot(Class<?> type) throws IOException {
        if (!expect(parser.currentToken() == JsonToken.START_OBJECT, "an object")) {
            return null;
        }
        Object[] values = readFields(shape(type), true);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == FAILED) {
                values[i] = null;
            }
        }
        return values;
    }

    /** Reads the value at the current token as {@code type}: the bound value, or {@link #FAILED}. */
    Object read(Type type) throws IOException {
        JsonToken token = parser.currentToken();
        if (type == String.class) {
            return expect(token == JsonToken.VALUE_STRING, "a string") ? text(false) : FAILED;
        }
        if (type == BigInteger.class) {
            // Never read as an int: 4294967297 must not wrap to 1. Jackson bounds the digits.
            return expect(token == JsonToken.VALUE_NUMBER_INT, "a whole number") ? parser.getBigIntegerValue() : FAILED;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!expect(token == JsonToken.START_ARRAY, "an array")) {
                return FAILED;
            }
            Type element = list.getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            boolean ok = true;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Object value = read(element);
                ok &= value != FAILED;
                out.add(value);
            }
            return ok ? out : FAILED;
        }
        // A record read before has its shape: asking a class whether it is a record is a call into the JVM.
        if (type instanceof Class<?> c && (shapes.containsKey(c) || c.isRecord())) {
            if (!expect(token == JsonToken.START_OBJECT, "an object")) {
                return FAILED;
            }
            Shape shape = shape(c);
            Object[] values = readFields(shape, false);
            return values == null ? FAILED : shape.construct(values);
        }
        throw new IllegalArgumentException("no shape rule for " + type);
    }

    /**
     * Reads an object's fields (the parser on its START_OBJECT) into an array in declaration order;
     * null when any field had a problem, unless {@code root} (whose top-level arrays are read as entries).
     */
    private Object[] readFields(Shape shape, boolean root) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        Object[] values = new Object[shape.names.length];
        boolean[] seen = new boolean[shape.names.length];
        boolean ok = true;
        String id = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            Integer index = shape.index.get(name);
            if (index == null) {
                report("unknown field \"" + name + "\" (allowed: " + shape.allowed + ")");
                parser.skipChildren();
                ok = false;
                continue;
            }
            int i = index;
            if (seen[i]) {
                report("duplicate key: an earlier value for the same key is lost; keep one");
                ok = false;
            }
            seen[i] = true;
            if (token == JsonToken.VALUE_NULL) {
                values[i] = null;
                if (!shape.optional[i]) {
                    report("required field \"" + name + "\" is null");
                    ok = false;
                }
                continue;
            }
            Object value;
            if (root && shape.entries[i] != null) {
                value = entries(shape.entries[i]);
            } else if (shape.shared[i]) {
                value = expect(token == JsonToken.VALUE_STRING, "a string") ? text(true) : FAILED;
            } else {
                value = read(shape.types[i]);
            }
            values[i] = value;
            if (root && shape.entries[i] != null && value != FAILED) {
                @SuppressWarnings("unchecked")
                List<Entry<Object>> entries = (List<Entry<Object>>) value;
                arrays.read(name, entries);
            }
            ok &= value != FAILED;
            if (value instanceof String s && name.equals("id")) {
                id = s;
            }
        }
        String pointer = null;
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i] && !shape.optional[i]) {
                if (pointer == null) {
                    // After END_OBJECT the parser's context is the parent's, still naming this object.
                    pointer = parser.getParsingContext().pathAsPointer().toString();
                }
                problems.add(start, pointer + "/" + shape.names[i], "required field \"" + shape.names[i] + "\" is missing");
                ok = false;
            }
        }
        lastId = id;
        return ok || root ? values : null;
    }

    /** A top-level array of records, element by element, keeping each element's id even when it is bad. */
    private Object entries(Class<?> element) throws IOException {
        if (!expect(parser.currentToken() == JsonToken.START_ARRAY, "an array")) {
            return FAILED;
        }
        List<Entry<Object>> out = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            lastId = null;
            Object value = read(element);
            out.add(new Entry<>(value == FAILED ? null : value, lastId));
        }
        return out;
    }

    /**
     * The current string value, when it is text: no control characters, no half of a surrogate pair.
     * Checked in the parser's own characters (a string's {@code charAt}, called for each of the
     * file's hundred million characters, was a tenth of a parse on the quick compiler); a value of
     * a {@link SharedValue} field is the pool's string.
     */
    private Object text(boolean pooled) throws IOException {
        char[] chars = parser.getTextCharacters();
        int from = parser.getTextOffset();
        int to = from + parser.getTextLength();
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                report(String.format("contains the control character U+%04X, which has no place in text; remove it",
                        (int) c));
                return FAILED;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1]);
                if (!paired) {
                    report(String.format("contains U+%04X, half of a character (a lone surrogate): the text is "
                            + "damaged; retype it", (int) c));
                    return FAILED;
                }
                i++;
            }
        }
        return pooled ? shared.of(chars, from, to - from) : parser.getText();
    }

    private boolean expect(boolean condition, String expected) throws IOException {
        if (!condition) {
            report("expected " + expected + ", found " + describeCurrent());
            parser.skipChildren();
        }
        return condition;
    }

    /** Reports a problem at the current token. */
    private void report(String message) {
        problems.add(parser.currentTokenLocation(), parser.getParsingContext().pathAsPointer().toString(), message);
    }

    private String describeCurrent() throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case VALUE_STRING -> "the string \"" + abbreviate(parser.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(parser.getText());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> token.asString();
        };
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "... (" + s.length() + " characters)";
    }

    private Shape shape(Class<?> type) {
        return shapes.computeIfAbsent(type, Shape::new);
    }

    /** A record type's fields, looked up once (reflection shows on large files). */
    private static final class Shape {
        final String[] names;
        final Type[] types;
        final boolean[] optional;
        /** Fields marked {@link SharedValue}: one string per distinct value. */
        final boolean[] shared;
        /** For a field that is a list of records, the record type; else null. */
        final Class<?>[] entries;
        final Map<String, Integer> index = new HashMap<>();
        final String allowed;
        final Constructor<?> constructor;

        Shape(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            int n = components.length;
            names = new String[n];
            types = new Type[n];
            optional = new boolean[n];
            shared = new boolean[n];
            entries = new Class<?>[n];
            for (int i = 0; i < n; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getGenericType();
                optional[i] = components[i].isAnnotationPresent(OptionalField.class);
                shared[i] = components[i].isAnnotationPresent(SharedValue.class);
                if (types[i] instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> e
                        && e.isRecord()) {
                    entries[i] = e;
                }
                index.put(names[i], i);
            }
            allowed = String.join(", ", names);
            try {
                constructor = type.getDeclaredConstructor(java.util.Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
                // Else each call asks for its caller's class to check access: a walk of the stack per record read.
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        }

        Object construct(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        }
    }
}
