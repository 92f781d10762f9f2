package app.corridor.ui.edit;

import app.corridor.curate.ChangedOnDiskException;
import app.corridor.curate.Edit;
import app.corridor.curate.EditRefusedException;
import app.corridor.curate.EditSession;
import app.corridor.curate.Recovery;
import app.corridor.curate.Validation;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.i18n.Messages;
import app.corridor.model.Dataset;
import app.corridor.store.Store;
import app.corridor.ui.Background;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Curator mode's state without nodes: the dataset being edited ({@link EditSession}), whether it is
 * saved, what undo and redo would do, the problems the validator finds in it, and the edited data
 * ready to show ({@link Preview}).
 *
 * <p>Every change (an edit, undo, redo, recovery) is checked in the background by the rules of
 * {@code corridor validate} ({@link app.corridor.curate.LiveValidator}). Checks never queue up: one
 * runs at a time, and changes made meanwhile are checked together once it is done, so a burst of
 * edits on a big dataset costs one or two checks, not one per edit. A document that passes is
 * loaded into a store in memory ({@link Store#inMemory}; for an edit of some events, the last one
 * changed in place), which the window shows in place of the saved store: the timeline, filters and
 * search run their usual queries on the edited data. A
 * document with problems never reaches the window; it keeps the last one that passed, and the
 * problems are listed.
 *
 * <p>All methods run on the UI thread; background work goes through {@link Background}.
 */
public final class CuratorModel {

    private static final Logger LOG = Logger.getLogger(CuratorModel.class.getName());

    /**
     * Edited data that passed validation, and a store in memory holding it. Each store published in
     * {@link #previewProperty()} belongs to whoever shows it, who closes it once it shows another.
     */
    public record Preview(Dataset dataset, Store store) {
    }

    /** What a save asks of the window. */
    public interface SaveListener {
        /** Saved; {@code notice} says where, with the backup and any problems. */
        void saved(String notice);

        /** The file changed on disk since it was opened: ask, then {@link #saveReplacingChangesOnDisk}. */
        void changedOnDisk(String message);

        /** Could not be written; nothing was lost (the edits are still here and in the recovery file). */
        void failed(String message);
    }

    private final Background background;
    private final Messages words;
    private final ReadOnlyObjectWrapper<EditSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<DatasetDto> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper validating = new ReadOnlyBooleanWrapper(this, "validating");
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(this, "checked");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<Validation> validation = new ReadOnlyObjectWrapper<>(this, "validation");
    private final ObservableList<Validation.FieldProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<Validation.FieldProblem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<Recovery> recovery = new ReadOnlyObjectWrapper<>(this, "recovery");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    /** The saved store the stores in memory stand in for (see {@link Store#inMemory}). */
    private Path storeFile;
    /** Changes were made while a check ran: check again when it is done. */
    private boolean checkAgain;
    /** What the window showed when the session began, for its first check to start from; then null. */
    private Shown startFrom;
    /** The store last published, which the next check may change in place (read and set on the worker). */
    private volatile Published lastPublished;

    public CuratorModel(Background background, Messages words) {
        this.background = background;
        this.words = words;
    }

    /** The words of the window this model serves. */
    public Messages words() {
        return words;
    }

    /**
     * Starts curating {@code opened}, whose saved store is {@code storeFile} (the edited data is
     * shown from stores in memory standing in for it). Unsaved work an earlier session left is offered in
     * {@link #recoveryProperty()} and must be recovered or set aside before editing.
     */
    public void attach(EditSession opened, Path storeFile) {
        attach(opened, storeFile, null, null, null);
    }

    /**
     * As {@link #attach(EditSession, Path)}, the window showing {@code shown}, the dataset checked
     * from a file whose SHA-256 is {@code shownHash} (null when not known), from the store file
     * {@code shownStore} (null when none): when that is the file opened, its first check starts
     * from {@code shown} instead of checking every event again, and its store in memory is a copy
     * of that store file.
     */
    public void attach(EditSession opened, Path storeFile, Dataset shown, String shownHash, Path shownStore) {
        detach();
        this.storeFile = storeFile;
        this.startFrom = shown == null || shownHash == null ? null : new Shown(shown, shownHash, shownStore);
        session.set(opened);
        recovery.set(opened.recovery().orElse(null));
        refresh();
    }

    /**
     * Stops curating: the session is closed. Unsaved edits stay in the recovery file (offered back
     * the next time the dataset is opened) unless {@link #discardChanges} set them aside first.
     */
    public void detach() {
        EditSession s = session.get();
        if (s == null) {
            return;
        }
        session.set(null);
        startFrom = null;
        try {
            s.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot finish the recovery file of " + s.file(), e);
        }
        document.set(null);
        dirty.set(false);
        canUndo.set(false);
        canRedo.set(false);
        undoText.set(null);
        redoText.set(null);
        problems.clear();
        validation.set(null);
        checked.set(false);
        recovery.set(null);
        // The last preview's store is the window's: it may still be showing it.
        preview.set(null);
        refusal.set(null);
    }

    /** True while a dataset is open for curating. */
    public boolean isAttached() {
        return session.get() != null;
    }

    // ---- edits ----------------------------------------------------------------------------------

    /**
     * Makes {@code edit}; true when made. A refused edit changes nothing and says why in
     * {@link #refusalProperty()}.
     */
    public boolean apply(Edit edit) {
        EditSession s = requireSession();
        try {
            s.apply(edit);
        } catch (EditRefusedException e) {
            refusal.set(e.getMessage(words));
            return false;
        }
        refusal.set(null);
        refresh();
        return true;
    }

    public void undo() {
        EditSession s = requireSession();
        if (s.state().undoLabel().isPresent()) {
            s.undo();
            refusal.set(null);
            refresh();
        }
    }

    public void redo() {
        EditSession s = requireSession();
        if (s.state().redoLabel().isPresent()) {
            s.redo();
            refusal.set(null);
            refresh();
        }
    }

    /** Brings back the work an earlier session left: each edit a step that can be undone. */
    public void recover() {
        requireSession().recover();
        recovery.set(null);
        refresh();
    }

    /** Sets aside the work an earlier session left (moved to the backup folder); returns where. */
    public Path setRecoveryAside() {
        Path aside = requireSession().discardRecovery();
        recovery.set(null);
        refresh();
        return aside;
    }

    /**
     * Drops the unsaved edits: back to the file as saved. Their recovery file is moved to the
     * backup folder, not deleted, so even this can be undone by hand.
     */
    public void discardChanges() {
        requireSession().revert();
        refresh();
    }

    /**
     * The session was changed by a step taken in the background (a source imported): show and
     * check the document as it is now.
     */
    public void changedElsewhere() {
        refusal.set(null);
        refresh();
    }

    // ---- saving ---------------------------------------------------------------------------------

    /**
     * Saves in the background: a backup of the previous file, then an atomic write in canonical
     * form. A document with problems is saved too, and the notice says how many.
     */
    public void save(SaveListener listener) {
        EditSession s = requireSession();
        runSave(s, s::save, listener);
    }

    /** Saves over a file that changed on disk since it was opened (that version is backed up first). */
    public void saveReplacingChangesOnDisk(SaveListener listener) {
        EditSession s = requireSession();
        runSave(s, s::saveReplacingChangesOnDisk, listener);
    }

    private interface Saving {
        EditSession.SaveResult save() throws Exception;
    }

    private void runSave(EditSession s, Saving how, SaveListener listener) {
        saving.set(true);
        background.run(how::save, result -> {
            saving.set(false);
            if (s == session.get()) {
                refresh();
            }
            listener.saved(savedNotice(s.file(), result));
        }, failure -> {
            saving.set(false);
            if (failure instanceof ChangedOnDiskException changed) {
                listener.changedOnDisk(changed.getMessage(words));
            } else {
                listener.failed(words.get("edit.save.failed", s.file().toString(), String.valueOf(failure.getMessage())));
            }
        });
    }

    private String savedNotice(Path file, EditSession.SaveResult result) {
        int count = result.validation().problems().size();
        String saved = result.written() ? words.get("edit.save.done", file.toString())
                : words.get("edit.save.unchanged", file.toString());
        return count == 0 ? saved : words.get("edit.save.with-problems", saved, count);
    }

    // ---- checking -------------------------------------------------------------------------------

    private void refresh() {
        EditSession s = session.get();
        if (s == null) {
            return;
        }
        EditSession.State state = s.state();
        document.set(state.document());
        dirty.set(state.dirty());
        canUndo.set(state.undoLabel().isPresent());
        canRedo.set(state.redoLabel().isPresent());
        undoText.set(state.undoLabel().map(l -> words.get("curate.session.undo", l)).orElse(null));
        redoText.set(state.redoLabel().map(l -> words.get("curate.session.redo", l)).orElse(null));
        check();
    }

    /** What one check found, and a store of the data when it passed. */
    private record Checked(Validation validation, Store store) {
    }

    /** Checks the document in the background; changes made meanwhile are checked together next. */
    private void check() {
        if (validating.get()) {
            checkAgain = true;
            return;
        }
        EditSession s = session.get();
        Path standsFor = storeFile;
        Shown from = startFrom;
        startFrom = null;
        validating.set(true);
        background.run(() -> {
            Validation v = from == null ? s.validate() : s.validate(from.dataset(), from.hash());
            return new Checked(v, v.isValid() ? storeFor(s, v, standsFor, from) : null);
        }, result -> {
            validating.set(false);
            if (s != session.get()) {
                if (result.store() != null) {
                    closeLater(result.store());
                }
                return;
            }
            validation.set(result.validation());
            problems.setAll(result.validation().problems());
            if (result.store() != null) {
                preview.set(new Preview(result.validation().dataset(), result.store()));
            }
            checked.set(true);
            checkAgainIfAsked();
        }, failure -> {
            validating.set(false);
            LOG.log(Level.WARNING, "cannot check the dataset being edited", failure);
            notice.set(words.get("edit.check.failed", String.valueOf(failure.getMessage())));
            checkAgainIfAsked();
        });
    }

    /**
     * A store in memory of a valid version, on the worker: the store of the version shown before,
     * changed in place, when this session made it and it can be (an edit of some events, see
     * {@link Store#update}); else a new one. Changed in place, it is published again as the same
     * store, which the window keeps (it closes only a store replaced by another). Queries the
     * window queued before run first on the same worker; one queued meanwhile is answered
     * before the new version reaches the window and is dropped as older than its filter.
     */
    private Store storeFor(EditSession s, Validation v, Path standsFor, Shown from) {
        Published last = lastPublished;
        if (last != null && last.session() == s && last.store().update(v.dataset())) {
            return last.store();
        }
        // The dataset shown, taken as checked: its store file holds it already, and copying the
        // file's pages takes a fraction of building one (seconds at 100,000 events).
        Store fresh = (from != null && from.storeFile() != null && v.dataset() == from.dataset()
                ? Store.inMemoryCopy(from.storeFile(), from.dataset(), from.hash(), standsFor) : Optional.<Store>empty())
                .orElseGet(() -> Store.inMemory(v.dataset(), v.result().contentHash(), standsFor));
        lastPublished = new Published(s, fresh);
        return fresh;
    }

    /** A store this model published, and the session whose data it holds. */
    private record Published(EditSession session, Store store) {
    }

    /** A dataset the window shows, checked from the file whose SHA-256 is {@code hash}, from the store file {@code storeFile} (or null). */
    private record Shown(Dataset dataset, String hash, Path storeFile) {
    }

    private void checkAgainIfAsked() {
        if (checkAgain && session.get() != null) {
            checkAgain = false;
            check();
        }
    }

    private void closeLater(Store store) {
        background.run(() -> {
            store.close();
            return null;
        }, done -> { }, failure -> LOG.log(Level.FINE, "cannot close a preview store", failure));
    }

    private EditSession requireSession() {
        EditSession s = session.get();
        if (s == null) {
            throw new IllegalStateException("no dataset is being edited");
        }
        return s;
    }

    // ---- properties -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<EditSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public EditSession getSession() {
        return session.get();
    }

    /** The document as edited, in canonical order; null when nothing is being edited. */
    public ReadOnlyObjectProperty<DatasetDto> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public DatasetDto getDocument() {
        return document.get();
    }

    /** True when the document differs from the file as last opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** "Undo: Edit event “…”", or null when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True while a check runs. */
    public ReadOnlyBooleanProperty validatingProperty() {
        return validating.getReadOnlyProperty();
    }

    /** True once the current document has been checked at least once. */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The last check's verdict. */
    public ReadOnlyObjectProperty<Validation> validationProperty() {
        return validation.getReadOnlyProperty();
    }

    /** The problems of the last check, each with the field it is about. */
    public ObservableList<Validation.FieldProblem> problems() {
        // One wrapper, kept: a wrapper listens to the list weakly, so a new one per call could lose its listeners.
        return readOnlyProblems;
    }

    /** The problems now, as a list. */
    public List<Validation.FieldProblem> currentProblems() {
        return List.copyOf(problems);
    }

    /** The edited data as last validated, to show; null until a version passes. */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Unsaved work an earlier session left, until recovered or set aside; null otherwise. */
    public ReadOnlyObjectProperty<Recovery> recoveryProperty() {
        return recovery.getReadOnlyProperty();
    }

    /** Why the last edit was refused, in the reader's words; null after an edit that was made. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Something worth a line in the status bar (a check that could not run), or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Forgets the refusal shown (the curator moved on). */
    public void clearRefusal() {
        refusal.set(null);
    }
}
