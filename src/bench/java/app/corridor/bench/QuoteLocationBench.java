package app.corridor.bench;

import app.corridor.dataset.QuoteLocator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Locating every quote of a generated dataset in its source, as validation does: each source
 * indexed once, then each of its quotes (as written in {@code events.json}) looked up. The legacy
 * locator (a search from the start per quote, a regular expression per quote that differs in
 * whitespace) is measured beside it on the same quotes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class QuoteLocationBench {

    @Param({"1000", "10000", "100000"})
    public int events;

    private Map<String, String> texts;
    /** Per source id, its quotes as the dataset file has them. */
    private Map<String, List<String>> quotes;

    @Setup
    public void read() throws IOException {
        Path dir = BenchData.folder(events);
        JsonNode root = new ObjectMapper().readTree(dir.resolve("events.json").toFile());
        texts = new HashMap<>();
        for (JsonNode s : root.get("sources")) {
            texts.put(s.get("id").asText(), Files.readString(dir.resolve(s.get("file").asText())));
        }
        quotes = new LinkedHashMap<>();
        for (JsonNode e : root.get("events")) {
            for (JsonNode q : e.get("quotes")) {
                quotes.computeIfAbsent(q.get("source").asText(), k -> new ArrayList<>()).add(q.get("text").asText());
            }
        }
    }

    @Benchmark
    public int indexed() {
        int found = 0;
        for (Map.Entry<String, List<String>> e : quotes.entrySet()) {
            QuoteLocator index = QuoteLocator.index(texts.get(e.getKey()));
            for (String quote : e.getValue()) {
                found += index.locate(quote).isPresent() ? 1 : 0;
            }
        }
        return check(found);
    }

    @Benchmark
    public int legacy() {
        int found = 0;
        for (Map.Entry<String, List<String>> e : quotes.entrySet()) {
            String text = texts.get(e.getKey());
            for (String quote : e.getValue()) {
                found += LegacyQuoteLocator.locate(text, quote) >= 0 ? 1 : 0;
            }
        }
        return check(found);
    }

    private int check(int found) {
        int all = quotes.values().stream().mapToInt(List::size).sum();
        if (found != all) {
            throw new IllegalStateException(found + " of " + all + " quotes found");
        }
        return found;
    }
}
