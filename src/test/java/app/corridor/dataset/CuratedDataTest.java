package app.corridor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.canonical.CanonicalJson;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The dataset in the repository: valid, sources untouched, every quote verbatim. */
class CuratedDataTest {

    private static final Path DATA = Path.of("data");

    private static LoadResult load() {
        return new DatasetLoader().load(new DirectoryDatasetFiles(DATA), DatasetLoader.DATASET_FILE);
    }

    @Test
    void theRepositoryDatasetHasNoProblems() {
        assertThat(load().problems()).isEmpty();
    }

    @Test
    void eachSourceFileIsByteIdenticalToTheChecksumRecordedForItsOriginal() throws IOException {
        Dataset d = load().dataset();
        assertThat(d.sources()).hasSize(5);
        for (Source s : d.sources()) {
            byte[] bytes = Files.readAllBytes(DATA.resolve(s.file()));
            assertThat(Hashing.sha256(bytes)).as(s.file()).isEqualTo(s.sha256());
        }
    }

    @Test
    void everyQuoteIsAnExactSubstringOfItsSourceAtItsRecordedOffsets() {
        Dataset d = load().dataset();
        for (Event e : d.events()) {
            for (Quote q : e.quotes()) {
                String text = d.sourceTexts().get(q.sourceId());
                assertThat(text.substring(q.start(), q.end())).as(e.id()).isEqualTo(q.text());
            }
        }
    }

    @Test
    void theDatasetCoversTheExchangesCorridorWasConceivedFor() {
        Dataset d = load().dataset();
        assertThat(d.events()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(d.events().stream().flatMap(e -> e.quotes().stream()).map(Quote::sourceId).distinct())
                .as("every source is used").containsExactlyInAnyOrderElementsOf(
                        d.sources().stream().map(Source::id).toList());
        assertThat(d.events()).extracting(Event::kind).contains(EventKind.STATE_VISIT, EventKind.OFFICIAL_VISIT,
                EventKind.PARTY_PLENUM, EventKind.PARTY_CONFERENCE, EventKind.SUMMIT);
        assertThat(d.events()).extracting(Event::title).anySatisfy(t -> assertThat(t).contains("Third Plenary Session"))
                .anySatisfy(t -> assertThat(t).contains("Joint Consultation Mechanism"))
                .anySatisfy(t -> assertThat(t).contains("Forum on China–Africa Cooperation"));
    }

    @Test
    void everyActorTakesPartInAnEventAndPeopleHaveTheirNameInTheirOwnScriptWhereKnown() {
        Dataset d = load().dataset();
        for (var actor : d.actors()) {
            assertThat(d.events()).as(actor.id()).anySatisfy(e -> assertThat(e.involves(actor.id())).isTrue());
        }
        assertThat(d.actor("xi-jinping").orElseThrow().nativeName()).isEqualTo("习近平");
        assertThat(d.actor("asif-ali-zardari").orElseThrow().nativeName()).isEqualTo("آصف علی زرداری");
    }

    @Test
    void theRepositoryDatasetIsInCanonicalForm() throws Exception {
        Path file = DATA.resolve(DatasetLoader.DATASET_FILE);
        CanonicalJson.Formatted formatted = CanonicalJson.format(Files.readAllBytes(file), file.toString());
        assertThat(formatted.difference()).as("run: ./corridor fmt data/events.json").isEmpty();
    }

    @Test
    void theBundledCopyInsideTheAppIsTheSameDataset() {
        LoadResult bundled = new DatasetLoader().load(ClasspathDatasetFiles.bundled(), DatasetLoader.DATASET_FILE);
        assertThat(bundled.problems()).isEmpty();
        assertThat(bundled.contentHash()).isEqualTo(load().contentHash());
    }
}
