/**
 * The written form of a dataset: the canonical {@code events.json} that {@code corridor fmt}, the
 * editor's save and the dataset export all produce, and the safe ways of writing it.
 *
 * <ul>
 *   <li>{@link app.corridor.dataset.canonical.DatasetDocuments#read} reads a file as a document
 *       ({@link app.corridor.dataset.Dto.DatasetDto}), strictly: what it cannot keep (an unknown key,
 *       a duplicate key, a number where text belongs) is refused with its line and column.</li>
 *   <li>{@link app.corridor.dataset.canonical.CanonicalJson} writes a document canonically and tells
 *       where a file departs from that form; {@link app.corridor.dataset.canonical.CanonicalOrder} is
 *       the order of its collections.</li>
 *   <li>{@link app.corridor.dataset.canonical.SafeSave} replaces a file atomically after a
 *       timestamped backup; {@link app.corridor.dataset.canonical.NewDataset} creates or copies a
 *       dataset folder; {@link app.corridor.dataset.canonical.OverlayFiles} lets the loader check a
 *       document held in memory.</li>
 * </ul>
 *
 * <p>A package of its own, beside {@code dataset} rather than in it: the loader's package reads and
 * validates, this one writes, and the CLI, the export and the editor all use it without depending
 * on one another. It depends on {@code dataset} and {@code model} only.
 */
package app.corridor.dataset.canonical;
