package app.corridor.ui;

import app.corridor.curate.EditRefusedException;
import app.corridor.curate.EditSession;
import app.corridor.curate.QuoteAttachment;
import app.corridor.curate.Recovery;
import app.corridor.dataset.DatasetRef;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.dataset.QuoteLocator;
import app.corridor.dataset.canonical.NewDataset;
import app.corridor.i18n.Messages;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Quote;
import app.corridor.store.Store;
import app.corridor.ui.edit.CuratorModel;
import app.corridor.ui.edit.EditorHost;
import app.corridor.ui.edit.EditorPane;
import app.corridor.ui.edit.ImportDialog;
import app.corridor.ui.edit.ImportModel;
import app.corridor.ui.edit.QuoteBar;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Curator mode wired into the main window: the Edit menu and the view bar's toggle, File → New
 * dataset…, Save and Save as a copy to edit…, the forms in the side panel's place, the edited data
 * shown on the timeline as each version passes validation, the source viewer's quoting bar, the
 * unsaved mark in the title bar, the questions asked before unsaved work could be lost, and the
 * recovery of work a crashed or killed session left. The state lives in {@link CuratorModel}.
 */
final class CuratorMode implements EditorHost {

    private static final Logger LOG = Logger.getLogger(CuratorMode.class.getName());
    /** The forms want more room than the side panel. */
    private static final double EDITOR_WIDTH = 460;

    private final Stage stage;
    private final MainWindow window;
    private final AppModel model;
    private final Background background;
    private final Messages words;
    private final Consumer<Path> opener;
    private final CuratorModel curator;
    /** Curator mode's forms, built when first needed: most sessions only read, and a start need not wait for them. */
    private EditorPane editor;
    private final QuoteBar quoteBar;
    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing", false);
    private DatasetRef dataset;
    private Path storeFile;
    /** A dataset opened to be edited (a new one, a copy): edit mode comes on once it is in. */
    private Path editOnceOpened;
    /** The event to select once the timeline shows it (just added: its version is still being checked). */
    private String selectOnceShown;
    private boolean windowFailed;
    // The source the viewer shows in curator mode, for which event, and which of its quotes is chosen.
    private String viewerSource;
    private int viewerQuote = -1;
    private QuoteAttachment viewerText;
    private boolean viewerWired;
    private Function<Window, Path> askForDocument = this::chooseDocument;
    private Function<Window, Path> askForFolder = CuratorMode::chooseFolder;

    CuratorMode(Stage stage, MainWindow window, AppModel model, Background background, Messages words,
                Consumer<Path> opener) {
        this.stage = stage;
        this.window = window;
        this.model = model;
        this.background = background;
        this.words = words;
        this.opener = opener;
        this.curator = new CuratorModel(background, words);
        this.quoteBar = new QuoteBar(words);
        window.scene().getStylesheets().add(stylesheet());
        wireToggle();
        wireMenus();
        wireTitle();
        wireClosing();
        wireData();
        wireViewer();
    }

    static String stylesheet() {
        return CuratorMode.class.getResource("/app/corridor/ui/edit.css").toExternalForm();
    }

    // ---- the window -------------------------------------------------------------------------------

    private void wireToggle() {
        javafx.scene.control.ToggleButton toggle = window.editToggle();
        toggle.setText(words.get("edit.toggle"));
        Tips.set(toggle, words.get("edit.toggle.help"));
        toggle.selectedProperty().bindBidirectional(editing);
        // A first start shows the data before its store is built; editing begins once it is.
        toggle.disableProperty().bind(model.storeBuildingProperty());
        editing.addListener((o, was, on) -> {
            if (on) {
                enter();
            } else {
                window.setEditor(null, 0);
                if (window.sourceViewer() != null) {
                    window.sourceViewer().editableProperty().set(false);
                }
            }
        });
    }

    private void wireMenus() {
        MenuItem undo = item("edit.menu.undo", "Shortcut+Z", "menu-undo", curator::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> curator.undoTextProperty().get() == null
                ? words.get("edit.menu.undo") : curator.undoTextProperty().get(), curator.undoTextProperty()));
        undo.disableProperty().bind(curator.canUndoProperty().not());
        MenuItem redo = item("edit.menu.redo", "Shortcut+Shift+Z", "menu-redo", curator::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> curator.redoTextProperty().get() == null
                ? words.get("edit.menu.redo") : curator.redoTextProperty().get(), curator.redoTextProperty()));
        redo.disableProperty().bind(curator.canRedoProperty().not());
        CheckMenuItem mode = new CheckMenuItem(words.get("edit.menu.mode"));
        mode.setId("menu-edit-mode");
        mode.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
        window.addShortcut(mode.getAccelerator().getDisplayText(), words.get("edit.menu.mode"));
        mode.selectedProperty().bindBidirectional(editing);
        mode.disableProperty().bind(model.storeBuildingProperty());
        MenuItem newEvent = item("edit.menu.new-event", "Shortcut+N", "menu-new-event", () -> {
            editing.set(true);
            whenAttached(() -> editor().newEvent(null));
        });
        MenuItem importSource = item("edit.menu.import", null, "menu-import-source", () -> {
            editing.set(true);
            whenAttached(this::importSource);
        });
        MenuItem rename = item("edit.menu.rename", null, "menu-rename-dataset", this::renameDataset);
        rename.disableProperty().bind(curator.sessionProperty().isNull());
        MenuItem problems = item("edit.menu.problems", null, "menu-show-edit-problems", () -> {
            editing.set(true);
            editor().showProblems();
        });
        problems.disableProperty().bind(curator.sessionProperty().isNull());
        Menu edit = new Menu(words.get("edit.menu"), null, undo, redo, new SeparatorMenuItem(), mode,
                new SeparatorMenuItem(), newEvent, importSource, rename, new SeparatorMenuItem(), problems);
        edit.setId("menu-edit");
        window.menus().getMenus().add(1, edit);

        Menu file = window.menus().getMenus().get(0);
        MenuItem newDataset = item("edit.menu.new-dataset", null, "menu-new-dataset", this::newDataset);
        MenuItem save = item("edit.menu.save", "Shortcut+S", "menu-save", this::save);
        save.disableProperty().bind(curator.dirtyProperty().not());
        MenuItem copy = item("edit.menu.copy", null, "menu-save-copy", this::saveCopyToEdit);
        MenuItem discard = item("edit.menu.discard", null, "menu-discard", this::discard);
        discard.disableProperty().bind(curator.dirtyProperty().not());
        // After Open dataset folder… and Open recent: the dataset's own commands, then exports.
        int at = Math.min(3, file.getItems().size());
        file.getItems().addAll(at, List.of(newDataset, new SeparatorMenuItem(), save, copy, discard));
    }

    private MenuItem item(String key, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(words.get(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
            window.addShortcut(item.getAccelerator().getDisplayText(), words.get(key));
        }
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** "• " before the title while there are unsaved changes. */
    private void wireTitle() {
        stage.titleProperty().unbind();
        stage.titleProperty().bind(Bindings.concat(Bindings.when(curator.dirtyProperty())
                .then(words.get("edit.title.unsaved")).otherwise(""), window.windowModel().titleProperty()));
    }

    /** Closing the window, Quit, or opening another dataset first asks about unsaved changes. */
    private void wireClosing() {
        stage.setOnCloseRequest(e -> {
            if (curator.isDirty()) {
                e.consume();
                whenSafe(stage::close);
            }
        });
        window.handle(MenuAction.QUIT, () -> whenSafe(stage::close));
    }

    /**
     * The edited data reaches the timeline, filters and search as each version passes validation
     * (a store in memory standing in for the saved one); the banner and its list name the edited
     * version's problems, so it says when the timeline shows an older version.
     */
    private void wireData() {
        curator.previewProperty().addListener((o, a, p) -> {
            if (p == null) {
                return;
            }
            model.replaceData(p.store(), p.dataset());
            if (windowFailed) {
                windowFailed = false;
                window.loaded();
            }
            if (selectOnceShown != null) {
                String id = selectOnceShown;
                selectOnceShown = null;
                selectEvent(id);
            }
        });
        curator.problems().addListener((javafx.collections.ListChangeListener<app.corridor.curate.Validation.FieldProblem>) c ->
                model.problems().setAll(curator.problems().stream().map(f -> f.problem()).toList()));
        curator.refusalProperty().addListener((o, a, r) -> {
            if (r != null) {
                model.notify(r);
            }
        });
        curator.noticeProperty().addListener((o, a, n) -> model.notify(n));
        model.selectedEventProperty().addListener((o, a, e) -> {
            if (editing.get() && curator.isAttached()) {
                editor().showEvent(e == null ? null : e.id());
            }
        });
        curator.documentProperty().addListener((o, a, d) -> refreshViewer());
    }

    // ---- datasets ---------------------------------------------------------------------------------

    /** Another dataset is being opened: curating the one open stops (its unsaved work was asked about). */
    void datasetClosing() {
        editing.set(false);
        curator.detach();
        dataset = null;
    }

    /**
     * {@code opened} is open (its saved store {@code savedStore}; {@code shown} false when the
     * window shows nothing, its problems and no earlier good copy). Work an earlier session left
     * unsaved is offered back at once.
     */
    void datasetOpened(DatasetRef opened, Path savedStore, boolean shown) {
        dataset = opened;
        storeFile = savedStore;
        windowFailed = !shown;
        Path file = editableFile();
        boolean editNow = file != null && file.equals(editOnceOpened);
        editOnceOpened = null;
        if (file != null && EditSession.hasUnsavedWork(file)) {
            openSession(file, () -> offerRecovery(curator.recoveryProperty().get(), editNow));
        } else if (editNow) {
            editing.set(true);
        }
    }

    /** The dataset's file when it can be edited where it is (a folder on disk), else null (the bundled one). */
    private Path editableFile() {
        if (dataset != null && dataset.files() instanceof DirectoryDatasetFiles dir) {
            return dir.directory().resolve(dataset.fileName()).toAbsolutePath().normalize();
        }
        return null;
    }

    /**
     * Opens {@code file} for curating in the background, then attaches it. What the window shows
     * goes with it, with the checksum of the file it was checked from, read on the worker (a query):
     * when that is the file opened, curating starts from it instead of checking every event again.
     */
    private void openSession(Path file, Runnable then) {
        Store shownStore = model.store();
        Dataset shown = model.getDataset();
        background.run(() -> new Opened(EditSession.open(file, words), checkedHash(shownStore)), opened -> {
            curator.attach(opened.session(), storeFile, shown, opened.shownHash(),
                    shownStore == null ? null : shownStore.file());
            then.run();
        }, failure -> {
            editing.set(false);
            error(words.get("edit.open.failed", file.toString(), String.valueOf(failure.getMessage())));
        });
    }

    /** What {@code store} was checked from, when it says; null when not, or when it cannot be asked (closed since). */
    private static String checkedHash(Store store) {
        try {
            return store == null ? null : store.checkedHash().orElse(null);
        } catch (RuntimeException e) {
            return null; // curating then starts with a whole check, as it would without a store
        }
    }

    /** A session opened, and the checksum of the file the data shown then was checked from (null: not known). */
    private record Opened(EditSession session, String shownHash) {
    }

    /** Edit mode on: the forms in the side panel's place, the dataset opened for curating first. */
    private void enter() {
        if (curator.isAttached()) {
            showForms();
            return;
        }
        Path file = editableFile();
        if (dataset == null) {
            editing.set(false);
            return;
        }
        if (file == null) {
            editing.set(false);
            offerCopy();
            return;
        }
        openSession(file, () -> {
            if (curator.recoveryProperty().get() != null) {
                offerRecovery(curator.recoveryProperty().get(), true);
            } else if (editing.get()) {
                showForms();
            }
        });
    }

    private void showForms() {
        window.setEditor(editor(), EDITOR_WIDTH);
        Event selected = model.getSelectedEvent();
        editor().showEvent(selected == null ? null : selected.id());
    }

    private void whenAttached(Runnable then) {
        if (curator.isAttached()) {
            then.run();
        } else {
            // Edit mode is opening the dataset: do it once it is open.
            curator.sessionProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends EditSession> o, EditSession a,
                                    EditSession b) {
                    curator.sessionProperty().removeListener(this);
                    if (b != null) {
                        javafx.application.Platform.runLater(then);
                    }
                }
            });
        }
    }

    private void offerRecovery(Recovery found, boolean thenEdit) {
        if (found == null) {
            if (thenEdit) {
                editing.set(true);
            }
            return;
        }
        String when = found.written() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(words.language().locale()).withZone(ZoneId.systemDefault()).format(found.written());
        StringBuilder text = new StringBuilder(words.get("edit.recovery.text", found.edits(), when,
                curator.getSession().file().toString()));
        text.append("\n");
        found.labels().stream().limit(12).forEach(l -> text.append("\n\u2022 ").append(l));
        if (found.edits() > 12) {
            text.append("\n").append(words.get("edit.recovery.more", found.edits() - 12));
        }
        if (found.datasetChangedSince()) {
            text.append("\n\n").append(words.get("edit.recovery.changed-since"));
        }
        if (found.lastEditCut()) {
            text.append("\n\n").append(words.get("edit.recovery.cut"));
        }
        ButtonType recover = new ButtonType(words.get("edit.recovery.recover"), ButtonBar.ButtonData.YES);
        ButtonType aside = new ButtonType(words.get("edit.recovery.aside"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, words.get("edit.recovery.title"),
                words.get("edit.recovery.header"), text.toString(), recover, aside);
        alert.getDialogPane().setId("recovery-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == recover) {
            curator.recover();
            editing.set(true);
            if (editing.get()) {
                showForms();
            }
        } else {
            Path where = curator.setRecoveryAside();
            model.notify(words.get("edit.recovery.set-aside", where.toString()));
            if (thenEdit) {
                editing.set(true);
                showForms();
            } else {
                curator.detach();
            }
        }
    }

    /** The bundled dataset opens read-only: offer to copy it to a folder and edit the copy. */
    private void offerCopy() {
        ButtonType copy = new ButtonType(words.get("edit.copy.button"), ButtonBar.ButtonData.YES);
        Alert alert = alert(Alert.AlertType.INFORMATION, words.get("edit.copy.title"), words.get("edit.copy.header"),
                words.get("edit.copy.text"), copy, cancel());
        alert.getDialogPane().setId("read-only-dialog");
        if (alert.showAndWait().filter(b -> b == copy).isPresent()) {
            saveCopyToEdit();
        }
    }

    /** File → Save as a copy to edit…: the dataset copied to a new folder, then opened there in edit mode. */
    void saveCopyToEdit() {
        if (dataset == null) {
            return;
        }
        Path folder = askForFolder.apply(stage);
        if (folder == null) {
            return;
        }
        DatasetRef from = dataset;
        whenSafe(() -> background.run(() -> NewDataset.copy(from.files(), from.fileName(), folder), copied -> {
            editOnceOpened = copied.toAbsolutePath().normalize();
            opener.accept(copied);
        }, failure -> error(words.get("edit.copy.failed", folder.toString(), String.valueOf(failure.getMessage())))));
    }

    /** File → New dataset…: an empty dataset in a new folder, opened in edit mode. */
    void newDataset() {
        Path folder = askForFolder.apply(stage);
        if (folder == null) {
            return;
        }
        String title = folder.getFileName() == null ? words.get("edit.new.default-title") : folder.getFileName().toString();
        whenSafe(() -> background.run(() -> NewDataset.create(folder, title), created -> {
            editOnceOpened = created.toAbsolutePath().normalize();
            opener.accept(created);
        }, failure -> error(words.get("edit.new.failed", folder.toString(), String.valueOf(failure.getMessage())))));
    }

    private void renameDataset() {
        DatasetDto d = curator.getDocument();
        TextInputDialog ask = new TextInputDialog(d == null ? "" : d.title());
        ask.initOwner(stage);
        UiLanguage.apply(ask, model.language());
        ask.setTitle(words.get("edit.rename.title"));
        ask.setHeaderText(words.get("edit.rename.header"));
        ask.showAndWait().map(String::strip).filter(t -> !t.isEmpty())
                .ifPresent(t -> curator.apply(new app.corridor.curate.Edit.SetTitle(t)));
    }

    // ---- saving and losing nothing ----------------------------------------------------------------

    @Override
    public void save() {
        if (!curator.isAttached()) {
            return;
        }
        save(() -> { });
    }

    private void save(Runnable then) {
        curator.save(listener(then));
    }

    private CuratorModel.SaveListener listener(Runnable then) {
        return new CuratorModel.SaveListener() {
            @Override
            public void saved(String notice) {
                model.notify(notice);
                then.run();
            }

            @Override
            public void changedOnDisk(String message) {
                ButtonType replace = new ButtonType(words.get("edit.changed.save-anyway"), ButtonBar.ButtonData.YES);
                Alert alert = alert(Alert.AlertType.WARNING, words.get("edit.changed.title"),
                        words.get("edit.changed.header"), message, replace, cancel());
                alert.getDialogPane().setId("changed-on-disk-dialog");
                if (alert.showAndWait().filter(b -> b == replace).isPresent()) {
                    curator.saveReplacingChangesOnDisk(listener(then));
                }
            }

            @Override
            public void failed(String message) {
                error(message);
            }
        };
    }

    /**
     * Runs {@code proceed} when nothing unsaved would be lost: at once when all is saved, else after
     * asking (save, don't save, or cancel and do nothing).
     */
    void whenSafe(Runnable proceed) {
        if (!curator.isDirty()) {
            proceed.run();
            return;
        }
        ButtonType save = new ButtonType(words.get("edit.close.save"), ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType(words.get("edit.close.discard"), ButtonBar.ButtonData.NO);
        String name = curator.getDocument() == null ? "" : curator.getDocument().title();
        ButtonType cancel = cancel();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, words.get("edit.close.title"),
                words.get("edit.close.header", name), words.get("edit.close.text"), save, drop, cancel);
        alert.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return;
        }
        if (answer.get() == save) {
            save(proceed);
        } else {
            curator.discardChanges();
            proceed.run();
        }
    }

    private void discard() {
        ButtonType drop = new ButtonType(words.get("edit.close.discard"), ButtonBar.ButtonData.YES);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, words.get("edit.discard.title"),
                words.get("edit.discard.header"), words.get("edit.discard.text"), drop, cancel());
        if (alert.showAndWait().filter(b -> b == drop).isPresent()) {
            curator.discardChanges();
        }
    }

    /** The app is stopping (its unsaved work was asked about, or is kept in the recovery file). */
    void stop() {
        curator.detach();
    }

    // ---- the source viewer ------------------------------------------------------------------------

    private void wireViewer() {
        quoteBar.setOnQuote(() -> selected().ifPresent(q -> {
            if (editor().attachQuote(q)) {
                viewerQuote = editor().targetQuotes().size() - 1;
                clearSelection();
                refreshViewer();
            }
        }));
        quoteBar.setOnNewEvent(() -> selected().ifPresent(q -> {
            editing.set(true);
            editor().newEvent(q);
            viewerQuote = 0;
            clearSelection();
            refreshViewer();
        }));
        quoteBar.setOnTrim(() -> selected().ifPresent(this::trimTo));
    }

    @Override
    public void showInSource(String sourceId, String eventId, int quoteIndex) {
        viewerSource = sourceId;
        viewerQuote = quoteIndex;
        viewerText = null;
        SourceViewer viewer = window.viewer();
        if (!viewerWired) {
            viewerWired = true;
            viewer.setEditBar(quoteBar);
            viewer.selectionProperty().addListener(o -> showSelection());
        }
        viewer.editableProperty().set(true);
        refreshViewer(true);
    }

    /** Shows the viewer's source as the document has it now, the chosen quote where it now stands. */
    private void refreshViewer() {
        refreshViewer(false);
    }

    /** {@link #refreshViewer()}; {@code open}: also when the viewer is closed (it opens). */
    private void refreshViewer(boolean open) {
        SourceViewer viewer = window.sourceViewer();
        DatasetDto d = curator.getDocument();
        if (viewer == null || viewerSource == null || d == null || !viewer.editableProperty().get()
                || !(open || viewer.stage().isShowing())) {
            return;
        }
        SourceDto source = d.sources().stream().filter(s -> s.id().equals(viewerSource)).findFirst().orElse(null);
        QuoteAttachment in = text();
        if (source == null || in == null) {
            return;
        }
        List<QuoteDto> quotes = editor().targetQuotes();
        Quote chosen = null;
        if (viewerQuote >= 0 && viewerQuote < quotes.size() && viewerSource.equals(quotes.get(viewerQuote).source())) {
            QuoteDto q = quotes.get(viewerQuote);
            chosen = QuoteLocator.locate(in.text(), q.text())
                    .map(at -> new Quote(viewerSource, in.text().substring(at.start(), at.end()), at.start(), at.end()))
                    .orElse(null);
        }
        // A new event's quotes are in its form, not yet in the document: the viewer marks them too.
        SourceDocument draft = SourceDocument.ofDraft(withFormQuotes(d), source, in.text());
        viewer.setOnTrim(chosen == null ? null : (start, end) -> {
            QuoteAttachment.Selection moved = in.select(start, end);
            if (moved.usable()) {
                trimTo(moved.toDto());
            }
        });
        viewer.open(draft, chosen);
        quoteBar.setTarget(editor().targetEventTitle(), chosen != null);
        showSelection();
    }

    private DatasetDto withFormQuotes(DatasetDto d) {
        if (editor().targetEventId() != null || editor().targetEventTitle() == null) {
            return d;
        }
        List<app.corridor.dataset.Dto.EventDto> events = new java.util.ArrayList<>(d.events());
        events.add(new app.corridor.dataset.Dto.EventDto("new-event-in-form", editor().targetEventTitle(), null, null, null,
                List.of(), null, null, List.copyOf(editor().targetQuotes())));
        return new DatasetDto(d.schemaVersion(), d.title(), d.sources(), d.actors(), events);
    }

    private QuoteAttachment text() {
        if (viewerText == null && viewerSource != null && curator.getSession() != null) {
            try {
                viewerText = curator.getSession().quotesFrom(viewerSource);
            } catch (EditRefusedException e) {
                model.notify(e.getMessage(words));
            }
        }
        return viewerText;
    }

    private void showSelection() {
        SourceViewer viewer = window.sourceViewer();
        IndexRange range = viewer == null ? null : viewer.selectionProperty().get();
        QuoteAttachment in = text();
        quoteBar.setSelection(range == null || in == null || range.getLength() == 0 ? null
                : in.select(range.getStart(), range.getEnd()));
    }

    private Optional<QuoteDto> selected() {
        SourceViewer viewer = window.sourceViewer();
        IndexRange range = viewer == null ? null : viewer.selectionProperty().get();
        QuoteAttachment in = text();
        if (range == null || in == null) {
            return Optional.empty();
        }
        QuoteAttachment.Selection s = in.select(range.getStart(), range.getEnd());
        return s.usable() ? Optional.of(s.toDto()) : Optional.empty();
    }

    private void trimTo(QuoteDto quote) {
        if (viewerQuote >= 0 && editor().replaceQuote(viewerQuote, quote)) {
            clearSelection();
            refreshViewer();
        }
    }

    private void clearSelection() {
        if (window.sourceViewer() != null) {
            window.sourceViewer().selectionProperty().set(null);
        }
    }

    // ---- the editor's requests ----------------------------------------------------------------------

    @Override
    public void selectEvent(String eventId) {
        if (model.getDataset() == null) {
            return;
        }
        Optional<Event> shown = model.getDataset().events().stream().filter(e -> e.id().equals(eventId)).findFirst();
        if (shown.isPresent()) {
            model.selectedEventProperty().set(shown.get());
        } else {
            selectOnceShown = eventId;
        }
    }

    @Override
    public void importSource() {
        Path file = askForDocument.apply(stage);
        if (file == null || !curator.isAttached()) {
            return;
        }
        ImportModel imports = new ImportModel(background, curator);
        new ImportDialog(stage, imports, d -> UiLanguage.apply(d, model.language()), id -> {
            editor().showSource(id);
            model.notify(words.get("edit.import.added", id));
        }).show(file);
    }

    @Override
    public Window owner() {
        return stage;
    }

    /** Cancel, in the window's language (JavaFX names its own buttons in the system's, and has no Urdu). */
    private ButtonType cancel() {
        return UiLanguage.button(words, ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.initOwner(stage);
        UiLanguage.apply(alert, model.language());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(560);
        return alert;
    }

    private void error(String message) {
        LOG.log(Level.INFO, message);
        Alert alert = alert(Alert.AlertType.ERROR, words.get("edit.error.title"), null, message, UiLanguage.close(words));
        alert.show();
    }

    private Path chooseDocument(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("edit.import.filter"),
                "*.txt", "*.html", "*.htm", "*.pdf"));
        File f = chooser.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    private static Path chooseFolder(Window owner) {
        File f = new DirectoryChooser().showDialog(owner);
        return f == null ? null : f.toPath();
    }

    // ---- what tests use -----------------------------------------------------------------------------

    /** Replaces the file and folder choosers (tests cannot drive the platform's). */
    void setChoosers(Function<Window, Path> document, Function<Window, Path> folder) {
        this.askForDocument = document;
        this.askForFolder = folder;
    }

    CuratorModel curator() {
        return curator;
    }

    EditorPane editor() {
        if (editor == null) {
            editor = new EditorPane(curator, this);
        }
        return editor;
    }

    BooleanProperty editingProperty() {
        return editing;
    }
}
