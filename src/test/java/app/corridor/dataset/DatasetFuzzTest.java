package app.corridor.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.corridor.model.Event;
import app.corridor.model.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing kept in the suite: thousands of damaged, mutated and random datasets, each of which must
 * give either a clean dataset or problems that say where and what — never an uncaught exception, a
 * hang or an out-of-memory error.
 *
 * <p>Each property runs {@code jqwik.tries.default} inputs: 700 in the default run (2,100 in all,
 * a few seconds), set by the Maven property {@code corridor.fuzz.tries}. The long run:
 * {@code ./mvnw test -Dtest=DatasetFuzzTest -Dcorridor.fuzz.tries=100000}.
 * A failure prints the seed, which jqwik replays: {@code @Property(seed = "…")}.
 */
class DatasetFuzzTest {

    /** A hang guard per input, not a speed target: the inputs are at most a few megabytes. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static final Map<String, byte[]> MINI = readTree("/fixtures/mini");
    private static final Map<String, byte[]> CURATED = readDir(Path.of("data"));

    @Provide
    Arbitrary<FuzzInput> mutatedDatasets() {
        return Arbitraries.longs().flatMap(seed -> Arbitraries.integers().between(1, 4).map(count ->
                FuzzInput.mutate(seed % 5 == 0 ? CURATED : MINI, seed, count)));
    }

    @Property
    void aMutatedDatasetGivesLocatedProblemsOrACleanDataset(@ForAll("mutatedDatasets") FuzzInput input) {
        check(input);
    }

    @Provide
    Arbitrary<FuzzInput> randomJson() {
        return RandomJson.documents().map(FuzzInput::withEvents);
    }

    @Property
    void randomJsonGivesLocatedProblemsOrACleanDataset(@ForAll("randomJson") FuzzInput input) {
        check(input);
    }

    @Provide
    Arbitrary<FuzzInput> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)
                .map(bytes -> new FuzzInput("random bytes", bytes, MINI));
    }

    @Property
    void randomBytesGiveLocatedProblems(@ForAll("randomBytes") FuzzInput input) {
        check(input);
    }

    private static void check(FuzzInput input) {
        Map<String, byte[]> files = new LinkedHashMap<>(input.sources());
        files.put("events.json", input.events());
        MemoryDatasetFiles memory = new MemoryDatasetFiles(files);
        LoadResult result = assertTimeoutPreemptively(BOUND, () -> new DatasetLoader().load(memory, "events.json"),
                () -> "no answer within " + BOUND + " for " + input);
        Statistics.label("outcome").collect(result.isValid() ? "clean dataset" : "problems");
        if (result.isValid()) {
            for (Event e : result.dataset().events()) {
                for (Quote q : e.quotes()) {
                    assertThat(result.dataset().sourceTexts().get(q.sourceId()).substring(q.start(), q.end()))
                            .as("quote of %s is verbatim", e.id()).isEqualTo(q.text());
                }
            }
            return;
        }
        assertThat(result.problems()).isNotEmpty();
        for (Problem p : result.problems()) {
            assertThat(p.file()).isEqualTo("mem/events.json");
            assertThat(p.line()).as("line of %s", p).isPositive();
            assertThat(p.column()).as("column of %s", p).isPositive();
            assertThat(p.message()).as("message of %s", p).isNotBlank()
                    .doesNotContain("Exception").doesNotContain("com.fasterxml").doesNotContain("StreamReadConstraints")
                    .doesNotContain("java.");
            assertThat(p.pointer()).as("pointer of %s", p).matches("(/[^/]*)*");
        }
    }

    private static Map<String, byte[]> readTree(String resource) {
        try {
            return readDir(Path.of(DatasetFuzzTest.class.getResource(resource).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> readDir(Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files).containsKey("events.json");
        return files;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
