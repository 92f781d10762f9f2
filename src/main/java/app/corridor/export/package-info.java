/**
 * Exporting the timeline to PNG, SVG and PDF: one service for the GUI's export dialog and the
 * {@code corridor export} command.
 *
 * <p>From the GUI (on a background task, never the FX thread):
 *
 * <pre>{@code
 * ExportRange range = wholeFilteredRange
 *         ? ExportRange.spanning(filteredEvents)                 // events' span, room for labels
 *         : ExportRange.window(scale.time(0), scale.time(plotWidth)); // exactly what is visible
 * ExportRequest request = ExportRequest.of(ExportFormat.SVG, range)
 *         .withLanes(laneMode).withTheme(Theme.light()).withTitle(title)
 *         .withWidth(3000).withScale(2)                           // PNG/SVG; PDF uses withPaper(...)
 *         .withLegend(true).withFiltersLine(true).withFooter(true);
 * String name = ExportNames.defaultFileName(request.format(), range, filter);  // for the file chooser
 * String filters = FilterDescription.of(filter, actorsById::get, filteredEvents.size());
 * ExportResult result = new ExportService().export(request, filteredEvents, actorsById::get,
 *         dataset.sources(), filters, chosenPath, userConfirmedOverwrite, progress);
 * }</pre>
 *
 * <p>{@link app.corridor.export.ExportProgress} receives fractions in [0, 1] and is asked
 * {@code isCancelled()} between strips, pages and every few dozen shapes; a JavaFX {@code Task}
 * forwards {@code update} to {@code updateProgress}/{@code updateMessage} and answers
 * {@code isCancelled()} from its own state. A cancelled export throws
 * {@link app.corridor.export.ExportCancelledException} and leaves no file; an existing file with
 * {@code overwrite == false} throws {@link app.corridor.export.TargetExistsException} before any
 * work (ask the user, then call again with {@code true}); any other failure throws
 * {@link app.corridor.export.ExportException} whose message names the file and the cause.
 */
package app.corridor.export;
