package app.corridor.curate;

import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.dataset.Hashing;
import app.corridor.dataset.canonical.CanonicalJson;
import app.corridor.dataset.canonical.DatasetDocuments;
import app.corridor.dataset.canonical.DocumentException;
import app.corridor.dataset.canonical.SafeSave;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Phrase;
import app.corridor.io.FileBytes;
import app.corridor.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A dataset open for curating: the document, its undo history, whether it is saved, its recovery
 * journal, and saving. This is what an editor window binds to; it knows nothing of JavaFX.
 *
 * <pre>{@code
 * EditSession session = EditSession.open(Path.of("data/events.json"));   // on a background task
 * session.recovery().ifPresent(r -> ask "bring back r.edits() unsaved edits?" → session.recover()
 *                                                                        or session.discardRecovery());
 * session.addListener(state -> Platform.runLater(() -> viewModel.update(state)));
 * session.apply(new Edit.PutEvent(id, changedEvent));                     // refused edits throw, nothing changes
 * session.undo(); session.redo();
 * Validation v = session.validate();                                      // background: same rules as corridor validate
 * SaveResult saved = session.save();                                      // background; ChangedOnDiskException → ask
 * }</pre>
 *
 * <p>The document is always in canonical order, so a problem's JSON path names the same entry in
 * the document as in the saved file. Every edit, undo and redo is journaled (on a thread of its
 * own, forced to disk) to {@code .events.json.journal} beside the file; saving or reverting
 * removes it, and opening the dataset after a crash finds it ({@link #recovery()}). Methods are
 * synchronized: edits may come from the UI thread while a save runs on a background one.
 */
public final class EditSession implements AutoCloseable {

    // Every word the user may see is in the message bundles, under these keys.
    private static final String UNDO = "curate.session.undo";
    private static final String REDO = "curate.session.redo";
    private static final String RECOVERED = "curate.session.recovered";
    private static final String RECOVERED_ALL = "curate.session.recovered-all";
    private static final String NO_SOURCE = "curate.session.no-source";
    private static final String NO_TEXT = "curate.session.no-text";
    private static final String DECIDE_FIRST = "unsaved work was found: recover() or discardRecovery() first";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * What the session looks like after a change: everything an editor shows besides the document's
     * own fields.
     */
    public record State(DatasetDto document, boolean dirty, Optional<String> undoLabel, Optional<String> redoLabel,
                        Optional<Recovery> recovery) {
    }

    /**
     * What a save did.
     *
     * @param written    false when the file already held exactly the saved bytes
     * @param backup     the copy of the version replaced, or null
     * @param validation the saved document's problems (a dataset with problems is saved, and marked)
     */
    public record SaveResult(boolean written, Path backup, Validation validation) {
    }

    private final Path file;
    private final LiveValidator validator;
    private final Journal journal;
    private final SafeSave safeSave;
    private final Clock clock;
    private final Messages words;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private History history;
    private DatasetDto saved;
    private String baseHash;
    private boolean journaling;
    private Journal.Contents pending;
    /**
     * True while every document the history holds gives each entry an id of its own, so a step's
     * change is found from the entries it replaced alone. It holds from a file that does: edits
     * refuse an id already taken, so none makes a duplicate.
     */
    private boolean uniqueIds;

    private EditSession(Path file, DatasetDto document, String baseHash, Journal.Contents pending, Clock clock,
                        Messages words) {
        this.file = file;
        this.words = words;
        this.validator = new LiveValidator(file);
        this.journal = new Journal(file);
        this.clock = clock;
        this.safeSave = new SafeSave(clock);
        this.history = new History(document);
        this.saved = document;
        this.baseHash = baseHash;
        this.pending = pending;
        this.uniqueIds = Change.uniqueIds(document);
    }

    /**
     * Opens {@code datasetFile} for editing; call {@link #recovery()} next.
     *
     * @throws DocumentException when the file cannot be held whole in a document (it says where)
     */
    public static EditSession open(Path datasetFile) throws IOException, DocumentException {
        return open(datasetFile, Messages.english());
    }

    /**
     * Opens {@code datasetFile} for editing, naming edits and refusals in the language of
     * {@code words} (the Edit menu's "Undo: …", the recovery offer); call {@link #recovery()} next.
     */
    public static EditSession open(Path datasetFile, Messages words) throws IOException, DocumentException {
        return open(datasetFile, Clock.systemUTC(), words);
    }

    static EditSession open(Path datasetFile, Clock clock) throws IOException, DocumentException {
        return open(datasetFile, clock, Messages.english());
    }

    static EditSession open(Path datasetFile, Clock clock, Messages words) throws IOException, DocumentException {
        Path file = datasetFile.toAbsolutePath();
        byte[] bytes = FileBytes.read(file);
        DatasetDto document = CanonicalJson.normalize(DatasetDocuments.read(bytes, datasetFile.toString()));
        Journal.Contents found = Journal.read(file).filter(c -> !c.entries().isEmpty()).orElse(null);
        return new EditSession(file, document, Hashing.sha256(bytes), found, clock, words);
    }

    /**
     * True when an earlier session left unsaved work beside {@code datasetFile} (a recovery file):
     * a quick look, for offering it back as the dataset opens; {@link #recovery()} says what it holds.
     */
    public static boolean hasUnsavedWork(Path datasetFile) {
        return Files.isRegularFile(Journal.pathFor(datasetFile));
    }

    /** The dataset file being edited. */
    public Path file() {
        return file;
    }

    /** The validator for this dataset (same rules as {@code corridor validate}). */
    public LiveValidator validator() {
        return validator;
    }

    public synchronized DatasetDto document() {
        return history.current();
    }

    /** True when the document differs from the file as last opened or saved. */
    public synchronized boolean isDirty() {
        return !history.current().equals(saved);
    }

    public synchronized State state() {
        return new State(history.current(), isDirty(), history.undoLabel(), history.redoLabel(), recovery());
    }

    /** Calls {@code listener} with the new state after every change (on the thread that made it). */
    public void addListener(Consumer<State> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<State> listener) {
        listeners.remove(listener);
    }

    /** Applies {@code edit}; a refused edit changes nothing and says why. */
    public synchronized void apply(Edit edit) throws EditRefusedException {
        requireDecided();
        DatasetDto before = history.current();
        DatasetDto after = CanonicalJson.normalize(before, edit.apply(before));
        if (after.equals(before)) {
            return;
        }
        String label = edit.label().in(words);
        history.push(label, after);
        record(label, before, after);
    }

    public synchronized void undo() {
        requireDecided();
        String label = history.undoLabel().orElseThrow(() -> new IllegalStateException("nothing to undo"));
        DatasetDto before = history.current();
        record(words.get(UNDO, label), before, settle(history.undo()));
    }

    public synchronized void redo() {
        requireDecided();
        String label = history.redoLabel().orElseThrow(() -> new IllegalStateException("nothing to redo"));
        DatasetDto before = history.current();
        record(words.get(REDO, label), before, settle(history.redo()));
    }

    /**
     * {@code document}, the history's current one, or the document as saved when it equals it:
     * undo rebuilds documents, and a check may start from the dataset shown only while the
     * document is the very one saved (see {@link #validate(Dataset, String)}).
     */
    private DatasetDto settle(DatasetDto document) {
        if (document != saved && document.equals(saved)) {
            history.replaceCurrent(saved);
            return saved;
        }
        return document;
    }

    /** Quotes from the source {@code sourceId}, to attach by selection or to check as typed. */
    public QuoteAttachment quotesFrom(String sourceId) throws EditRefusedException {
        SourceDto source = document().sources().stream().filter(s -> sourceId.equals(s.id())).findFirst()
                .orElseThrow(() -> new EditRefusedException(Phrase.of(NO_SOURCE, sourceId)));
        String text = validator.sourceText(source.file())
                .orElseThrow(() -> new EditRefusedException(Phrase.of(NO_TEXT, sourceId, source.file())));
        return QuoteAttachment.in(sourceId, text, words);
    }

    /**
     * Adds an imported source: writes its text under {@code sources/} (see {@link SourceImporter#write})
     * and its approved record to the document, as one edit that can be undone (the text file stays).
     * The record's id must be free; its {@code file} and {@code sha256} are the proposal's.
     */
    public synchronized void addImportedSource(ImportProposal proposal, SourceDto approved)
            throws IOException, EditRefusedException {
        requireDecided();
        SourceDto record = new SourceDto(approved.id(), approved.file(), proposal.sha256(), approved.title(),
                approved.author(), approved.authorRole(), approved.outlet(), approved.published(), approved.url(),
                approved.note());
        Edit edit = new Edit.PutSource(null, record);
        edit.apply(history.current()); // refused (an id taken) before anything is written
        SourceImporter.write(file.getParent(), record.file(), proposal);
        apply(edit);
    }

    /** Checks the current document (call it off the UI thread; it reads source files). */
    public Validation validate() {
        return validator.validate(document());
    }

    /**
     * Checks the current document as {@link #validate()}, starting from {@code shown} when the
     * document is still the file as opened and that file is the one {@code shown} was checked from
     * ({@code shownHash}, its SHA-256): then only the source files are checked again, not every
     * event (seconds at 100,000 events).
     */
    public Validation validate(Dataset shown, String shownHash) {
        DatasetDto current;
        boolean asOpened;
        synchronized (this) {
            current = history.current();
            asOpened = current == saved && baseHash.equals(shownHash);
        }
        Validation fromShown = shown != null && asOpened ? validator.startFrom(current, shown) : null;
        return fromShown != null ? fromShown : validator.validate(current);
    }

    /** Unsaved work an earlier session left, until it is recovered or set aside. */
    public synchronized Optional<Recovery> recovery() {
        if (pending == null) {
            return Optional.empty();
        }
        Instant written;
        try {
            written = Files.getLastModifiedTime(journal.file()).toInstant();
        } catch (IOException e) {
            written = null;
        }
        return Optional.of(new Recovery(journal.file(), pending.entries().stream().map(Journal.Entry::label).toList(),
                written, !pending.header().base().equals(baseHash), pending.tornTail()));
    }

    /** Brings the journaled edits back, each one a step that can be undone; the document is then unsaved. */
    public synchronized void recover() {
        Journal.Contents contents = requirePending();
        pending = null;
        for (Journal.Entry entry : contents.entries()) {
            DatasetDto next = entry.change().applyTo(history.current());
            history.push(words.get(RECOVERED, entry.label()), next);
            uniqueIds &= Change.uniqueIds(next); // a journal may hold a whole collection, duplicates and all
        }
        // Written anew against the file as it is now, so a second crash still recovers all of it.
        journal.begin(baseHash, List.of(new Journal.Entry(words.get(RECOVERED_ALL, contents.entries().size()),
                Change.between(saved, history.current(), uniqueIds))));
        journaling = true;
        notifyListeners();
    }

    /** Sets the journaled edits aside (moved into the backup folder, not deleted); returns where. */
    public synchronized Path discardRecovery() {
        requirePending();
        pending = null;
        Path target = backupFolder().resolve(file.getFileName() + "." + STAMP.format(clock.instant()) + ".journal");
        journal.moveTo(target);
        notifyListeners();
        return target;
    }

    /** Waits until every edit so far is in the recovery file. */
    public void flushJournal() throws IOException {
        journal.flush();
    }

    /**
     * Saves the document in canonical form: backup of the previous version, then an atomic write;
     * the recovery file goes. A document with problems is saved too (the result says which).
     *
     * @throws ChangedOnDiskException when the file changed on disk since it was opened or saved
     */
    public synchronized SaveResult save() throws IOException, ChangedOnDiskException {
        if (Files.isRegularFile(file) && !Hashing.sha256(FileBytes.read(file)).equals(baseHash)) {
            throw new ChangedOnDiskException(file, SafeSave.BACKUP_FOLDER);
        }
        return saveReplacingChangesOnDisk();
    }

    /** {@link #save()}, replacing a version changed on disk (which is backed up first, like any). */
    public synchronized SaveResult saveReplacingChangesOnDisk() throws IOException {
        requireDecided();
        DatasetDto document = history.current();
        byte[] bytes = CanonicalJson.bytes(document);
        SafeSave.Saved result = safeSave.save(file, bytes);
        saved = document;
        baseHash = Hashing.sha256(bytes);
        journal.remove();
        journaling = false;
        journal.flush();
        notifyListeners();
        return new SaveResult(result.written(), result.backup(), validator.validate(document));
    }

    /**
     * Drops every unsaved change: back to the file as last opened or saved, with an empty history.
     * The recovery file is set aside in the backup folder, so even this can be undone by hand.
     */
    public synchronized void revert() {
        requireDecided();
        if (journaling) {
            journal.moveTo(backupFolder().resolve(file.getFileName() + "." + STAMP.format(clock.instant())
                    + ".reverted.journal"));
            journaling = false;
        }
        history = new History(saved);
        notifyListeners();
    }

    /** Finishes writing the recovery file. Unsaved work stays in it for the next session. */
    @Override
    public void close() throws IOException {
        journal.close();
    }

    private void record(String label, DatasetDto before, DatasetDto after) {
        Journal.Entry entry = new Journal.Entry(label, Change.between(before, after, uniqueIds));
        if (journaling) {
            journal.append(entry);
        } else {
            journal.begin(baseHash, List.of(entry));
            journaling = true;
        }
        notifyListeners();
    }

    private void notifyListeners() {
        State state = state();
        listeners.forEach(l -> l.accept(state));
    }

    private Path backupFolder() {
        return file.getParent().resolve(SafeSave.BACKUP_FOLDER);
    }

    private void requireDecided() {
        if (pending != null) {
            throw new IllegalStateException(DECIDE_FIRST);
        }
    }

    private Journal.Contents requirePending() {
        if (pending == null) {
            throw new IllegalStateException("no unsaved work to recover");
        }
        return pending;
    }
}
