package app.corridor.dataset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random JSON documents that look like a dataset often enough to get past the first checks: keys
 * from the format's own field names (and a few others), values of every type, nesting of any depth.
 */
final class RandomJson {

    private static final String[] KEYS = {
        "schemaVersion", "title", "sources", "actors", "events", "id", "file", "sha256", "author", "published",
        "url", "note", "name", "nativeName", "country", "kind", "roles", "from", "to", "date", "location",
        "summary", "quotes", "source", "text", "actor", "part", "", "x", "id\u0000", "~1/",
    };

    private RandomJson() {
    }

    /** Whole documents: mostly an object at the top, sometimes anything. */
    static Arbitrary<String> documents() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, object(3)),
                net.jqwik.api.Tuple.of(1, value(2)));
    }

    private static Arbitrary<String> value(int depth) {
        if (depth == 0) {
            return scalar();
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalar()),
                net.jqwik.api.Tuple.of(2, Arbitraries.lazy(() -> object(depth - 1))),
                net.jqwik.api.Tuple.of(2, Arbitraries.lazy(() -> array(depth - 1))));
    }

    private static Arbitrary<String> object(int depth) {
        Arbitrary<String> field = Combinators.combine(Arbitraries.of(KEYS), value(depth))
                .as((k, v) -> "\"" + k.replace("\u0000", "\\u0000") + "\": " + v);
        return field.list().ofMaxSize(6).map(fields -> "{" + String.join(", ", fields) + "}");
    }

    private static Arbitrary<String> array(int depth) {
        return value(depth).list().ofMaxSize(4).map(items -> "[" + String.join(",\n", items) + "]");
    }

    private static Arbitrary<String> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "1", "0", "-1", "1.5", "1e999", "1e-2147483649", "4294967297",
                        "\"2024-06-07\"", "\"2024-06\"", "\"state-visit\"", "\"CN\"", "\"person\"", "\"guest\"",
                        "\"sources/speech.txt\"", "\"speech\"", "\"president-a\"",
                        "\"039ad4f519bf2647f3f5e9cc76453249025765ded5fd747b42a58cf0983082e5\""),
                Arbitraries.strings().ofMaxLength(30).map(RandomJson::quoted));
    }

    /** A JSON string literal for any Java string, lone surrogates and control characters included. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
