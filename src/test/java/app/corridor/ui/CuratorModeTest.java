package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.curate.Edit;
import app.corridor.curate.EditSession;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.dataset.canonical.CanonicalJson;
import app.corridor.dataset.canonical.DatasetDocuments;
import app.corridor.model.EventKind;
import app.corridor.ui.edit.CuratorModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Curator mode as a curator uses it, headless: an event added with a typed date, a quote attached
 * by selecting its words in the source, undo and redo, save and reopen; sources imported from a
 * .txt, an .html and a .pdf; unsaved work of a killed session brought back at the next start; and
 * nothing lost on close or when the file changed on disk.
 */
class CuratorModeTest extends FxRobot {

    @TempDir
    Path dir;

    private AppFixture fx;

    private AppFixture start() throws Exception {
        fx = new AppFixture(this, dir);
        return fx.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (fx != null) {
            fx.stop();
        }
    }

    private CuratorMode curatorMode() {
        return fx.app().curatorMode();
    }

    private CuratorModel curator() {
        return curatorMode().curator();
    }

    private Path datasetFile() {
        return fx.data;
    }

    private void enterEditMode() throws Exception {
        clickOn("#edit-mode");
        AppFixture.waitUntil(() -> curator().isAttached() && lookup("#editor-pane").tryQuery().isPresent()
                && curator().checkedProperty().get());
    }

    private Optional<EventDto> event(String id) {
        return curator().getDocument().events().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Clicks {@code query} as a curator would: brought into view first (the form scrolls to the focus). */
    private org.testfx.api.FxRobotInterface clickInForm(String query) {
        interact(() -> lookup(query).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        return clickOn(query);
    }

    private String text(String query) {
        return ((Labeled) lookup(query).query()).getText();
    }

    /** The dialog pane of a window with that id, once it shows. */
    private DialogPane dialog(String id) throws Exception {
        AppFixture.waitUntil(() -> lookup("#" + id).tryQuery().isPresent());
        return lookup("#" + id).queryAs(DialogPane.class);
    }

    private void press(DialogPane pane, String buttonText) {
        Node button = pane.getButtonTypes().stream().filter(b -> b.getText().equals(buttonText)).findFirst()
                .map(pane::lookupButton).orElseThrow(() -> new AssertionError("no button " + buttonText));
        clickOn(button);
    }

    @Test
    void aCuratorAddsAnEventWithATypedDateQuotesItBySelectionUndoesRedoesSavesAndReopens() throws Exception {
        start();
        enterEditMode();
        clickOn("#new-event");
        clickOn("#edit-title").write("Talks in Lahore");

        // An impossible date is refused there, with the reason; a date as people write it is read.
        clickOn("#edit-date-text").write("31 June 2021");
        assertThat(text("#date-preview")).isEqualTo("There is no such date: June 2021 has no day 31 (it has 30 days).");
        interact(() -> lookup("#edit-date-text").queryTextInputControl().clear());
        clickOn("#edit-date-text").write("Monday, 10 May 2021");
        assertThat(text("#date-preview")).isEqualTo("10 May 2021 · known to the day · drawn as a marker on its day");
        interact(() -> lookup("#edit-kind").<ComboBox<EventKind>>query().setValue(EventKind.MEETING));
        clickInForm("#edit-summary").write("The two sides talked in Lahore.");
        clickOn("#add-event");

        String id = "talks-in-lahore-2021-05-10";
        assertThat(event(id)).hasValueSatisfying(e -> {
            assertThat(e.date()).isEqualTo("2021-05-10");
            assertThat(e.kind()).isEqualTo("meeting");
        });
        assertThat(fx.stage().getTitle()).as("unsaved: marked in the title bar").startsWith("• ");
        AppFixture.waitUntil(() -> !curator().problems().isEmpty());
        assertThat(curator().problems()).as("an event needs a quote").anySatisfy(p -> assertThat(p.field().id()).isEqualTo(id));

        // Attach a quote by selecting its words in the source viewer.
        interact(() -> {
            ComboBox<SourceDto> source = lookup("#quote-source").query();
            source.setValue(source.getItems().stream().filter(s -> s.id().equals("speech")).findFirst().orElseThrow());
        });
        clickInForm("#select-in-source");
        SourceViewer viewer = fx.window().sourceViewer();
        AppFixture.waitUntil(() -> viewer.stage().isShowing());
        String speech = Files.readString(datasetFile().getParent().resolve("sources/speech.txt"), StandardCharsets.UTF_8);
        String words = "Both sides\u2002agreed to deepen cooperation.";
        int start = speech.indexOf(words);
        Point2D from = pointOf(viewer, start);
        Point2D to = pointOf(viewer, start + words.length());
        targetWindow(viewer.stage());
        drag(from, MouseButton.PRIMARY).dropTo(to);
        AppFixture.waitUntil(() -> viewer.selectionProperty().get() != null
                && viewer.selectionProperty().get().getLength() == words.length());
        assertThat(text("#quote-bar-status")).contains("Both sides\u2002agreed to deepen cooperation.");
        assertThat(lookup("#quote-for-event").queryButton().getText()).isEqualTo("Quote for “Talks in Lahore”");
        clickOn("#quote-for-event");

        assertThat(event(id).orElseThrow().quotes()).containsExactly(new QuoteDto("speech", words));
        targetWindow(fx.stage());
        assertThat(lookup("#edit-quote-0").tryQuery()).as("the quote card shows at once").isPresent();
        AppFixture.waitUntil(() -> curator().problems().isEmpty()
                && fx.model().getDataset().events().stream().anyMatch(e -> e.id().equals(id)));
        assertThat(fx.model().getSelectedEvent()).as("the timeline selects the new event").isNotNull()
                .extracting(e -> e.id()).isEqualTo(id);
        interact(() -> viewer.stage().close());

        // Undo and redo, from the keyboard.
        clickOn(fx.timeline());
        push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(event(id).orElseThrow().quotes()).isEmpty();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(event(id).orElseThrow().quotes()).containsExactly(new QuoteDto("speech", words));

        // Save: canonical, valid, the mark gone.
        push(KeyCode.CONTROL, KeyCode.S);
        AppFixture.waitUntil(() -> !curator().isDirty());
        assertThat(fx.stage().getTitle()).doesNotStartWith("•");
        byte[] saved = Files.readAllBytes(datasetFile());
        DatasetDto document = DatasetDocuments.read(saved, "events.json");
        assertThat(CanonicalJson.bytes(CanonicalJson.normalize(document))).isEqualTo(saved);
        assertThat(new DatasetLoader().load(new DirectoryDatasetFiles(datasetFile().getParent()), "events.json")
                .problems()).isEmpty();

        // Reopen: the event is there.
        fx.stop();
        fx = new AppFixture(this, fx.data, fx.store).start();
        assertThat(fx.model().getDataset().events()).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.quotes()).singleElement().extracting(q -> q.text()).isEqualTo(words);
        });
    }

    private Point2D pointOf(SourceViewer viewer, int offset) throws Exception {
        Point2D[] p = new Point2D[1];
        AppFixture.waitUntil(() -> {
            p[0] = viewer.screenPointOf(offset);
            return p[0] != null;
        });
        return p[0];
    }

    @Test
    void aQuoteIsTrimmedByDraggingAnEndInTheSource() throws Exception {
        start();
        enterEditMode();
        interact(() -> fx.model().selectedEventProperty().set(fx.model().getDataset().events().stream()
                .filter(e -> e.id().equals("second-conference")).findFirst().orElseThrow()));
        javafx.scene.control.Button show = lookup("#edit-quote-1").lookup(".button")
                .match(n -> "Show in source".equals(((Labeled) n).getText())).queryButton();
        interact(show::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(show);
        SourceViewer viewer = fx.window().sourceViewer();
        AppFixture.waitUntil(() -> viewer.stage().isShowing() && viewer.chosenQuote() != null);
        String quote = event("second-conference").orElseThrow().quotes().get(1).text();
        assertThat(quote).as("typed into the file with a plain space").isEqualTo("Both sides agreed to deepen cooperation.");
        int end = viewer.chosenQuote().getEnd();
        targetWindow(viewer.stage());
        // The end moved back before " cooperation.".
        drag(pointOf(viewer, end), MouseButton.PRIMARY).dropTo(pointOf(viewer, end - " cooperation.".length()));
        AppFixture.waitUntil(() -> event("second-conference").orElseThrow().quotes().get(1).text()
                .equals("Both sides\u2002agreed to deepen"));
        assertThat(curator().undoTextProperty().get()).isEqualTo("Undo: Change a quote of “second-conference”");
        interact(() -> viewer.stage().close());
    }

    @Test
    void aTypedQuoteShowsWhereItStopsMatching() throws Exception {
        start();
        enterEditMode();
        interact(() -> fx.model().selectedEventProperty().set(fx.model().getDataset().events().get(0)));
        interact(() -> {
            ComboBox<SourceDto> source = lookup("#quote-source").query();
            source.setValue(source.getItems().stream().filter(s -> s.id().equals("speech")).findFirst().orElseThrow());
        });
        clickInForm("#typed-quote").write("Both sides agreed to widen cooperation.");
        assertThat(text("#typed-check")).contains("matches up to “Both sides agreed to”")
                .contains("the source goes on “deepen cooperation.…”");
        assertThat(lookup("#attach-typed").queryButton().isDisabled()).isTrue();
        interact(() -> lookup("#typed-quote").queryAs(TextArea.class).setText("Both sides agreed to deepen"));
        assertThat(lookup("#attach-typed").queryButton().isDisabled()).isFalse();
    }

    @Test
    void sourcesAreImportedFromTextHtmlAndPdfAfterApproval() throws Exception {
        Path txt = dir.resolve("speech.txt");
        Files.copy(getClass().getResourceAsStream("/import/speech-utf8.txt"), txt);
        Path html = dir.resolve("article.html");
        Files.copy(getClass().getResourceAsStream("/import/article.html"), html);
        Path pdf = dir.resolve("report.pdf");
        app.corridor.curate.SourceImporterTest.writePdf(pdf, "Corridor report", "Planning Ministry",
                List.of("The corridor's second phase began in 2022.", "Special economic zones were opened."));
        start();
        enterEditMode();

        String txtId = importSource(txt, null);
        assertThat(Files.exists(datasetFile().getParent().resolve("sources/" + txtId + ".txt"))).isTrue();

        String htmlId = importSource(html, "We must aim high and far to deepen high-level strategic cooperation.");
        SourceDto article = source(htmlId);
        assertThat(article.outlet()).isEqualTo("Pakistan Observer");
        assertThat(article.published()).isEqualTo("2025-02-21");
        assertThat(article.author()).as("marked not stated in the form").isNull();

        String pdfId = importSource(pdf, "Special economic zones were opened.");
        assertThat(source(pdfId).title()).isEqualTo("Corridor report");
        assertThat(curator().undoTextProperty().get()).isEqualTo("Undo: Add source “Corridor report”");
        AppFixture.waitUntil(() -> curator().problems().isEmpty() && fx.model().getDataset().sources().size() == 5);
    }

    /** Imports {@code file} through the dialog (marking the author not stated); returns the new source's id. */
    private String importSource(Path file, String expectedText) throws Exception {
        int before = curator().getDocument().sources().size();
        interact(() -> curatorMode().setChoosers(w -> file, w -> null));
        clickOn("#tab-sources");
        clickOn("#import-source");
        DialogPane pane = dialog("import-dialog");
        AppFixture.waitUntil(() -> !lookup("#import-text").queryAs(TextArea.class).getText().isEmpty());
        if (expectedText != null) {
            assertThat(lookup("#import-text").queryAs(TextArea.class).getText()).contains(expectedText)
                    .doesNotContain("Cricket scores", "Copyright 2025");
        }
        if (!lookup("#import-not-stated-author").queryAs(javafx.scene.control.CheckBox.class).isSelected()) {
            clickOn("#import-not-stated-author");
        }
        press(pane, "Add source");
        AppFixture.waitUntil(() -> curator().getDocument().sources().size() == before + 1);
        return curator().undoTextProperty().get() == null ? null : curator().getDocument().sources().stream()
                .filter(s -> s.note() != null && s.note().contains(file.getFileName().toString())).findFirst()
                .orElseThrow().id();
    }

    private SourceDto source(String id) {
        return curator().getDocument().sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theRecoveryFileOfAKilledSessionIsOfferedAtStartAndApplied() throws Exception {
        Path file = app.corridor.Fixtures.mini(dir.resolve("data"));
        // A session that edits and is never saved or closed, as when its process is killed.
        EditSession killed = EditSession.open(file);
        killed.apply(new Edit.SetTitle("Recovered title"));
        killed.apply(new Edit.DeleteEvent("letters-2024"));
        killed.flushJournal();
        assertThat(EditSession.hasUnsavedWork(file)).isTrue();

        fx = new AppFixture(this, file, dir.resolve("store"));
        fx.start();
        DialogPane offer = dialog("recovery-dialog");
        assertThat(offer.getContentText()).contains("2 edits").contains("Rename the dataset")
                .contains("Delete event “letters-2024”");
        press(offer, "Recover");

        AppFixture.waitUntil(() -> curator().isAttached() && curator().isDirty());
        assertThat(curator().getDocument().title()).isEqualTo("Recovered title");
        assertThat(event("letters-2024")).isEmpty();
        assertThat(fx.stage().getTitle()).startsWith("• ");
        AppFixture.waitUntil(() -> fx.model().getDataset().events().size() == 3);
    }

    @Test
    void closingWithUnsavedChangesAsksAndDontSaveKeepsTheWorkAside() throws Exception {
        start();
        enterEditMode();
        interact(() -> curator().apply(new Edit.SetTitle("Not to keep")));
        Stage stage = fx.stage();

        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        DialogPane ask = dialog("unsaved-dialog");
        press(ask, "Cancel");
        assertThat(stage.isShowing()).isTrue();
        assertThat(curator().isDirty()).isTrue();

        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        press(dialog("unsaved-dialog"), "Don't save");
        AppFixture.waitUntil(() -> !stage.isShowing());
        assertThat(Files.readString(datasetFile())).doesNotContain("Not to keep");
        assertThat(EditSession.hasUnsavedWork(datasetFile())).as("no recovery offered next time").isFalse();
        try (var backups = Files.list(datasetFile().getParent().resolve(".corridor-backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".reverted.journal"));
        }
    }

    @Test
    void aFileChangedOnDiskIsAskedAboutBeforeSavingOverIt() throws Exception {
        start();
        enterEditMode();
        interact(() -> curator().apply(new Edit.SetTitle("Mine")));
        app.corridor.Fixtures.edit(datasetFile(), "\"Speech on friendship\"", "\"Speech (edited elsewhere)\"");

        clickOn("#editor-save");
        DialogPane ask = dialog("changed-on-disk-dialog");
        assertThat(ask.getContentText()).contains("has changed on disk");
        press(ask, "Save anyway");
        AppFixture.waitUntil(() -> !curator().isDirty());
        assertThat(Files.readString(datasetFile())).contains("\"title\": \"Mine\"");
        try (var backups = Files.list(datasetFile().getParent().resolve(".corridor-backups"))) {
            assertThat(backups.filter(p -> p.toString().endsWith(".bak")).findFirst()).hasValueSatisfying(
                    b -> assertThat(b).content().contains("edited elsewhere"));
        }
    }

    @Test
    void withNoEventChosenTheFormsPlaceHoldsNoEmptyScrollingBox() throws Exception {
        start();
        enterEditMode();
        AppFixture.waitUntil(() -> lookup("#event-state").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#event-state")).startsWith("No event chosen");
        assertThat(lookup("#event-fields-scroll").query().isVisible()).as("the form's scroll pane, empty").isFalse();
        clickOn("#new-event");
        AppFixture.waitUntil(() -> lookup("#event-fields-scroll").query().isVisible());
        assertThat(lookup("#edit-title").query().isVisible()).isTrue();
    }

    @Test
    void leavingEditModeGivesTheSidePanelBackItsWidth() throws Exception {
        start();
        double reading = fx.window().sidePanelWidth();
        enterEditMode();
        AppFixture.waitUntil(() -> fx.window().sidePanelWidth() > reading + 20);
        clickOn("#edit-mode");
        AppFixture.waitUntil(() -> lookup("#editor-pane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.window().sidePanelWidth()).as("the reading panel's width before the forms took its place")
                .isCloseTo(reading, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void aRetitledEventIsDrawnWithItsNewTitle() throws Exception {
        start();
        enterEditMode();
        EventDto e = event("airport-opens").orElseThrow();
        String title = "The new airport opens to its first flights";
        interact(() -> curator().apply(new Edit.PutEvent(e.id(), new EventDto(e.id(), title, e.kind(), e.date(),
                e.location(), e.actors(), e.summary(), e.note(), e.quotes()))));
        // Undo says what it would undo, with its keys; nothing once there is nothing to undo.
        javafx.scene.control.Button undo = lookup("#editor-undo").queryButton();
        assertThat(Tips.of(undo)).isEqualTo(curator().undoTextProperty().get() + " (Ctrl+Z)").startsWith("Undo");
        interact(() -> curator().undo());
        assertThat(Tips.of(undo)).isNull();
        interact(() -> curator().redo());
        assertThat(Tips.of(undo)).isEqualTo(curator().undoTextProperty().get() + " (Ctrl+Z)");
        // The timeline keeps its layout engine through an edit, and the event its id.
        AppFixture.waitUntil(() -> fx.timeline().currentLayout() != null && fx.timeline().currentLayout().items()
                .stream().anyMatch(b -> b.event().id().equals(e.id()) && b.event().title().equals(title)));
        assertThat(fx.timeline().currentLayout().items()).filteredOn(b -> b.event().id().equals(e.id()))
                .singleElement().satisfies(b -> assertThat(b.label()).as("the new title, whole or cut to its room")
                        .startsWith("The new airport").satisfies(l -> assertThat(title).startsWith(l.replace("\u2026", ""))));
    }

    @Test
    void aProblemGoesToItsField() throws Exception {
        start();
        enterEditMode();
        EventDto e = event("airport-opens").orElseThrow();
        interact(() -> curator().apply(new Edit.PutEvent(e.id(), new EventDto(e.id(), e.title(), e.kind(), e.date(),
                e.location(), e.actors(), null, e.note(), e.quotes()))));
        AppFixture.waitUntil(() -> !curator().problems().isEmpty());
        assertThat(lookup("#problems-banner").query().isVisible()).as("the banner names the edited version's problems")
                .isTrue();
        clickOn("#tab-problems");
        clickOn(lookup("#problems-list .list-cell").nth(0).<Node>query());
        AppFixture.waitUntil(() -> lookup("#edit-summary").query().isFocused());
        assertThat(lookup("#edit-title").queryTextInputControl().getText()).isEqualTo(e.title());
    }

    @Test
    void theBundledDatasetOpensReadOnlyAndIsCopiedToBeEdited() throws Exception {
        fx = new AppFixture(this, null, dir.resolve("store"));
        fx.start();
        Path copy = dir.resolve("my-copy");
        interact(() -> curatorMode().setChoosers(w -> null, w -> copy));
        clickOn("#edit-mode");
        press(dialog("read-only-dialog"), "Save as a copy to edit…");
        AppFixture.waitUntil(() -> curator().isAttached() && lookup("#editor-pane").tryQuery().isPresent());
        assertThat(curator().getSession().file()).isEqualTo(copy.resolve("events.json").toAbsolutePath());
        assertThat(Files.exists(copy.resolve("sources"))).isTrue();
        assertThat(Window.getWindows()).isNotEmpty();
    }
}
