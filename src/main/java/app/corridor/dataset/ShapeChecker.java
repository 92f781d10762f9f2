package app.corridor.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Checks that a JSON value has the shape of a DTO record: required fields present, each of the
 * right JSON type, no unknown fields (usually typos). The schema is the record declaration itself,
 * so the file format and its check cannot drift apart.
 */
final class ShapeChecker {

    private final BiConsumer<String, String> problems;
    /** Reflection is slow enough to show on large datasets: look each record's components up once. */
    private final java.util.Map<Class<?>, RecordComponent[]> components = new java.util.HashMap<>();

    /** @param problems receives (JSON pointer, message) for each problem */
    ShapeChecker(BiConsumer<String, String> problems) {
        this.problems = problems;
    }

    /** Reports every problem of {@code node} against {@code type}; true when there were none. */
    boolean check(JsonNode node, Type type, String pointer) {
        if (type == String.class) {
            return expect(node.isTextual(), node, pointer, "a string");
        }
        if (type == int.class || type == Integer.class) {
            return expect(node.isIntegralNumber(), node, pointer, "a whole number");
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!expect(node.isArray(), node, pointer, "an array")) {
                return false;
            }
            boolean ok = true;
            for (int i = 0; i < node.size(); i++) {
                ok &= check(node.get(i), list.getActualTypeArguments()[0], pointer + "/" + i);
            }
            return ok;
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            return checkRecord(node, c, pointer);
        }
        throw new IllegalArgumentException("no shape rule for " + type);
    }

    private boolean checkRecord(JsonNode node, Class<?> type, String pointer) {
        if (!expect(node.isObject(), node, pointer, "an object")) {
            return false;
        }
        boolean ok = true;
        RecordComponent[] fields = components.computeIfAbsent(type, Class::getRecordComponents);
        for (RecordComponent component : fields) {
            String name = component.getName();
            String child = pointer + "/" + LocatedJson.escape(name);
            JsonNode value = node.get(name);
            boolean optional = component.isAnnotationPresent(OptionalField.class);
            if (value == null || value.isNull()) {
                if (!optional) {
                    problems.accept(child, "required field \"" + name + "\" is " + (value == null ? "missing" : "null"));
                    ok = false;
                }
            } else {
                ok &= check(value, component.getGenericType(), child);
            }
        }
        Set<String> known = Arrays.stream(fields).map(RecordComponent::getName).collect(Collectors.toSet());
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.accept(pointer + "/" + LocatedJson.escape(name), "unknown field \"" + name
                        + "\" (allowed: " + Arrays.stream(fields).map(RecordComponent::getName)
                        .collect(Collectors.joining(", ")) + ")");
                ok = false;
            }
        }
        return ok;
    }

    private boolean expect(boolean condition, JsonNode node, String pointer, String expected) {
        if (!condition) {
            problems.accept(pointer, "expected " + expected + ", found " + describe(node));
        }
        return condition;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "the string \"" + abbreviate(node.asText()) + "\"";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
