package app.corridor.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A JSON tree that remembers where each value stands in the text, so a problem found later (a
 * bad date, an unknown actor) can still be reported as {@code line:column}. Jackson's own tree
 * forgets positions, hence this small builder over its streaming parser.
 */
public final class LocatedJson {

    /** Line and column, both 1-based. */
    public record Position(int line, int column) {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonNode root;
    private final Map<String, Position> positions;

    private LocatedJson(JsonNode root, Map<String, Position> positions) {
        this.root = root;
        this.positions = positions;
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts; for a missing value, its nearest present ancestor. */
    public Position positionOf(String pointer) {
        String p = pointer;
        while (true) {
            Position pos = positions.get(p);
            if (pos != null || p.isEmpty()) {
                return pos == null ? new Position(1, 1) : pos;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /**
     * Parses {@code text}; a duplicate key is not an error here but is passed to
     * {@code duplicateKeys} (pointer of the duplicate) so it joins the other problems.
     *
     * @throws JsonProcessingException on a syntax error, with its location
     */
    public static LocatedJson parse(String text, BiConsumer<String, Position> duplicateKeys) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            Map<String, Position> positions = new HashMap<>();
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "the file is empty");
            }
            JsonNode root = new Builder(parser, positions, duplicateKeys).value("");
            if (parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser,
                        "unexpected content after the end of the top-level value");
            }
            return new LocatedJson(root, positions);
        }
    }

    /** Escapes a key for use in a JSON Pointer (RFC 6901). */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private record Builder(JsonParser parser, Map<String, Position> positions,
                           BiConsumer<String, Position> duplicateKeys) {

        JsonNode value(String pointer) throws IOException {
            JsonLocation loc = parser.currentTokenLocation();
            positions.put(pointer, new Position(loc.getLineNr(), loc.getColumnNr()));
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(pointer);
                case START_ARRAY -> array(pointer);
                case VALUE_STRING -> nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT -> nodes.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
                case VALUE_TRUE -> nodes.booleanNode(true);
                case VALUE_FALSE -> nodes.booleanNode(false);
                case VALUE_NULL -> nodes.nullNode();
                default -> throw new com.fasterxml.jackson.core.JsonParseException(parser,
                        "unexpected " + token);
            };
        }

        private ObjectNode object(String pointer) throws IOException {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String child = pointer + "/" + escape(key);
                parser.nextToken();
                if (node.has(key)) {
                    JsonLocation loc = parser.currentTokenLocation();
                    duplicateKeys.accept(child, new Position(loc.getLineNr(), loc.getColumnNr()));
                }
                node.set(key, value(child));
            }
            return node;
        }

        private ArrayNode array(String pointer) throws IOException {
            ArrayNode node = JsonNodeFactory.instance.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(pointer + "/" + index++));
            }
            return node;
        }
    }
}
