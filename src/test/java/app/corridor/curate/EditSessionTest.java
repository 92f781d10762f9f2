package app.corridor.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.Fixtures;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.Problem;
import app.corridor.dataset.canonical.CanonicalJson;
import app.corridor.dataset.canonical.SafeSave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditSessionTest {

    @TempDir
    Path dir;

    private EditSession session;

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    private EditSession open() throws Exception {
        Path file = Files.exists(dir.resolve("events.json")) ? dir.resolve("events.json") : Fixtures.mini(dir);
        session = EditSession.open(file);
        return session;
    }

    static EventDto newEvent(String id, String date) {
        return new EventDto(id, "Talks in Islamabad", "meeting", date, "Islamabad, Pakistan",
                List.of(new ParticipationDto("president-a", "guest")), "They talked.", null, List.of());
    }

    private EventDto event(String id) {
        return session.document().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void addEditDuplicateAndDeleteAnEventEachUndoableWithItsName() throws Exception {
        open();
        session.apply(new Edit.PutEvent(null, newEvent("talks-2021", "2021-05-04")));
        assertThat(session.document().events()).extracting(EventDto::id).contains("talks-2021");
        EventDto talks = event("talks-2021");
        session.apply(new Edit.PutEvent("talks-2021", ReviewEdits.withTitle(talks, "Talks in Lahore")));
        session.apply(Edit.duplicateEvent(session.document(), "talks-2021"));
        assertThat(event("talks-2021-copy").title()).isEqualTo("Talks in Lahore (copy)");
        session.apply(new Edit.DeleteEvent("talks-2021-copy"));
        assertThat(session.state().undoLabel()).contains("Delete event “talks-2021-copy”");

        session.undo();
        assertThat(session.document().events()).extracting(EventDto::id).contains("talks-2021-copy");
        session.undo();
        session.undo();
        assertThat(event("talks-2021").title()).isEqualTo("Talks in Islamabad");
        assertThat(session.state().redoLabel()).contains("Edit event “Talks in Lahore”");
        session.redo();
        assertThat(event("talks-2021").title()).isEqualTo("Talks in Lahore");
    }

    @Test
    void theDirtyFlagFollowsTheDocumentBackToWhatIsSaved() throws Exception {
        open();
        assertThat(session.isDirty()).isFalse();
        session.apply(new Edit.SetTitle("Another title"));
        assertThat(session.isDirty()).isTrue();
        session.undo();
        assertThat(session.isDirty()).isFalse();
        session.redo();
        session.save();
        assertThat(session.isDirty()).isFalse();
    }

    /** Back at the file as opened, a check may start from the dataset the window shows again. */
    @Test
    void undoBackToTheFileAsOpenedIsThatDocumentItself() throws Exception {
        open();
        app.corridor.dataset.LoadResult shown = new DatasetLoader().load(new DirectoryDatasetFiles(dir),
                DatasetLoader.DATASET_FILE);
        DatasetDto opened = session.document();
        session.apply(new Edit.SetTitle("Another title"));
        session.apply(new Edit.PutEvent(null, newEvent("talks-2021", "2021-05-04")));
        session.undo();
        session.undo();
        assertThat(session.document()).isSameAs(opened);
        assertThat(session.validate(shown.dataset(), shown.contentHash()).result().contentHash())
                .as("taken from the dataset shown, not checked whole").isNull();
    }

    @Test
    void listenersHearEveryChange() throws Exception {
        open();
        List<EditSession.State> states = new ArrayList<>();
        session.addListener(states::add);
        session.apply(new Edit.SetTitle("T2"));
        session.undo();
        assertThat(states).extracting(EditSession.State::dirty).containsExactly(true, false);
        assertThat(states.get(0).document().title()).isEqualTo("T2");
        assertThat(states.get(1).redoLabel()).contains("Rename the dataset");
    }

    @Test
    void anIdIsNeverTakenTwiceAndWhatIsReferredToIsNotDeleted() throws Exception {
        open();
        DatasetDto before = session.document();
        assertThatThrownBy(() -> session.apply(new Edit.PutEvent(null, newEvent("letters-2024", "2024"))))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("already an event with the id “letters-2024”");
        assertThatThrownBy(() -> session.apply(new Edit.DeleteActor("president-a")))
                .hasMessageContaining("takes part in 3 events (president-b-visit, second-conference, letters-2024)");
        assertThatThrownBy(() -> session.apply(new Edit.DeleteSource("article")))
                .hasMessageContaining("is quoted by 2 events");
        assertThatThrownBy(() -> session.apply(new Edit.DeleteEvent("nope")))
                .hasMessageContaining("There is no event with the id “nope”");
        assertThat(session.document()).isSameAs(before);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void renamingAnActorOrASourceFollowsItEverywhere() throws Exception {
        open();
        ActorDto a = session.document().actors().stream().filter(x -> x.id().equals("president-a")).findFirst()
                .orElseThrow();
        session.apply(new Edit.PutActor("president-a", new ActorDto("xi", a.name(), a.nativeName(), a.country(),
                a.kind(), a.roles())));
        assertThat(session.document().events()).flatExtracting(EventDto::actors).extracting(ParticipationDto::actor)
                .doesNotContain("president-a").contains("xi");
        var s = session.document().sources().stream().filter(x -> x.id().equals("speech")).findFirst().orElseThrow();
        session.apply(new Edit.PutSource("speech", new app.corridor.dataset.Dto.SourceDto("talk", s.file(), s.sha256(),
                s.title(), s.author(), s.authorRole(), s.outlet(), s.published(), s.url(), s.note())));
        assertThat(session.document().events()).flatExtracting(EventDto::quotes).extracting(QuoteDto::source)
                .containsOnly("talk", "article");
        assertThat(session.validate().problems()).isEmpty();
    }

    @Test
    void attachTrimAndRemoveAQuoteBySelection() throws Exception {
        open();
        session.apply(new Edit.PutEvent(null, newEvent("talks-2021", "2021-05-04")));
        QuoteAttachment article = session.quotesFrom("article");
        String text = Files.readString(dir.resolve("sources/article.txt"));
        int start = text.indexOf("Leaders exchanged");
        QuoteAttachment.Selection q = article.select(start, text.indexOf(" and met"));
        session.apply(new Edit.PutQuote("talks-2021", -1, q.toDto()));
        assertThat(event("talks-2021").quotes()).containsExactly(new QuoteDto("article", "Leaders exchanged letters in 2024"));
        session.apply(new Edit.PutQuote("talks-2021", 0, article.trimEnd(q, text.indexOf(" in 2024")).toDto()));
        assertThat(event("talks-2021").quotes().get(0).text()).isEqualTo("Leaders exchanged letters");
        assertThat(session.validate().problems()).isEmpty();
        session.apply(new Edit.RemoveQuote("talks-2021", 0));
        assertThat(event("talks-2021").quotes()).isEmpty();
        assertThatThrownBy(() -> session.apply(new Edit.RemoveQuote("talks-2021", 0)))
                .hasMessageContaining("has no quote number 1");
    }

    @Test
    void liveValidationGivesTheValidatorsOwnProblemsEachWithItsField() throws Exception {
        open();
        session.apply(new Edit.PutEvent(null, newEvent("talks-2021", "2021-05-04")));
        EventDto airport = event("airport-opens");
        session.apply(new Edit.PutEvent("airport-opens", ReviewEdits.withDate(airport, "2025-13")));
        Validation live = session.validate();
        assertThat(live.isValid()).isFalse();
        assertThat(live.problems()).extracting(p -> p.field().id() + " " + p.field().path())
                .containsExactlyInAnyOrder("talks-2021 quotes", "airport-opens date");

        // Saved (work is never refused), the file gives `corridor validate` the very same problems.
        EditSession.SaveResult saved = session.save();
        assertThat(saved.validation().problems()).hasSize(2);
        List<Problem> fromFile = new DatasetLoader().load(new DirectoryDatasetFiles(dir), "events.json").problems();
        assertThat(live.problems()).extracting(Validation.FieldProblem::problem).isEqualTo(fromFile);
    }

    @Test
    void saveWritesTheCanonicalFormAfterABackupAndSavingAgainChangesNoByte() throws Exception {
        open();
        byte[] original = Files.readAllBytes(session.file());
        session.apply(new Edit.SetTitle("Renamed"));
        EditSession.SaveResult first = session.save();
        assertThat(first.written()).isTrue();
        assertThat(Files.readAllBytes(first.backup())).isEqualTo(original);
        byte[] saved = Files.readAllBytes(session.file());
        assertThat(saved).isEqualTo(CanonicalJson.bytes(session.document()));
        assertThat(Files.exists(Journal.pathFor(session.file()))).as("the journal goes on save").isFalse();

        EditSession.SaveResult again = session.save();
        assertThat(again.written()).isFalse();
        assertThat(Files.readAllBytes(session.file())).isEqualTo(saved);
        session.close();
        EditSession reopened = EditSession.open(session.file());
        assertThat(reopened.document()).isEqualTo(session.document());
        assertThat(reopened.save().written()).isFalse();
        reopened.close();
    }

    @Test
    void aFileChangedOnDiskIsNotSilentlyReplaced() throws Exception {
        open();
        session.apply(new Edit.SetTitle("Mine"));
        Files.writeString(session.file(), Files.readString(session.file()).replace("Mini dataset", "Theirs"));
        assertThatThrownBy(() -> session.save()).isInstanceOf(ChangedOnDiskException.class)
                .hasMessageContaining("has changed on disk");
        EditSession.SaveResult saved = session.saveReplacingChangesOnDisk();
        assertThat(Files.readString(saved.backup())).contains("Theirs");
        assertThat(Files.readString(session.file())).contains("\"title\": \"Mine\"");
    }

    @Test
    void revertDropsUnsavedWorkButKeepsItsJournalAside() throws Exception {
        open();
        DatasetDto original = session.document();
        session.apply(new Edit.SetTitle("Gone"));
        session.flushJournal();
        session.revert();
        session.flushJournal();
        assertThat(session.document()).isEqualTo(original);
        assertThat(session.state().undoLabel()).isEmpty();
        assertThat(Files.exists(Journal.pathFor(session.file()))).isFalse();
        try (var aside = Files.list(dir.resolve(SafeSave.BACKUP_FOLDER))) {
            assertThat(aside).anyMatch(p -> p.getFileName().toString().endsWith(".reverted.journal"));
        }
    }

    @Test
    void workOnAFileWithAnIdTakenTwiceIsRecoveredWhole() throws Exception {
        open();
        DatasetDto d = session.document();
        List<EventDto> events = new ArrayList<>(d.events());
        events.add(newEvent(events.get(0).id(), "2031-01-01")); // the file as a curator may have broken it
        Files.writeString(session.file(), CanonicalJson.write(new DatasetDto(d.schemaVersion(), d.title(),
                d.sources(), d.actors(), events)));
        session.close();
        open();
        String twice = events.get(0).id();
        EventDto other = session.document().events().stream().filter(e -> !e.id().equals(twice)).findFirst()
                .orElseThrow();
        session.apply(new Edit.PutEvent(other.id(), ReviewEdits.withTitle(other, "Retitled")));
        session.apply(new Edit.DeleteEvent(other.id()));
        session.undo();
        session.apply(new Edit.DeleteEvent(twice)); // one of the two
        DatasetDto expected = session.document();
        session.flushJournal();

        EditSession next = EditSession.open(session.file());
        next.recover();
        assertThat(next.document()).isEqualTo(expected);
        assertThat(next.document().events()).filteredOn(e -> e.id().equals(twice)).hasSize(1);
        next.undo();
        assertThat(next.document().events()).filteredOn(e -> e.id().equals(twice)).hasSize(2);
        next.undo();
        next.undo();
        assertThat(next.document().events()).filteredOn(e -> e.id().equals(other.id()))
                .extracting(EventDto::title).containsExactly("Retitled");
        next.close();
    }

    @Test
    void journaledWorkIsOfferedBackOnTheNextOpenAndCanBeRecovered() throws Exception {
        open();
        session.apply(new Edit.PutEvent(null, newEvent("talks-2021", "2021-05-04")));
        session.apply(new Edit.SetTitle("Curated"));
        session.apply(new Edit.DeleteEvent("letters-2024"));
        session.undo();
        DatasetDto expected = session.document();
        session.flushJournal();
        // No save, no close: as if the process had died here.

        EditSession next = EditSession.open(session.file());
        Recovery recovery = next.recovery().orElseThrow();
        assertThat(recovery.edits()).isEqualTo(4);
        assertThat(recovery.labels()).containsExactly("Add event “Talks in Islamabad”", "Rename the dataset",
                "Delete event “letters-2024”", "Undo: Delete event “letters-2024”");
        assertThat(recovery.datasetChangedSince()).isFalse();
        assertThatThrownBy(() -> next.apply(new Edit.SetTitle("x"))).isInstanceOf(IllegalStateException.class);
        next.recover();
        assertThat(next.document()).isEqualTo(expected);
        assertThat(next.isDirty()).isTrue();
        next.undo();
        assertThat(next.document().title()).isEqualTo("Curated");
        next.close();
    }

    @Test
    void recoveredWorkCanBeSetAsideAndIsMovedNotDeleted() throws Exception {
        open();
        session.apply(new Edit.SetTitle("Curated"));
        session.flushJournal();
        EditSession next = EditSession.open(session.file());
        Path aside = next.discardRecovery();
        next.flushJournal();
        assertThat(Files.readString(aside)).contains("Curated");
        assertThat(next.recovery()).isEmpty();
        assertThat(EditSession.open(session.file()).recovery()).isEmpty();
        next.close();
    }

    @Test
    void aLineCutShortByACrashIsLeftOutAndSaid() throws Exception {
        open();
        session.apply(new Edit.SetTitle("Curated"));
        session.flushJournal();
        Files.writeString(Journal.pathFor(session.file()), "{\"label\":\"Edit ev", java.nio.file.StandardOpenOption.APPEND);
        EditSession next = EditSession.open(session.file());
        Recovery r = next.recovery().orElseThrow();
        assertThat(r.edits()).isEqualTo(1);
        assertThat(r.lastEditCut()).isTrue();
        next.recover();
        assertThat(next.document().title()).isEqualTo("Curated");
        next.close();
    }

    @Test
    void workJournaledAgainstAnEarlierVersionIsAppliedToTheFileAsItIsNow() throws Exception {
        open();
        session.apply(new Edit.PutEvent("airport-opens", ReviewEdits.withTitle(event("airport-opens"), "Airport opens to flights")));
        session.flushJournal();
        // Meanwhile someone else changed another event in the file.
        Fixtures.edit(session.file(), "The leaders exchanged letters.", "The two leaders exchanged letters.");
        EditSession next = EditSession.open(session.file());
        assertThat(next.recovery().orElseThrow().datasetChangedSince()).isTrue();
        next.recover();
        assertThat(next.document().events()).extracting(EventDto::title).contains("Airport opens to flights");
        assertThat(next.document().events()).extracting(EventDto::summary).contains("The two leaders exchanged letters.");
        next.flushJournal();
        // A second crash now recovers against the new version.
        EditSession third = EditSession.open(session.file());
        assertThat(third.recovery().orElseThrow().datasetChangedSince()).isFalse();
        third.recover();
        assertThat(third.document()).isEqualTo(next.document());
        next.close();
        third.close();
    }
}
