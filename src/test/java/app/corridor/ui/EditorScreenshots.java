package app.corridor.ui;

import app.corridor.curate.Edit;
import app.corridor.curate.EditSession;
import app.corridor.dataset.Dto.SourceDto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.IndexRange;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders curator mode's screens to PNG files, headless, in English, Chinese and Urdu: the event
 * form, the source viewer with words selected, the import dialog, the problems and the recovery
 * offer. Not part of the test suite (no "Test" in the name); run it with
 * {@code ./mvnw test -Dtest=EditorScreenshots -Dsurefire.failIfNoSpecifiedTests=false}. Writes
 * {@code target/screenshots/edit-*.png}.
 */
class EditorScreenshots extends FxRobot {

    @TempDir
    Path dir;

    @Test
    void render() throws Exception {
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, new Locale("ur", "PK")}) {
                Locale.setDefault(locale);
                renderIn(locale.getLanguage());
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    private void renderIn(String language) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        Path data = dir.resolve(language).resolve("data");
        copy(Path.of("data"), data);
        Path file = data.resolve("events.json");
        // Work left unsaved by a session that was killed: offered back at start.
        EditSession killed = EditSession.open(file);
        killed.apply(new Edit.SetTitle("China–Pakistan high-level exchanges (being checked)"));
        killed.flushJournal();
        AppFixture fx = new AppFixture(this, file, dir.resolve(language).resolve("store"));
        fx.start();
        try {
            interact(() -> {
                Stage stage = fx.stage();
                stage.setWidth(1600);
                stage.setHeight(1000);
            });
            DialogPane recovery = dialogPane("recovery-dialog");
            saveWindow(recovery, out.resolve("edit-recovery-" + language + ".png"));
            interact(() -> ((javafx.scene.control.Button) recovery.lookupButton(recovery.getButtonTypes().get(0))).fire());
            AppFixture.waitUntil(() -> fx.app().curatorMode().curator().isAttached()
                    && fx.app().curatorMode().curator().checkedProperty().get());
            interact(() -> fx.app().curatorMode().editingProperty().set(true));
            interact(() -> fx.model().selectedEventProperty().set(fx.model().getDataset().events().stream()
                    .filter(e -> e.id().equals("all-weather-partnership-article-2025-02-21")).findFirst().orElseThrow()));
            WaitForAsyncUtils.waitForFxEvents();
            ReadmeScreenshots.save(fx.window().scene(), out.resolve("edit-event-" + language + ".png"), 1);

            // A new event, its date refused, then the viewer with words selected.
            interact(() -> fx.app().curatorMode().editor().newEvent(null));
            interact(() -> {
                lookup("#edit-title").queryTextInputControl().setText("Talks in Lahore");
                lookup("#edit-date-text").queryTextInputControl().setText("31 June 2024");
            });
            WaitForAsyncUtils.waitForFxEvents();
            ReadmeScreenshots.save(fx.window().scene(), out.resolve("edit-new-event-" + language + ".png"), 1);
            interact(() -> {
                lookup("#edit-date-text").queryTextInputControl().setText("4–8 June 2024");
                ComboBox<SourceDto> source = lookup("#quote-source").query();
                source.setValue(source.getItems().get(0));
            });
            interact(() -> lookup("#select-in-source").queryButton().fire());
            SourceViewer viewer = fx.window().sourceViewer();
            AppFixture.waitUntil(() -> viewer.stage().isShowing());
            interact(() -> viewer.selectionProperty().set(new IndexRange(300, 420)));
            WaitForAsyncUtils.waitForFxEvents();
            ReadmeScreenshots.save(viewer.stage().getScene(), out.resolve("edit-viewer-" + language + ".png"), 1);
            interact(() -> viewer.stage().close());

            // The import dialog on an HTML page.
            Path html = dir.resolve(language).resolve("article.html");
            Files.copy(getClass().getResourceAsStream("/import/article.html"), html);
            interact(() -> fx.app().curatorMode().setChoosers(w -> html, w -> null));
            interact(() -> fx.app().curatorMode().importSource());
            DialogPane imports = dialogPane("import-dialog");
            AppFixture.waitUntil(() -> !lookup("#import-text").queryAs(javafx.scene.control.TextArea.class)
                    .getText().isEmpty());
            saveWindow(imports, out.resolve("edit-import-" + language + ".png"));
            interact(() -> ((Stage) imports.getScene().getWindow()).close());

            // Problems, each going to its field.
            interact(() -> {
                var d = fx.app().curatorMode().curator().getDocument();
                var e = d.events().get(3);
                fx.app().curatorMode().curator().apply(new Edit.PutEvent(e.id(), new app.corridor.dataset.Dto.EventDto(
                        e.id(), e.title(), e.kind(), "2024-02-30", e.location(), e.actors(), null, e.note(), e.quotes())));
                fx.app().curatorMode().editor().showProblems();
            });
            AppFixture.waitUntil(() -> !fx.app().curatorMode().curator().problems().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            ReadmeScreenshots.save(fx.window().scene(), out.resolve("edit-problems-" + language + ".png"), 1);
            interact(() -> fx.app().curatorMode().curator().discardChanges());
        } finally {
            fx.stop();
        }
    }

    private DialogPane dialogPane(String id) throws Exception {
        AppFixture.waitUntil(() -> lookup("#" + id).tryQuery().isPresent());
        return lookup("#" + id).queryAs(DialogPane.class);
    }

    private static void saveWindow(DialogPane pane, Path file) throws Exception {
        Window w = pane.getScene().getWindow();
        WaitForAsyncUtils.waitForFxEvents();
        ReadmeScreenshots.save(w.getScene(), file, 1);
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().startsWith(".")) {
                    Files.copy(f, target);
                }
            }
        }
    }
}
