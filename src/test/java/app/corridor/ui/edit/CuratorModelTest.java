package app.corridor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.curate.Edit;
import app.corridor.curate.EditSession;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.LoadResult;
import app.corridor.model.Dataset;
import app.corridor.store.Store;
import app.corridor.store.StoreManager;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.store.EventFilter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curator mode's state: edits, undo and redo, checks and the data shown, saving, recovery. */
class CuratorModelTest {

    @TempDir
    Path dir;

    Path file;
    CuratorModel curator;

    @BeforeEach
    void open() throws Exception {
        file = Fixtures.mini(dir);
        curator = new CuratorModel(new app.corridor.ui.InlineBackground(), Messages.english());
        curator.attach(EditSession.open(file), dir.resolve("store.db"));
    }

    @AfterEach
    void close() {
        curator.detach();
    }

    private EventDto event(String id) {
        return curator.getDocument().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static EventDto retitled(EventDto e, String title) {
        return new EventDto(e.id(), title, e.kind(), e.date(), e.location(), e.actors(), e.summary(), e.note(),
                e.quotes());
    }

    @Test
    void anEditIsCheckedAndShownAndCanBeUndoneAndRedone() {
        assertThat(curator.previewProperty().get()).as("the opened data is checked and shown").isNotNull();
        assertThat(curator.isDirty()).isFalse();
        EventDto before = event("letters-2024");

        assertThat(curator.apply(new Edit.PutEvent("letters-2024", retitled(before, "Letters of 2024")))).isTrue();

        assertThat(curator.isDirty()).isTrue();
        assertThat(curator.undoTextProperty().get()).isEqualTo("Undo: Edit event “Letters of 2024”");
        assertThat(curator.problems()).isEmpty();
        var shown = curator.previewProperty().get();
        assertThat(shown.dataset().events().stream().filter(x -> x.id().equals("letters-2024")).findFirst().orElseThrow().title()).isEqualTo("Letters of 2024");
        assertThat(shown.store().matchingEventIds(EventFilter.all().withText("letters"))).containsExactly("letters-2024");

        curator.undo();
        assertThat(event("letters-2024").title()).isEqualTo(before.title());
        assertThat(curator.isDirty()).isFalse();
        assertThat(curator.redoTextProperty().get()).isEqualTo("Redo: Edit event “Letters of 2024”");
        curator.redo();
        assertThat(event("letters-2024").title()).isEqualTo("Letters of 2024");
    }

    /**
     * An edit of some events changes the store shown in place (the window keeps it); anything more
     * (an actor renamed) is shown from a store built anew. Either way the search answers for the
     * version shown.
     */
    @Test
    void anEditOfSomeEventsChangesTheStoreShownInPlaceAndItsSearchFollows() {
        var first = curator.previewProperty().get();
        curator.apply(new Edit.PutEvent("letters-2024", retitled(event("letters-2024"), "Correspondence of 2024")));
        var second = curator.previewProperty().get();
        assertThat(second.store()).isSameAs(first.store());
        assertThat(second.store().matchingEventIds(EventFilter.all().withText("correspondence")))
                .containsExactly("letters-2024");

        curator.undo();
        var third = curator.previewProperty().get();
        assertThat(third.store()).isSameAs(first.store());
        assertThat(third.store().matchingEventIds(EventFilter.all().withText("correspondence"))).isEmpty();
        assertThat(third.store().matchingEventIds(EventFilter.all().withText("letters"))).containsExactly("letters-2024");
        assertThat(third.store().matchingEventIds(EventFilter.all())).as("in time order")
                .isEqualTo(third.dataset().events().stream().map(e -> e.id()).toList());

        var a = curator.getDocument().actors().get(0);
        curator.apply(new Edit.PutActor(a.id(), new app.corridor.dataset.Dto.ActorDto(a.id(), a.name() + " Jr.",
                a.nativeName(), a.country(), a.kind(), a.roles())));
        var renamed = curator.previewProperty().get();
        assertThat(renamed.store()).isNotSameAs(first.store());
        assertThat(renamed.dataset().actors().get(0).name()).endsWith(" Jr.");
        assertThat(renamed.store().matchingEventIds(EventFilter.all().withText("letters"))).containsExactly("letters-2024");
    }

    /**
     * The window shows the dataset checked from the file opened: curating starts from it (the first
     * check reads the sources again, not every event; its store in memory is a copy of the store
     * file), and edits are checked from there.
     */
    @Test
    void curatingTheFileTheWindowShowsStartsFromItsCheckedDataset() throws Exception {
        // The window shows the store built from the file, as the app does.
        curator.detach();
        try (Store saved = new StoreManager(dir.resolve("saved"), new DatasetLoader())
                .open(new DirectoryDatasetFiles(dir), "events.json", StoreManager.Progress.NONE).store()) {
            Dataset shown = saved.loadDataset();
            curator.attach(EditSession.open(file), saved.file(), shown, saved.checkedHash().orElseThrow(), saved.file());
            assertThat(curator.previewProperty().get().dataset()).isSameAs(shown);
            assertThat(curator.previewProperty().get().store()).isNotSameAs(saved);
            assertThat(curator.previewProperty().get().store().checkedHash()).as("a copy of the file, not built")
                    .isEqualTo(saved.checkedHash());
        }
        assertThat(curator.validationProperty().get().result().contentHash()).as("not checked whole").isNull();
        curator.apply(new Edit.PutEvent("letters-2024", retitled(event("letters-2024"), "Correspondence of 2024")));
        var edited = curator.previewProperty().get();
        assertThat(curator.problems()).isEmpty();
        assertThat(edited.dataset().events()).filteredOn(e -> e.id().equals("letters-2024")).singleElement()
                .extracting(e -> e.title()).isEqualTo("Correspondence of 2024");
        assertThat(edited.store().matchingEventIds(EventFilter.all().withText("correspondence")))
                .containsExactly("letters-2024");
    }

    /** Another file's data, or a source changed on disk since: the first check is whole, and finds what changed. */
    @Test
    void curatingStartsFromNothingTheFileDoesNotVouchFor() throws Exception {
        LoadResult shown = new DatasetLoader().load(new DirectoryDatasetFiles(dir), "events.json");
        curator.detach();
        curator.attach(EditSession.open(file), dir.resolve("store.db"), shown.dataset(), "0".repeat(64), null);
        assertThat(curator.previewProperty().get().dataset()).isNotSameAs(shown.dataset());
        assertThat(curator.validationProperty().get().result().contentHash()).as("checked whole").isNotNull();

        curator.detach();
        Path article = dir.resolve("sources/article.txt");
        Files.writeString(article, Files.readString(article) + " Changed.");
        curator.attach(EditSession.open(file), dir.resolve("store.db"), shown.dataset(), shown.contentHash(), null);
        assertThat(curator.problems()).extracting(p -> p.problem().message())
                .anyMatch(m -> m.contains("differs from its recorded checksum"));
    }

    @Test
    void aDocumentWithProblemsIsListedAndNeverShown() {
        var good = curator.previewProperty().get();
        EventDto e = event("airport-opens");
        EventDto noQuote = new EventDto(e.id(), e.title(), e.kind(), e.date(), e.location(), e.actors(), e.summary(),
                e.note(), List.of());

        curator.apply(new Edit.PutEvent(e.id(), noQuote));

        assertThat(curator.problems()).isNotEmpty();
        assertThat(curator.problems().get(0).field().id()).isEqualTo("airport-opens");
        assertThat(curator.previewProperty().get()).as("the last good data stays shown").isSameAs(good);
        curator.undo();
        assertThat(curator.problems()).isEmpty();
        assertThat(curator.previewProperty().get()).isNotSameAs(good);
    }

    @Test
    void aRefusedEditSaysWhyInTheReadersLanguageAndChangesNothing() throws Exception {
        CuratorModel chinese = new CuratorModel(new app.corridor.ui.InlineBackground(), Messages.of(Language.CHINESE));
        curator.detach();
        chinese.attach(EditSession.open(file, Messages.of(Language.CHINESE)), dir.resolve("store.db"));
        var before = chinese.getDocument();

        assertThat(chinese.apply(new Edit.DeleteActor("president-b"))).isFalse();

        assertThat(chinese.refusalProperty().get()).contains("参与了").contains("president-b");
        assertThat(chinese.getDocument()).isSameAs(before);
        assertThat(chinese.isDirty()).isFalse();
        chinese.detach();
    }

    @Test
    void savingWritesTheFileAndClearsTheMark() throws Exception {
        curator.apply(new Edit.SetTitle("Edited"));
        List<String> said = new ArrayList<>();
        curator.save(listener(said));
        assertThat(said).singleElement().asString().startsWith("saved: Saved to " + file);
        assertThat(curator.isDirty()).isFalse();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"title\": \"Edited\"");
    }

    @Test
    void aFileChangedOnDiskIsAskedAboutBeforeItIsReplaced() throws Exception {
        curator.apply(new Edit.SetTitle("Mine"));
        Fixtures.edit(file, "\"Speech on friendship\"", "\"Speech on friendship (edited elsewhere)\"");
        List<String> said = new ArrayList<>();

        curator.save(listener(said));
        assertThat(said).singleElement().asString().startsWith("changed: ").contains("has changed on disk");
        assertThat(curator.isDirty()).isTrue();

        curator.saveReplacingChangesOnDisk(listener(said));
        assertThat(said.get(1)).startsWith("saved: ");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"title\": \"Mine\"")
                .doesNotContain("edited elsewhere");
    }

    @Test
    void aDatasetWithProblemsIsSavedAndTheNoticeSaysSo() {
        EventDto e = event("airport-opens");
        curator.apply(new Edit.PutEvent(e.id(), new EventDto(e.id(), e.title(), e.kind(), "2025-02-30", e.location(),
                e.actors(), e.summary(), e.note(), e.quotes())));
        List<String> said = new ArrayList<>();
        curator.save(listener(said));
        assertThat(said).singleElement().asString().contains("1 problem");
    }

    @Test
    void unsavedWorkOfAnEarlierSessionIsOfferedAndRecovered() throws Exception {
        curator.apply(new Edit.SetTitle("Before the crash"));
        curator.getSession().flushJournal();
        // The process dies: the session is never closed, its journal stays.
        CuratorModel next = new CuratorModel(new app.corridor.ui.InlineBackground(), Messages.english());
        next.attach(EditSession.open(file), dir.resolve("store.db"));

        assertThat(next.recoveryProperty().get()).isNotNull();
        assertThat(next.recoveryProperty().get().labels()).containsExactly("Rename the dataset");
        next.recover();

        assertThat(next.recoveryProperty().get()).isNull();
        assertThat(next.getDocument().title()).isEqualTo("Before the crash");
        assertThat(next.isDirty()).isTrue();
        assertThat(next.undoTextProperty().get()).isEqualTo("Undo: Recovered: Rename the dataset");
        next.detach();
    }

    private static CuratorModel.SaveListener listener(List<String> said) {
        return new CuratorModel.SaveListener() {
            @Override
            public void saved(String notice) {
                said.add("saved: " + notice);
            }

            @Override
            public void changedOnDisk(String message) {
                said.add("changed: " + message);
            }

            @Override
            public void failed(String message) {
                said.add("failed: " + message);
            }
        };
    }
}
