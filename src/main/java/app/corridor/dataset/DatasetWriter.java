package app.corridor.dataset;

import app.corridor.dataset.canonical.CanonicalJson;
import app.corridor.dataset.canonical.ModelDocument;
import app.corridor.dataset.canonical.SafeSave;
import app.corridor.model.Dataset;
import app.corridor.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link Dataset} as a dataset folder, {@code events.json} (in the canonical form, see
 * {@link CanonicalJson}) and {@code sources/…}. Quotes are written as an editor types them: each
 * run of whitespace one plain space; the loader finds them again by its whitespace-tolerant match,
 * at the same offsets (so generated datasets exercise that match too). The sources are written first and
 * {@code events.json} last and atomically: an interrupted write never leaves a dataset file that
 * names missing sources.
 */
public final class DatasetWriter {

    private DatasetWriter() {
    }

    /**
     * Writes {@code dataset} into {@code directory} (created when missing).
     *
     * @param replace whether an existing {@code events.json} there may be replaced
     * @return the dataset file written
     * @throws FileAlreadyExistsException when {@code events.json} exists and {@code replace} is false
     */
    public static Path write(Dataset dataset, Path directory, boolean replace) throws IOException {
        Path target = directory.resolve(DatasetLoader.DATASET_FILE);
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Files.createDirectories(directory);
        for (Source s : dataset.sources()) {
            Path file = directory.resolve(s.file());
            Files.createDirectories(file.getParent());
            Files.writeString(file, dataset.sourceTexts().get(s.id()), StandardCharsets.UTF_8);
        }
        Dto.DatasetDto document = ModelDocument.of(dataset);
        List<Dto.EventDto> events = document.events().stream().map(e -> new Dto.EventDto(e.id(), e.title(), e.kind(),
                e.date(), e.location(), e.actors(), e.summary(), e.note(), e.quotes().stream()
                .map(q -> new Dto.QuoteDto(q.source(), typed(q.text()))).toList())).toList();
        SafeSave.writeAtomically(target, CanonicalJson.bytes(new Dto.DatasetDto(document.schemaVersion(),
                document.title(), document.sources(), document.actors(), events)));
        return target;
    }

    /** {@code quote} as typed: every run of whitespace (no-break and other spaces too) one plain space. */
    static String typed(String quote) {
        StringBuilder sb = new StringBuilder(quote.length());
        boolean space = false;
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            if (QuoteLocator.isSpace(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
