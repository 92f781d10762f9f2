/**
 * Curator mode's core, without JavaFX: what an editor window binds to through view models.
 *
 * <ul>
 *   <li>{@link app.corridor.curate.EditSession}: a dataset open for editing. Its document is a
 *       {@link app.corridor.dataset.Dto.DatasetDto} (immutable, always in canonical order, possibly
 *       with problems); {@link app.corridor.curate.Edit}s change it (refused ones throw
 *       {@link app.corridor.curate.EditRefusedException} and change nothing); undo, redo, a dirty
 *       flag and listeners receiving an {@link app.corridor.curate.EditSession.State}; a recovery
 *       journal forced to disk per edit and offered back after a crash
 *       ({@link app.corridor.curate.Recovery}); save with a backup, atomic, never silently over a
 *       file changed on disk ({@link app.corridor.curate.ChangedOnDiskException}).</li>
 *   <li>{@link app.corridor.curate.LiveValidator}: the loader's own rules on the document in memory;
 *       each problem with the {@link app.corridor.curate.FieldRef} to jump to.</li>
 *   <li>{@link app.corridor.curate.DateInput}: a date as typed → {@link app.corridor.curate.DateReading}
 *       (EDTF, precision, words, shape, or why it is refused).</li>
 *   <li>{@link app.corridor.curate.QuoteAttachment}: quotes by selection (exact offsets), trimmed,
 *       or typed and located, with where they stop matching.</li>
 *   <li>{@link app.corridor.curate.SourceImporter}: {@code .txt}, {@code .html}, {@code .pdf} →
 *       an {@link app.corridor.curate.ImportProposal} to approve, then written under {@code sources/}.</li>
 * </ul>
 *
 * <p>Threads: reading, validating, importing and saving touch the disk and belong on a background
 * task; edits, undo and redo are quick (their journaling runs on a thread of its own) and may be
 * called from the UI thread. The session's methods are synchronized.
 */
package app.corridor.curate;
