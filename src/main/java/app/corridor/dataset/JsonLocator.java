package app.corridor.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds where values stand in a JSON file, given their JSON Pointers: the file is read again, only
 * when some problem needs a place, and only the containers on the way to a wanted value are entered.
 * Keeping a position for every value of a large dataset instead would cost more than the reading.
 */
final class JsonLocator {

    private JsonLocator() {
    }

    /**
     * The byte offset of each value named in {@code pointers}; a pointer to a value that is absent
     * gets its nearest present ancestor's offset. The first of repeated keys wins.
     */
    static Map<String, Long> offsets(byte[] json, Collection<String> pointers) throws IOException {
        Set<String> wanted = new HashSet<>();
        for (String p : pointers) {
            for (String q = p; ; q = q.substring(0, q.lastIndexOf('/'))) {
                if (!wanted.add(q) || q.isEmpty()) {
                    break;
                }
            }
        }
        Map<String, Long> found = new HashMap<>();
        try (JsonParser parser = JsonLimits.FACTORY.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    found.putIfAbsent(pointer, parser.currentTokenLocation().getByteOffset());
                } else if (token.isStructStart()) {
                    parser.skipChildren();
                }
            }
        }
        Map<String, Long> out = new HashMap<>();
        for (String p : pointers) {
            for (String q = p; ; q = q.substring(0, q.lastIndexOf('/'))) {
                Long offset = found.get(q);
                if (offset != null || q.isEmpty()) {
                    out.put(p, offset == null ? 0L : offset);
                    break;
                }
            }
        }
        return out;
    }
}
