package app.corridor.curate;

import app.corridor.dataset.DatasetFiles;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.dataset.Hashing;
import app.corridor.dataset.LoadResult;
import app.corridor.dataset.canonical.CanonicalJson;
import app.corridor.dataset.canonical.OverlayFiles;
import app.corridor.model.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a document being edited by the rules of {@code corridor validate}, by running the very
 * same loader on it: the document is written in its canonical form in memory (exactly what saving
 * would write) and read through {@link OverlayFiles}, its source texts from the dataset's folder.
 * No rule is repeated here. Source files are read once and kept while their size and time stay
 * the same. Safe to call from a background thread.
 */
public final class LiveValidator {

    private final Path datasetFile;
    private final CachedFiles sources;
    /** The last document found valid, where the next check may start from; null before the first. */
    private IncrementalCheck lastValid;

    /** Validates documents that will be saved as {@code datasetFile}. */
    public LiveValidator(Path datasetFile) {
        this.datasetFile = datasetFile.toAbsolutePath();
        this.sources = new CachedFiles(new DirectoryDatasetFiles(this.datasetFile.getParent()));
    }

    /**
     * Every problem of {@code document}, or the valid dataset it makes. A document that differs
     * from the last valid one only in some events has just those checked ({@link IncrementalCheck});
     * its result then has no content hash.
     */
    public synchronized Validation validate(DatasetDto document) {
        DatasetDto canonical = CanonicalJson.normalize(document);
        if (lastValid != null) {
            Dataset quick = lastValid.datasetOf(canonical, this::load, sources::unchanged);
            if (quick != null) {
                lastValid = IncrementalCheck.after(canonical, quick);
                return new Validation(new LoadResult(quick, List.of(), null), List.of());
            }
        }
        LoadResult result = load(canonical);
        if (result.isValid()) {
            lastValid = IncrementalCheck.after(canonical, result.dataset());
        }
        return new Validation(result, result.problems().stream()
                .map(p -> new Validation.FieldProblem(p, FieldRef.of(p.pointer(), canonical))).toList());
    }

    /**
     * Takes {@code checked} as the dataset of {@code document}, which a whole check of the file it
     * was read from made earlier (the store the window shows), once every source file is read and
     * found to be as the document records it: all of that check that can differ since. The next
     * edits are then checked from it ({@link IncrementalCheck}). Null, and nothing kept, when a
     * source differs or cannot be read, or the two do not hold the same events: check it whole.
     */
    public synchronized Validation startFrom(DatasetDto document, Dataset checked) {
        DatasetDto canonical = CanonicalJson.normalize(document);
        if (canonical.sources() == null || canonical.events() == null
                || canonical.events().size() != checked.events().size()
                || canonical.sources().size() != checked.sources().size()) {
            return null;
        }
        for (SourceDto s : canonical.sources()) {
            try {
                byte[] text = sources.read(s.file(), DatasetLoader.SOURCES_FOLDER, DatasetLoader.MAX_SOURCE_BYTES);
                if (!Hashing.sha256(text).equals(s.sha256())) {
                    return null;
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        lastValid = IncrementalCheck.after(canonical, checked);
        return new Validation(new LoadResult(checked, List.of(), null), List.of());
    }

    /** The loader's verdict on {@code canonical}, written as saving would write it. */
    private LoadResult load(DatasetDto canonical) {
        String name = datasetFile.getFileName().toString();
        return new DatasetLoader().load(OverlayFiles.over(sources, name, CanonicalJson.bytes(canonical)), name);
    }

    /** The text of a source file (UTF-8), relative to the dataset's folder, if it can be read. */
    public Optional<String> sourceText(String relativePath) {
        try {
            return Optional.of(new String(sources.read(relativePath), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Source files read once, read again when their size or modification time changes. Each read
     * goes through the directory's own checks (links followed and kept inside {@code sources/}, the
     * size limit, no pipes or folders), so curator mode refuses what {@code corridor validate}
     * refuses; a copy is kept per path and limits.
     */
    private record CachedFiles(DirectoryDatasetFiles files, Map<Key, Cached> cache) implements DatasetFiles {

        private record Key(String path, String within, long maxBytes) {
        }

        private record Cached(long size, long modified, byte[] bytes) {
        }

        CachedFiles(DirectoryDatasetFiles files) {
            this(files, new ConcurrentHashMap<>());
        }

        @Override
        public byte[] read(String relativePath) throws IOException {
            return read(relativePath, null, DatasetLoader.MAX_DATASET_BYTES);
        }

        @Override
        public byte[] read(String relativePath, String within, long maxBytes) throws IOException {
            Key key = new Key(relativePath, within, maxBytes);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(files.directory().resolve(relativePath), BasicFileAttributes.class);
            } catch (IOException | InvalidPathException e) {
                // Gone, or no name this system takes: the directory's own read says so in its words.
                cache.remove(key);
                return files.read(relativePath, within, maxBytes);
            }
            Cached cached = cache.get(key);
            if (cached == null || cached.size() != attributes.size()
                    || cached.modified() != attributes.lastModifiedTime().toMillis()) {
                cached = new Cached(attributes.size(), attributes.lastModifiedTime().toMillis(),
                        files.read(relativePath, within, maxBytes));
                cache.put(key, cached);
            }
            return cached.bytes().clone();
        }

        @Override
        public String display(String relativePath) {
            return files.display(relativePath);
        }

        /** Whether the source file {@code relativePath} was read and has the same size and time still. */
        boolean unchanged(String relativePath) {
            Cached cached = cache.get(new Key(relativePath, DatasetLoader.SOURCES_FOLDER, DatasetLoader.MAX_SOURCE_BYTES));
            if (cached == null) {
                return false;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(files.directory().resolve(relativePath),
                        BasicFileAttributes.class);
                return cached.size() == attributes.size() && cached.modified() == attributes.lastModifiedTime().toMillis();
            } catch (IOException | InvalidPathException e) {
                return false;
            }
        }
    }
}
