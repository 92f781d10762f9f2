package app.corridor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.model.Participation;
import app.corridor.model.Precision;
import app.corridor.model.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset {@code corridor generate} writes: valid, the same per seed, and shaped like real data. */
class DatasetGeneratorTest {

    @TempDir
    Path dir;

    private static final Dataset TEN_THOUSAND = DatasetGenerator.generate(10_000, 7);

    @Test
    void whatIsWrittenValidatesAndReadsBackAsGenerated() throws IOException {
        Dataset generated = DatasetGenerator.generate(2_000, 3);
        Path file = DatasetWriter.write(generated, dir, false);
        LoadResult loaded = new DatasetLoader().load(new DirectoryDatasetFiles(dir), file.getFileName().toString());
        assertThat(loaded.problems()).isEmpty();
        Dataset read = loaded.dataset();
        assertThat(read.events()).hasSize(2_000);
        // The file is in the canonical order (events by date, actors and sources by id).
        assertThat(read.events())
                .containsExactlyInAnyOrderElementsOf(generated.events());
        assertThat(read.actors()).containsExactlyInAnyOrderElementsOf(generated.actors());
        assertThat(read.sources()).containsExactlyInAnyOrderElementsOf(generated.sources());
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherOnes() throws IOException {
        DatasetWriter.write(DatasetGenerator.generate(500, 42), dir.resolve("a"), false);
        DatasetWriter.write(DatasetGenerator.generate(500, 42), dir.resolve("b"), false);
        DatasetWriter.write(DatasetGenerator.generate(500, 43), dir.resolve("c"), false);
        assertThat(tree(dir.resolve("a"))).isEqualTo(tree(dir.resolve("b")));
        assertThat(Files.readString(dir.resolve("a/events.json"))).isNotEqualTo(Files.readString(dir.resolve("c/events.json")));
    }

    @Test
    void anExistingDatasetIsNotReplacedUnlessAsked() throws IOException {
        Path file = DatasetWriter.write(DatasetGenerator.generate(10, 1), dir, false);
        String before = Files.readString(file);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DatasetWriter.write(DatasetGenerator.generate(10, 2), dir, false))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo(before);
        DatasetWriter.write(DatasetGenerator.generate(10, 2), dir, true);
        assertThat(Files.readString(file)).isNotEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("events.json", "sources");
        }
    }

    @Test
    void everyKindPrecisionAndQualifierOccurs() {
        List<Event> events = TEN_THOUSAND.events();
        assertThat(events.stream().map(Event::kind).distinct()).containsExactlyInAnyOrder(EventKind.values());
        assertThat(events.stream().map(e -> e.date().start().precision()).distinct())
                .containsExactlyInAnyOrder(Precision.values());
        assertThat(events).anySatisfy(e -> assertThat(e.date().isInterval()).isTrue());
        List<PartialDate> starts = events.stream().map(e -> e.date().start()).toList();
        assertThat(starts).anySatisfy(d -> assertThat(d.toEdtf()).endsWith("~"))
                .anySatisfy(d -> assertThat(d.toEdtf()).endsWith("?"))
                .anySatisfy(d -> assertThat(d.toEdtf()).endsWith("%"));
        assertThat(starts.stream().mapToInt(PartialDate::year).min().orElseThrow()).isLessThan(1960);
        assertThat(starts.stream().filter(d -> d.year() >= 2008).count()).isGreaterThan(events.size() / 3);
    }

    @Test
    void hundredsOfActorsWithALongTail() {
        assertThat(TEN_THOUSAND.actors()).hasSizeBetween(200, 1000);
        Map<String, Long> eventsPerActor = TEN_THOUSAND.events().stream().flatMap(e -> e.participants().stream())
                .collect(Collectors.groupingBy(Participation::actorId, Collectors.counting()));
        List<Long> counts = eventsPerActor.values().stream().sorted(Comparator.reverseOrder()).toList();
        assertThat(counts.get(0)).as("the busiest actor").isGreaterThan(20 * counts.get(counts.size() / 2));
        assertThat(TEN_THOUSAND.actors()).extracting(Actor::nativeName).anySatisfy(n -> assertThat(n).isNotNull());
    }

    @Test
    void manySourcesNoneOfThemGiantAndQuotesThatAreRealStretchesOfThem() {
        Dataset d = TEN_THOUSAND;
        assertThat(d.sources()).hasSizeGreaterThanOrEqualTo(200);
        long total = d.sourceTexts().values().stream().mapToLong(String::length).sum();
        assertThat(d.sourceTexts().values()).allSatisfy(t -> assertThat((long) t.length()).isLessThan(total / 20));
        Map<String, String> texts = d.sourceTexts();
        List<Quote> quotes = d.events().stream().flatMap(e -> e.quotes().stream()).toList();
        assertThat(quotes).allSatisfy(q -> assertThat(texts.get(q.sourceId()).substring(q.start(), q.end()))
                .isEqualTo(q.text()));
        assertThat(quotes.size()).isBetween(13_000, 18_000);
        // Some are typed with other whitespace than the source's: they need the whitespace-tolerant match.
        assertThat(quotes.stream().filter(q -> !q.text().equals(DatasetWriter.typed(q.text()))).count())
                .isGreaterThan(quotes.size() / 50);
        assertThat(quotes.stream().collect(Collectors.groupingBy(Quote::sourceId, Collectors.counting())).size())
                .as("sources quoted").isGreaterThan(d.sources().size() / 2);
    }

    @Test
    void idsAreSlugsAndUnique() {
        List<String> ids = Stream.of(TEN_THOUSAND.events().stream().map(Event::id),
                TEN_THOUSAND.actors().stream().map(Actor::id)).flatMap(Function.identity()).toList();
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(DatasetLoader.isSlug(id)).as(id).isTrue());
    }

    private static Map<String, String> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(p -> root.relativize(p).toString(),
                    p -> {
                        try {
                            return Hashing.sha256(Files.readAllBytes(p));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
        }
    }
}
