package app.corridor.curate;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.dataset.DatasetGenerator;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DatasetWriter;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.Problem;
import app.corridor.dataset.canonical.DatasetDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LiveValidatorTest {

    @TempDir
    Path dir;

    private List<Problem> live(Path file) throws Exception {
        return new LiveValidator(file).validate(DatasetDocuments.read(Files.readAllBytes(file), file.toString()))
                .problems().stream().map(Validation.FieldProblem::problem).toList();
    }

    private List<Problem> fromFile(Path file) {
        return new DatasetLoader().load(new DirectoryDatasetFiles(file.getParent()), file.getFileName().toString())
                .problems();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSourceLinkedOutsideSourcesIsRefusedInCuratorModeAsByValidateAndItsTextNeverShown() throws Exception {
        Path file = Fixtures.miniWithSourceLinkedOutside(dir);

        List<Problem> live = live(file);
        assertThat(live).extracting(Problem::message).anyMatch(m -> m.contains("outside sources/"))
                .noneMatch(m -> m.contains("Top secret") || m.contains("matches up to"));
        assertThat(live).extracting(Problem::message).isEqualTo(messages(fromFile(file)));
    }

    @Test
    void aSourceOverTheSourceLimitIsRefusedInCuratorModeAsByValidate() throws Exception {
        Path file = Fixtures.mini(dir);
        Path article = dir.resolve("sources/article.txt");
        Files.write(article, new byte[(int) DatasetLoader.MAX_SOURCE_BYTES + 1]);

        List<Problem> live = live(file);
        assertThat(live).extracting(Problem::message).anyMatch(m -> m.contains("a source file may be at most 8 MB"));
        assertThat(live).extracting(Problem::message).isEqualTo(messages(fromFile(file)));
    }

    /**
     * Edits of some events are checked alone (the result has no content hash: nothing was written
     * whole), and give what the full check of the whole document gives; anything else, and any
     * problem, goes to the full check, whose problems are the validator's own.
     */
    @Test
    void aCheckAfterAnEditOfSomeEventsGivesWhatTheWholeCheckGives() throws Exception {
        Path file = DatasetWriter.write(DatasetGenerator.generate(400, 3), dir.resolve("big"), false);
        LiveValidator live = new LiveValidator(file);
        DatasetDto doc = DatasetDocuments.read(Files.readAllBytes(file), file.toString());
        assertThat(live.validate(doc).result().contentHash()).as("the first check is whole").isNotNull();
        EventDto first = doc.events().get(0);
        EventDto other = doc.events().get(200);

        doc = sameAsWhole(live, file, withEvent(doc, 5, e -> ReviewEdits.withTitle(e, "Talks, retitled")), true);
        doc = sameAsWhole(live, file, withEvent(doc, 7, e -> ReviewEdits.withDate(e, "2031-02-03")), true);
        doc = sameAsWhole(live, file, withEvent(doc, 9, e -> withQuotes(e, other.quotes())), true);
        List<EventDto> added = new ArrayList<>(doc.events());
        added.add(new EventDto("talks-added", first.title(), first.kind(), "1999-09-09", null, other.actors(),
                "Added.", null, first.quotes()));
        doc = sameAsWhole(live, file, withEvents(doc, added), true);
        List<EventDto> removed = new ArrayList<>(doc.events());
        removed.remove(11);
        doc = sameAsWhole(live, file, withEvents(doc, removed), true);

        // A problem, an id used twice, an unknown actor: the whole check, with its problems.
        DatasetDto bad = sameAsWhole(live, file, withEvent(doc, 3, e -> withQuotes(e,
                List.of(new QuoteDto(e.quotes().get(0).source(), "words no source has")))), false);
        List<EventDto> twice = new ArrayList<>(doc.events());
        twice.add(ReviewEdits.withTitle(twice.get(20), "A second event with the same id"));
        sameAsWhole(live, file, withEvents(doc, twice), false);
        sameAsWhole(live, file, withEvent(doc, 4, e -> new EventDto(e.id(), e.title(), e.kind(), e.date(),
                e.location(), List.of(new ParticipationDto("nobody-known", "host")), e.summary(), e.note(),
                e.quotes())), false);
        // Fixed again: back to checking the changed events alone, from the last valid document.
        EventDto before = doc.events().get(3);
        sameAsWhole(live, file, withEvent(bad, 3, e -> ReviewEdits.withTitle(before, "Fixed")), true);

        // An actor renamed: the whole check.
        List<ActorDto> actors = new ArrayList<>(doc.actors());
        ActorDto a = actors.get(0);
        actors.set(0, new ActorDto(a.id(), a.name() + " Jr.", a.nativeName(), a.country(), a.kind(), a.roles()));
        DatasetDto renamed = new DatasetDto(doc.schemaVersion(), doc.title(), doc.sources(), actors, doc.events());
        assertThat(sameAsWhole(live, file, renamed, false)).isNotNull();

        // A source file changed on disk: the whole check, which finds it.
        Path source = file.resolveSibling(doc.sources().get(0).file());
        Files.writeString(source, Files.readString(source) + " An added line.");
        Validation changedSource = live.validate(withEvent(renamed, 6, e -> ReviewEdits.withTitle(e, "After")));
        assertThat(changedSource.isValid()).isFalse();
        assertThat(changedSource.problems()).extracting(p -> p.problem().message())
                .anyMatch(m -> m.contains("differs from its recorded checksum"));
    }

    /**
     * Checks {@code next} with {@code live} and with a new validator (always whole), asserts they agree
     * and whether {@code live} took the shortcut; returns {@code next}.
     */
    private static DatasetDto sameAsWhole(LiveValidator live, Path file, DatasetDto next, boolean alone) {
        Validation checked = live.validate(next);
        Validation whole = new LiveValidator(file).validate(next);
        assertThat(checked.result().contentHash() == null).as("checked alone").isEqualTo(alone);
        assertThat(checked.isValid()).isEqualTo(whole.isValid());
        if (whole.isValid()) {
            assertThat(checked.dataset().events()).isEqualTo(whole.dataset().events());
            assertThat(checked.dataset().sources()).isEqualTo(whole.dataset().sources());
            assertThat(checked.dataset().actors()).isEqualTo(whole.dataset().actors());
            assertThat(checked.dataset().title()).isEqualTo(whole.dataset().title());
        } else {
            assertThat(checked.problems()).isEqualTo(whole.problems());
        }
        return next;
    }

    private static DatasetDto withEvent(DatasetDto doc, int index, UnaryOperator<EventDto> change) {
        List<EventDto> events = new ArrayList<>(doc.events());
        events.set(index, change.apply(events.get(index)));
        return withEvents(doc, events);
    }

    private static DatasetDto withEvents(DatasetDto doc, List<EventDto> events) {
        return new DatasetDto(doc.schemaVersion(), doc.title(), doc.sources(), doc.actors(), List.copyOf(events));
    }

    private static EventDto withQuotes(EventDto e, List<QuoteDto> quotes) {
        return new EventDto(e.id(), e.title(), e.kind(), e.date(), e.location(), e.actors(), e.summary(), e.note(),
                quotes);
    }

    /** What the problems say (the fixture is not in canonical order, so their places differ). */
    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }
}
