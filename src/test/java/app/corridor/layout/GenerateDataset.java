package app.corridor.layout;

import app.corridor.dataset.Hashing;
import app.corridor.model.Event;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a valid dataset of generated events, to try the app at scale:
 * <pre>java -cp "target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' :)" app.corridor.layout.GenerateDataset /tmp/big 10000
 * ./corridor --dataset /tmp/big/events.json --store-dir /tmp/big-store</pre>
 */
public final class GenerateDataset {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/generated-dataset");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<Event> events = SyntheticEvents.generate(n, 11);
        StringBuilder text = new StringBuilder("Generated source text.\n");
        for (Event e : events) {
            text.append("Quote for ").append(e.id()).append(".\n");
        }
        Files.createDirectories(dir.resolve("sources"));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("sources/generated.txt"), bytes);
        List<Map<String, Object>> actors = new ArrayList<>();
        SyntheticEvents.ACTORS.forEach(a -> actors.add(Map.of("id", a.id(), "name", a.name(), "country",
                a.country().code(), "kind", a.kind().code())));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("title", e.title().strip());
            m.put("kind", e.kind().code());
            m.put("date", e.date().toEdtf());
            m.put("actors", e.participants().stream().map(p -> Map.of("actor", p.actorId(), "part", p.part().code()))
                    .toList());
            m.put("summary", e.summary());
            m.put("quotes", List.of(Map.of("source", "generated", "text", "Quote for " + e.id() + ".")));
            out.add(m);
        }
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("schemaVersion", 1);
        dataset.put("title", n + " generated events");
        dataset.put("sources", List.of(Map.of("id", "generated", "file", "sources/generated.txt", "sha256",
                Hashing.sha256(bytes), "title", "Generated source")));
        dataset.put("actors", actors);
        dataset.put("events", out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("events.json").toFile(),
                dataset);
        System.out.println("wrote " + dir.resolve("events.json") + " with " + n + " events");
    }
}
