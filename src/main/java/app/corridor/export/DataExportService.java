package app.corridor.export;

import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.canonical.CanonicalJson;
import app.corridor.dataset.canonical.ModelDocument;
import app.corridor.dataset.Hashing;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Exports the filtered events themselves: as CSV, as a Corridor dataset holding only them (with
 * the actors and sources they use, and those source files), or the sources they quote as CSL-JSON
 * or BibTeX. The GUI's Export data dialog and {@code corridor export-data} both call it. Files are
 * written whole or not at all, like image exports; no display or JavaFX needed.
 */
public final class DataExportService {

    /** What the dataset folder holds at its top level; only such a folder is ever replaced. */
    static final Set<String> DATASET_ENTRIES = Set.of(DatasetLoader.DATASET_FILE, "sources");

    /**
     * What was written.
     *
     * @param events  events exported (for citations, those whose sources are listed)
     * @param sources sources written (cited, or copied into the dataset)
     */
    public record Result(Path target, DataFormat format, int events, int actors, int sources, long bytes) {
    }

    private final AtomicFileWriter writer;
    private final Messages words;

    public DataExportService() {
        this(Language.ENGLISH);
    }

    /** A service whose progress messages speak {@code language} (the data itself stays as written). */
    public DataExportService(Language language) {
        this(new AtomicFileWriter(), language);
    }

    DataExportService(AtomicFileWriter writer) {
        this(writer, Language.ENGLISH);
    }

    private DataExportService(AtomicFileWriter writer, Language language) {
        this.writer = writer;
        this.words = Messages.of(language);
    }

    /**
     * Writes {@code events} (those that pass the filter, in time order) from {@code data} to
     * {@code target} as {@code format}.
     *
     * @param title     the exported dataset's title (JSON only)
     * @param overwrite replace an existing file, or a folder holding only an earlier dataset export
     * @throws TargetExistsException    the target exists and {@code overwrite} is false
     * @throws ExportCancelledException {@code progress} asked to stop; nothing was written
     * @throws ExportException          it could not be written; the message says which file and why
     */
    public Result export(DataFormat format, List<Event> events, Dataset data, String title, Path target,
                         boolean overwrite, ExportProgress progress) throws ExportException {
        Objects.requireNonNull(format, "format");
        Runnable checkpoint = Cancellation.checkpoint(progress);
        Map<String, Actor> actorsById = new LinkedHashMap<>();
        data.actors().forEach(a -> actorsById.put(a.id(), a));
        Map<String, Source> sourcesById = new LinkedHashMap<>();
        data.sources().forEach(s -> sourcesById.put(s.id(), s));
        List<Source> cited = cited(events, data);
        try {
            progress.update(0.05, words.get("export.progress.writing", format.label(words)));
            Result result = switch (format) {
                case CSV -> new Result(target, format, events.size(), 0, cited.size(), writer.write(target, overwrite,
                        out -> EventCsv.write(events, actorsById::get, sourcesById, out, checkpoint)));
                case CSL_JSON -> new Result(target, format, events.size(), 0, cited.size(),
                        writer.write(target, overwrite, out -> Citations.writeCslJson(cited, out)));
                case BIBTEX -> new Result(target, format, events.size(), 0, cited.size(),
                        writer.write(target, overwrite, out -> Citations.writeBibtex(cited, out)));
                case JSON -> dataset(events, data, cited, title, target, overwrite, checkpoint);
            };
            checkpoint.run();
            progress.update(1, words.get("export.progress.done"));
            return result;
        } catch (Cancellation.Cancelled e) {
            throw new ExportCancelledException(target);
        }
    }

    /** The sources {@code events} quote, in the dataset's order. */
    static List<Source> cited(List<Event> events, Dataset data) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> e.quotes().forEach(q -> ids.add(q.sourceId())));
        return data.sources().stream().filter(s -> ids.contains(s.id())).toList();
    }

    private Result dataset(List<Event> events, Dataset data, List<Source> cited, String title, Path target,
                           boolean overwrite, Runnable checkpoint) throws ExportException {
        Set<String> actorIds = new LinkedHashSet<>();
        events.forEach(e -> e.participants().forEach(p -> actorIds.add(p.actorId())));
        List<Actor> actors = data.actors().stream().filter(a -> actorIds.contains(a.id())).toList();
        Map<String, String> texts = new LinkedHashMap<>();
        cited.forEach(s -> texts.put(s.id(), data.sourceTexts().get(s.id())));
        Dataset subset = new Dataset(title == null ? data.title() : title, cited, actors, events, texts);
        long bytes = writer.writeFolder(target, overwrite, DATASET_ENTRIES, folder -> {
            Files.write(folder.resolve(DatasetLoader.DATASET_FILE), CanonicalJson.bytes(ModelDocument.of(subset)));
            for (Source s : cited) {
                checkpoint.run();
                byte[] text = textBytes(s, data, target);
                Path file = folder.resolve(s.file());
                Files.createDirectories(file.getParent());
                Files.write(file, text);
            }
        });
        return new Result(target, DataFormat.JSON, events.size(), actors.size(), cited.size(), bytes);
    }

    /**
     * The source's text as the bytes it was read from: strict UTF-8 decoding and encoding round
     * trip, and the checksum proves it; a mismatch stops the export rather than write a dataset
     * that would not validate.
     */
    private static byte[] textBytes(Source s, Dataset data, Path target) throws ExportException {
        String text = data.sourceTexts().get(s.id());
        if (text == null) {
            throw new ExportException(target, "Cannot export the dataset: the text of source " + s.id()
                    + " is not in the store");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!Hashing.sha256(bytes).equals(s.sha256())) {
            throw new ExportException(target, "Cannot export the dataset: the text of source " + s.id()
                    + " no longer matches its checksum; nothing was written");
        }
        return bytes;
    }
}
