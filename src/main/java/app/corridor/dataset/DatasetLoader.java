package app.corridor.dataset;

import app.corridor.HeapGrowth;
import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.Dto.RoleDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.dataset.ShapeReader.Entry;
import app.corridor.model.Actor;
import app.corridor.model.ActorKind;
import app.corridor.model.Coded;
import app.corridor.model.Country;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.model.Part;
import app.corridor.model.Participation;
import app.corridor.model.Quote;
import app.corridor.model.Role;
import app.corridor.model.Source;
import app.corridor.model.SourceTexts;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.regex.Pattern;

/**
 * Reads {@code events.json} and the source texts it names, checks everything, and returns either
 * a valid {@link Dataset} or every problem found, each located by file, line:column and JSON path.
 *
 * <p>The rules: strict UTF-8; JSON syntax within {@link JsonLimits}; the shape of each object (see
 * {@link Dto}); a supported schema version; slug ids, unique per collection; kinds, countries and
 * parts from their vocabularies; dates in the EDTF subset, possible and not reversed; actor and
 * source references that resolve; source files inside {@code sources/} (links followed), regular
 * files within {@link #MAX_SOURCE_BYTES}, valid UTF-8 and byte-identical to their recorded SHA-256;
 * at least one quote per event, each found verbatim in its source (see {@link QuoteLocator}).
 *
 * <p>Costs stay about linear in the input whatever it holds: the file is read in one streaming
 * pass with no position kept per value (a problem's place is found by reading the file again, only
 * when there are problems), and each source is indexed once for all its quotes.
 */
public final class DatasetLoader {

    /** The {@code schemaVersion} this version of Corridor reads. */
    public static final int SCHEMA_VERSION = 1;

    /** The dataset file's usual name. */
    public static final String DATASET_FILE = "events.json";

    /** The largest dataset file read: 256 MiB (about 500,000 events); larger ones are refused unread. */
    public static final long MAX_DATASET_BYTES = 256L << 20;

    /**
     * The largest source text read: 8 MiB, over a million words (a long book is 2 or 3 MiB). It bounds
     * what indexing a source for its quotes may cost (see {@link SuffixIndex}).
     */
    public static final long MAX_SOURCE_BYTES = 8L << 20;

    /** The folder, next to the dataset file, that every source file must lie in. */
    public static final String SOURCES_FOLDER = "sources";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final BigInteger SUPPORTED_VERSION = BigInteger.valueOf(SCHEMA_VERSION);

    /** Whether results carry the file's SHA-256 ({@link LoadResult#contentHash}). */
    private final boolean hashed;

    /** A loader whose results carry the dataset file's SHA-256, as a store built from them records. */
    public DatasetLoader() {
        this(true);
    }

    private DatasetLoader(boolean hashed) {
        this.hashed = hashed;
    }

    /**
     * A loader for a check whose result is not kept: no {@link LoadResult#contentHash}. Hashing a
     * 100,000-event file took a tenth of {@code corridor validate}'s processor time, and over a
     * quarter where the JVM runs only its quick compiler, which does not use the SHA instructions.
     */
    public static DatasetLoader forChecking() {
        return new DatasetLoader(false);
    }

    /**
     * Loads {@code datasetFile} (relative to {@code files}) and the sources it names, the heap
     * growing by as little as it can meanwhile (a first start's peak is this parse's).
     */
    public LoadResult load(DatasetFiles files, String datasetFile) {
        return HeapGrowth.sparingly(() -> new Run(files, datasetFile).load());
    }

    /** The state of one load: where problems go and what has been read so far. */
    private final class Run {
        private final DatasetFiles files;
        private final String datasetFile;
        private final String display;
        private final List<Problem> problems = new ArrayList<>();
        /** Problems found after reading, by JSON Pointer: placed in the file at the end, all at once. */
        private final Map<String, List<String>> unplaced = new HashMap<>();
        /**
         * Where each quote was found, or how far it matched; filled before the events are checked.
         * Numbered in the file's order: event {@code i}'s quote {@code j} is {@code found[firstQuote[i] + j]}
         * (by number rather than in a map by value: hashing every quote's text, and a map's misses
         * in the processor's cache, were a twentieth of a check).
         */
        private Found[] found;
        private int[] firstQuote;
        /** Problems the parser met, by byte offset: placed at the end with the rest, by reading the file again. */
        private final List<AtOffset> atOffsets = new ArrayList<>();
        /** The sources, checked on the other core while the parser reads on, and the entries they were checked from. */
        private CompletableFuture<CheckedSources> sourcesEarly;
        private List<Entry<Object>> sourcesEarlyFrom;

        Run(DatasetFiles files, String datasetFile) {
            this.files = files;
            this.datasetFile = datasetFile;
            this.display = files.display(datasetFile);
        }

        LoadResult load() {
            // The file is parsed as it is read, a piece at a time, never held whole; its digest is
            // taken of the same pieces on another thread.
            FileDigest digest = new FileDigest(hashed);
            Object[] root;
            try (InputStream file = files.open(datasetFile)) {
                PieceReader pieces = new PieceReader(file, MAX_DATASET_BYTES, digest::accept);
                root = read(pieces);
                // The digest covers the whole file, also when the parser stopped early.
                pieces.drain();
            } catch (NoSuchFileException e) {
                return unread(digest, "file not found");
            } catch (RefusedFileException e) {
                return unread(digest, "the file " + refusal(e, "a dataset file", MAX_DATASET_BYTES));
            } catch (IOException e) {
                return unread(digest, "cannot read the file: " + e.getMessage());
            }
            FileDigest.Result seen = digest.finish();
            if ((root == null || seen.malformedAt() >= 0) && sourcesEarly != null) {
                sourcesEarly.join(); // the file is unreadable: what its sources have does not count
                unplaced.clear();
            }
            if (seen.malformedAt() >= 0) {
                // Reported alone: what the parser made of the bytes is of no use to anyone.
                problems.clear();
                atOffsets.clear();
                unplaced.clear();
                atOffsets.add(new AtOffset(seen.malformedAt(), new TextPosition(0, 0), "", String.format(
                        java.util.Locale.ROOT, "the file is not valid UTF-8 text: the byte 0x%02X here cannot be "
                                + "read as UTF-8 (save the file as UTF-8)", seen.malformedByte())));
                place(seen.crc32c());
                return new LoadResult(null, problems, seen.sha256());
            }
            Dataset dataset = root == null ? null : check(root);
            place(seen.crc32c());
            // Problems are found in parallel: the order within one place is made definite here.
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                    .thenComparing(Problem::pointer).thenComparing(Problem::message));
            return problems.isEmpty() ? new LoadResult(dataset, List.of(), seen.sha256())
                    : new LoadResult(null, problems, seen.sha256());
        }

        /**
         * Reads the root object's fields; null when the file cannot be read as JSON (the problem is
         * reported). A file refused while read (it grew past the limit) is thrown.
         */
        private Object[] read(InputStream in) throws RefusedFileException {
            JsonParser parser = null;
            try {
                parser = JsonLimits.FACTORY.createParser(in);
                if (parser.nextToken() == null) {
                    problems.add(problemAt(TextPosition.START, "", "the file is empty: a dataset is one JSON object"));
                    return null;
                }
                Object[] root = new ShapeReader(parser, (at, pointer, message) -> parsed(at, pointer, message),
                        this::arrayRead).readRoot(DatasetDto.class);
                if (parser.nextToken() != null) {
                    throw new JsonParseException(parser, "unexpected content after the end of the top-level value");
                }
                return root;
            } catch (StreamConstraintsException e) {
                // Where the reader stopped: inside the long key or string, at the bracket one too deep.
                parsed(e.getLocation() != null ? e.getLocation() : parser.currentLocation(), "", JsonLimits.explain(e));
            } catch (JsonProcessingException e) {
                parsed(e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation(), "",
                        "JSON syntax error: " + e.getOriginalMessage());
            } catch (RefusedFileException e) {
                throw e;
            } catch (IOException e) {
                problems.add(problemAt(TextPosition.START, "", "cannot read the file: " + e.getMessage()));
            } finally {
                closeQuietly(parser);
            }
            return null;
        }

        /** A problem the parser met at {@code at}; its own line and column stand if the file cannot be read again. */
        private void parsed(JsonLocation at, String pointer, String message) {
            atOffsets.add(new AtOffset(at.getByteOffset(), new TextPosition(Math.max(1, at.getLineNr()),
                    Math.max(1, at.getColumnNr())), pointer, message));
        }

        private Problem problemAt(TextPosition at, String pointer, String message) {
            return new Problem(display, pointer, at.line(), at.column(), message);
        }

        /**
         * The file could not be read, or not to its end (it grew past the limit meanwhile): that alone
         * is reported, once the work begun on what was read has stopped.
         */
        private LoadResult unread(FileDigest digest, String message) {
            digest.finish();
            if (sourcesEarly != null) {
                sourcesEarly.exceptionally(e -> null).join();
            }
            problems.clear();
            atOffsets.clear();
            unplaced.clear();
            return failed(null, message);
        }

        private LoadResult failed(String hash, String message) {
            problems.add(new Problem(display, "", 0, 0, message));
            return new LoadResult(null, problems, hash);
        }

        /** A problem with the value at {@code pointer}; its line and column are found later. Thread-safe. */
        private synchronized void problem(String pointer, String message) {
            unplaced.computeIfAbsent(pointer, p -> new ArrayList<>(1)).add(message);
        }

        /**
         * Finds the place of every problem reported by pointer or by byte offset, in one more pass
         * over the file (read again; when it changed meanwhile, those by pointer are reported without
         * a place, those by offset at the parser's own line and column).
         */
        private void place(long readAs) {
            if (unplaced.isEmpty() && atOffsets.isEmpty()) {
                return;
            }
            Map<String, Long> offsets = Map.of();
            LineIndex again = null;
            try {
                byte[] json = files.read(datasetFile);
                if (Hashing.crc32c(json) == readAs) {
                    again = new LineIndex(json);
                    // Problems by pointer come only from a file the parser read whole.
                    offsets = unplaced.isEmpty() ? Map.of() : JsonLocator.offsets(json, unplaced.keySet());
                }
            } catch (IOException e) {
                // Gone or unreadable since: the problems stand, without line and column.
            }
            for (AtOffset p : atOffsets) {
                TextPosition at = again != null && p.offset() >= 0 ? again.at(p.offset()) : p.fallback();
                problems.add(problemAt(at, p.pointer(), p.message()));
            }
            for (Map.Entry<String, List<String>> e : unplaced.entrySet()) {
                Long offset = offsets.get(e.getKey());
                TextPosition at = offset != null ? again.at(offset) : new TextPosition(0, 0);
                for (String message : e.getValue()) {
                    problems.add(problemAt(at, e.getKey(), message));
                }
            }
        }

        /** The sources array has been read: check its files while the parser goes on. */
        private void arrayRead(String field, List<Entry<Object>> entries) {
            if (field.equals("sources") && sourcesEarly == null) {
                sourcesEarlyFrom = entries;
                sourcesEarly = CompletableFuture.supplyAsync(() -> checkSources(entries));
            }
        }

        /** A problem at a byte offset of the file (-1 when the parser could not tell), and where else to say it is. */
        private record AtOffset(long offset, TextPosition fallback, String pointer, String message) {
        }

        /**
         * The sources checked, their texts by id (and the same as read, UTF-8, for the dataset to keep),
         * and every source id.
         */
        private record CheckedSources(List<Source> sources, Map<String, String> texts, Map<String, byte[]> utf8,
                                      Map<String, String> ids) {
        }

        /** Where a quote was found in its source; or, its span null, how much of it matched. */
        private record Found(QuoteLocator.Span span, String prefix) {
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private CheckedSources checkSources(List<? extends Entry<?>> entries) {
            List<Entry<SourceDto>> sourceEntries = (List) entries;
            int count = sourceEntries == null ? 0 : sourceEntries.size();
            String[] textOf = new String[count];
            byte[][] utf8Of = new byte[count][];
            List<Source> sources = checkAll("sources", sourceEntries, (dto, i, p) -> source(dto, p, textOf, utf8Of, i));
            // In the file's order, so that of two sources with one id (already a problem) the last counts, as always.
            Map<String, String> texts = new HashMap<>();
            Map<String, byte[]> utf8 = new HashMap<>();
            for (int i = 0; i < count; i++) {
                if (textOf[i] != null) {
                    texts.put(sourceEntries.get(i).value().id(), textOf[i]);
                    utf8.put(sourceEntries.get(i).value().id(), utf8Of[i]);
                }
            }
            return new CheckedSources(sources, texts, utf8, idsIn(sourceEntries));
        }

        @SuppressWarnings("unchecked")
        private Dataset check(Object[] root) {
            List<Entry<SourceDto>> sourceEntries = (List<Entry<SourceDto>>) root[2];
            CheckedSources checked;
            if (sourcesEarly != null && sourcesEarlyFrom == root[2]) {
                checked = joined(sourcesEarly);
            } else {
                if (sourcesEarly != null) {
                    // A second "sources" key (already a problem) replaced the array checked early.
                    joined(sourcesEarly);
                    unplaced.clear();
                }
                checked = checkSources(sourceEntries);
            }
            BigInteger version = (BigInteger) root[0];
            if (version != null && !version.equals(SUPPORTED_VERSION)) {
                problem("/schemaVersion", "schema version " + ShapeReader.abbreviate(version.toString())
                        + " is not supported (this version of Corridor reads " + SCHEMA_VERSION + ")");
            }
            String title = (String) root[1];
            List<Entry<ActorDto>> actorEntries = (List<Entry<ActorDto>>) root[3];
            List<Entry<EventDto>> eventEntries = (List<Entry<EventDto>>) root[4];
            Map<String, String> texts = checked.texts();
            // The files' own bytes (valid UTF-8, so exactly the texts'): nothing to encode again, and
            // what each quote is a span of.
            SourceTexts kept = SourceTexts.ofDecoded(texts, checked.utf8());
            Map<String, String> sourceIds = checked.ids();
            List<Actor> actors = checkAll("actors", actorEntries, (dto, i, p) -> actor(dto, p));
            locateAll(eventEntries, texts);
            Map<String, String> actorIds = idsIn(actorEntries);
            List<Event> events = checkAll("events", eventEntries,
                    (dto, i, p) -> event(dto, firstQuote[i], p, actorIds, sourceIds, texts, kept));
            if (!problems.isEmpty() || !unplaced.isEmpty() || !atOffsets.isEmpty()) {
                return null;
            }
            return new Dataset(title, checked.sources(), actors, events, kept);
        }

        /**
         * Every quote located ({@link #found}), source by source: a source is indexed, used for all its
         * quotes and let go, so that only the few indexes in use at once are held. Kept all through the
         * events' check, the indexes of 100,000 events' sources were 79 MB, a quarter of what the load held.
         */
        private void locateAll(List<Entry<EventDto>> events, Map<String, String> texts) {
            List<Entry<EventDto>> all = events == null ? List.of() : events;
            firstQuote = new int[all.size() + 1];
            for (int i = 0; i < all.size(); i++) {
                EventDto event = all.get(i).value();
                firstQuote[i + 1] = firstQuote[i] + (event == null ? 0 : event.quotes().size());
            }
            QuoteDto[] quotes = new QuoteDto[firstQuote[all.size()]];
            int[] sourceOf = new int[quotes.length]; // the source's number + 1; 0 when it has no text to search
            Map<String, Integer> numbers = new HashMap<>();
            List<String> sources = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                EventDto event = all.get(i).value();
                for (int j = 0, k = firstQuote[i]; event != null && j < event.quotes().size(); j++, k++) {
                    QuoteDto quote = event.quotes().get(j);
                    quotes[k] = quote;
                    if (texts.containsKey(quote.source())) {
                        sourceOf[k] = 1 + numbers.computeIfAbsent(quote.source(), id -> {
                            sources.add(id);
                            return sources.size() - 1;
                        });
                    }
                }
            }
            // The quotes' numbers grouped by source: source s has byGroup[groupStart[s] .. groupStart[s + 1]).
            int[] groupStart = new int[sources.size() + 2];
            for (int source : sourceOf) {
                groupStart[source + 1]++;
            }
            for (int g = 1; g < groupStart.length; g++) {
                groupStart[g] += groupStart[g - 1];
            }
            int[] byGroup = new int[quotes.length];
            int[] next = java.util.Arrays.copyOf(groupStart, groupStart.length);
            for (int k = 0; k < quotes.length; k++) {
                byGroup[next[sourceOf[k]]++] = k;
            }
            Found[] located = new Found[quotes.length];
            IntStream.range(1, sources.size() + 1).parallel().forEach(source -> {
                QuoteLocator locator = QuoteLocator.index(texts.get(sources.get(source - 1)));
                for (int r = groupStart[source]; r < groupStart[source + 1]; r++) {
                    String text = quotes[byGroup[r]].text();
                    located[byGroup[r]] = locator.locate(text).map(span -> new Found(span, null))
                            .orElseGet(() -> new Found(null, locator.longestMatchingPrefix(text)));
                }
            });
            found = located;
        }

        /** The value of a finished task; a bug in it is thrown here as itself, not wrapped. */
        private <T> T joined(CompletableFuture<T> task) {
            try {
                return task.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }

        /**
         * Checks each well-shaped element of a top-level array, in parallel (each check reads only
         * what earlier phases made), and that ids are unique across it; the models in the file's order.
         */
        @SuppressWarnings("unchecked")
        private <D, M> List<M> checkAll(String field, List<Entry<D>> entries, Checker<D, M> checker) {
            List<M> out = new ArrayList<>();
            if (entries == null) {
                return out;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                Entry<D> entry = entries.get(i);
                if (entry.id() != null) {
                    checkId(entry.id(), field, i, seen);
                }
            }
            Object[] models = new Object[entries.size()];
            IntStream.range(0, entries.size()).parallel().forEach(i -> {
                D value = entries.get(i).value();
                if (value != null) {
                    models[i] = checker.check(value, i, () -> "/" + field + "/" + i);
                }
            });
            for (Object model : models) {
                if (model != null) {
                    out.add((M) model);
                }
            }
            return out;
        }

        private void checkId(String id, String field, int index, Set<String> seen) {
            boolean slug = isSlug(id);
            boolean first = seen.add(id);
            if (slug && first) {
                return;
            }
            String pointer = "/" + field + "/" + index + "/id";
            if (!slug) {
                problem(pointer, "id \"" + ShapeReader.abbreviate(id) + "\" is not a slug: use lowercase letters, "
                        + "digits and single hyphens, e.g. \"xi-jinping\"");
            }
            if (!first) {
                problem(pointer, "duplicate id \"" + ShapeReader.abbreviate(id) + "\": ids must be unique");
            }
        }

        private Source source(SourceDto dto, Pointer p, String[] texts, byte[][] utf8, int index) {
            boolean ok = true;
            if (!SHA256.matcher(dto.sha256()).matches()) {
                problem(p.get() + "/sha256", "sha256 must be 64 lowercase hex digits");
                ok = false;
            }
            if (dto.url() != null && !dto.url().matches("https?://\\S+")) {
                problem(p.get() + "/url", "url must start with http:// or https:// (or be null when not known)");
                ok = false;
            }
            PartialDate published = partialDate(dto.published(), p, "/published");
            ok &= dto.published() == null || published != null;
            ok &= sourceText(dto, p, texts, utf8, index);
            if (!ok) {
                return null;
            }
            return new Source(dto.id(), dto.file(), dto.sha256(), dto.title(), dto.author(), dto.authorRole(),
                    dto.outlet(), published, dto.url(), dto.note());
        }

        /**
         * Reads, checks and decodes a source's text; keeps the text even on a checksum problem (so its
         * quotes are still checked), never the text of a file that was refused.
         */
        private boolean sourceText(SourceDto dto, Pointer p, String[] texts, byte[][] utf8, int index) {
            String file = dto.file();
            if (!isSourcePath(file)) {
                problem(p.get() + "/file", "\"" + ShapeReader.abbreviate(file) + "\" is outside sources/: a source file "
                        + "must lie in the sources/ folder next to the dataset file, e.g. \"sources/speech.txt\"");
                return false;
            }
            String shown = files.display(file);
            byte[] source;
            try {
                source = files.read(file, SOURCES_FOLDER, MAX_SOURCE_BYTES);
            } catch (NoSuchFileException e) {
                problem(p.get() + "/file", "source file not found: " + shown);
                return false;
            } catch (RefusedFileException e) {
                problem(p.get() + "/file", shown + " " + refusal(e, "a source file", MAX_SOURCE_BYTES));
                return false;
            } catch (IOException e) {
                problem(p.get() + "/file", "cannot read " + shown + ": " + e.getMessage());
                return false;
            }
            int bad = Utf8.firstMalformed(source);
            if (bad >= 0) {
                problem(p.get() + "/file", shown + " is not valid UTF-8 text: " + Utf8.describeBadByte(source, bad)
                        + " (save it as UTF-8)");
                return false;
            }
            texts[index] = Utf8.decode(source);
            utf8[index] = source;
            String actual = Hashing.sha256(source);
            if (!actual.equals(dto.sha256())) {
                problem(p.get() + "/sha256", shown + " differs from its recorded checksum (recorded "
                        + dto.sha256() + ", file has " + actual + "); source texts must stay byte-identical to "
                        + "their originals");
                return false;
            }
            return true;
        }

        private Actor actor(ActorDto dto, Pointer p) {
            Country country = code(Country.class, dto.country(), p, "/country", "country");
            ActorKind kind = code(ActorKind.class, dto.kind(), p, "/kind", "actor kind");
            List<Role> roles = new ArrayList<>();
            List<RoleDto> roleDtos = dto.roles() == null ? List.of() : dto.roles();
            boolean ok = country != null && kind != null;
            for (int i = 0; i < roleDtos.size(); i++) {
                RoleDto r = roleDtos.get(i);
                Pointer rp = p.then("/roles", i);
                PartialDate from = partialDate(r.from(), rp, "/from");
                PartialDate to = partialDate(r.to(), rp, "/to");
                if ((r.from() != null && from == null) || (r.to() != null && to == null)) {
                    ok = false;
                } else if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
                    problem(rp.get() + "/to", "the role ends (" + to + ") before it starts (" + from + ")");
                    ok = false;
                } else {
                    roles.add(new Role(r.title(), from, to));
                }
            }
            blank(dto.name(), p, "/name", "name");
            return ok ? new Actor(dto.id(), dto.name(), dto.nativeName(), country, kind, roles) : null;
        }

        /** Checks one event; pointers to its parts are built only for the problems found (most events have none). */
        private Event event(EventDto dto, int firstQuote, Pointer p, Map<String, String> actorIds,
                            Map<String, String> sourceIds, Map<String, String> texts, SourceTexts kept) {
            EventKind kind = code(EventKind.class, dto.kind(), p, "/kind", "event kind");
            EventDate date = null;
            if (dto.date().length() > MAX_DATE_CHARS) {
                problem(p.get() + "/date", "invalid date \"" + ShapeReader.abbreviate(dto.date()) + "\": too long to be one "
                        + "(use YYYY, YYYY-MM, YYYY-MM-DD or START/END)");
            } else {
                try {
                    date = EventDate.parse(dto.date());
                } catch (DateTimeException e) {
                    problem(p.get() + "/date", "invalid date \"" + dto.date() + "\": " + e.getMessage()
                            + " (use YYYY, YYYY-MM, YYYY-MM-DD or START/END)");
                }
            }
            boolean ok = kind != null && date != null;
            ok &= !blank(dto.title(), p, "/title", "title");
            ok &= !blank(dto.summary(), p, "/summary", "summary");
            List<Participation> participants = new ArrayList<>(dto.actors().size());
            for (int i = 0; i < dto.actors().size(); i++) {
                ParticipationDto a = dto.actors().get(i);
                Part part = code(Part.class, a.part(), p.then("/actors", i), "/part", "part");
                if (!actorIds.containsKey(a.actor())) {
                    problem(p.get() + "/actors/" + i + "/actor", "unknown actor \"" + ShapeReader.abbreviate(a.actor())
                            + "\": no actor in /actors has this id");
                    ok = false;
                } else if (listedBefore(dto.actors(), i)) {
                    problem(p.get() + "/actors/" + i + "/actor", "actor \"" + a.actor() + "\" is listed twice in this event");
                    ok = false;
                } else if (part != null) {
                    participants.add(new Participation(actorIds.get(a.actor()), part));
                }
                ok &= part != null;
            }
            if (dto.quotes().isEmpty()) {
                problem(p.get() + "/quotes", "an event needs at least one quote from a source");
                ok = false;
            }
            List<Quote> quotes = new ArrayList<>(dto.quotes().size());
            for (int i = 0; i < dto.quotes().size(); i++) {
                Quote quote = quote(dto.quotes().get(i), firstQuote + i, p, i, sourceIds, texts, kept);
                if (quote == null) {
                    ok = false;
                } else {
                    quotes.add(quote);
                }
            }
            return ok ? new Event(dto.id(), dto.title(), kind, date, dto.location(), participants,
                    dto.summary(), dto.note(), quotes) : null;
        }

        private Quote quote(QuoteDto dto, int number, Pointer event, int index, Map<String, String> sourceIds,
                            Map<String, String> texts, SourceTexts kept) {
            if (!sourceIds.containsKey(dto.source())) {
                problem(event.get() + "/quotes/" + index + "/source", "unknown source \"" + ShapeReader.abbreviate(dto.source())
                        + "\": no source in /sources has this id");
                return null;
            }
            if (blank(dto.text(), event.then("/quotes", index), "/text", "quote text")) {
                return null;
            }
            if (!texts.containsKey(dto.source())) {
                return null; // the source's own problem is already reported
            }
            Found where = found[number];
            if (where.span() == null) {
                String prefix = where.prefix();
                problem(event.get() + "/quotes/" + index + "/text", "quote not found in source \"" + dto.source() + "\""
                        + (prefix.isEmpty() ? "; not even its first word matches"
                        : "; it matches up to \"" + tail(prefix) + "\" and differs after that")
                        + ". Quotes must be verbatim, typos included");
                return null;
            }
            QuoteLocator.Span s = where.span();
            return Quote.spanOf(sourceIds.get(dto.source()), kept.source(dto.source()), s.start(), s.end());
        }

        private PartialDate partialDate(String value, Pointer base, String field) {
            if (value == null) {
                return null;
            }
            if (value.length() > MAX_DATE_CHARS) {
                problem(base.get() + field, "invalid date \"" + ShapeReader.abbreviate(value) + "\": too long to be one");
                return null;
            }
            try {
                return PartialDate.parse(value);
            } catch (DateTimeException e) {
                problem(base.get() + field, "invalid date \"" + value + "\": " + e.getMessage());
                return null;
            }
        }

        /** The member of {@code type} written as {@code value}, or null (reported at {@code base + field}). */
        private <E extends Enum<E> & Coded> E code(Class<E> type, String value, Pointer base, String field, String what) {
            @SuppressWarnings("unchecked")
            E found = (E) CODES.get(type).get(value);
            if (found == null) {
                problem(base.get() + field, "unknown " + what + " \"" + ShapeReader.abbreviate(value) + "\" (allowed: "
                        + Coded.allCodes(type) + ")");
            }
            return found;
        }

        /** Empty or only whitespace, counting the no-break and other Unicode spaces that isBlank() keeps. */
        private boolean blank(String value, Pointer base, String field, String what) {
            if (isBlank(value)) {
                problem(base.get() + field, what + " is empty");
                return true;
            }
            return false;
        }
    }

    /** Each vocabulary's members by code, looked up once per type rather than searched per value. */
    private static final ClassValue<Map<String, Object>> CODES = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new HashMap<>();
            for (Object e : type.getEnumConstants()) {
                byCode.put(((Coded) e).code(), e);
            }
            return Map.copyOf(byCode);
        }
    };

    /** Longer than any EDTF date this reads ({@code 2024-06-04~/2024-06-08%} is 23): not parsed, not echoed whole. */
    private static final int MAX_DATE_CHARS = 64;

    /** Whether the actor of participation {@code i} appears earlier in the list (lists are short: no set needed). */
    private static boolean listedBefore(List<ParticipationDto> actors, int i) {
        String actor = actors.get(i).actor();
        for (int k = 0; k < i; k++) {
            if (actors.get(k).actor().equals(actor)) {
                return true;
            }
        }
        return false;
    }

    /** A JSON Pointer, built when asked for. */
    @FunctionalInterface
    private interface Pointer {
        String get();

        /** This pointer and the element {@code index} of its array {@code field}, e.g. {@code "/quotes", 2}. */
        default Pointer then(String field, int index) {
            return () -> get() + field + "/" + index;
        }
    }

    @FunctionalInterface
    private interface Checker<D, M> {
        /**
         * Checks the bound DTO at {@code index}; returns its model, or null when it has problems.
         * {@code pointer} gives its JSON Pointer, built only for a problem: most elements have none,
         * and building one for each of 100,000 events, their parts and quotes was a sixth of the check.
         */
        M check(D dto, int index, Pointer pointer);
    }

    /**
     * The string ids of {@code entries}, each mapped to itself: a reference to an actor or source
     * then keeps the one string of its id, not its own copy of it (a hundred thousand references).
     */
    private static <D> Map<String, String> idsIn(List<Entry<D>> entries) {
        Map<String, String> ids = new HashMap<>();
        if (entries != null) {
            for (Entry<D> e : entries) {
                if (e.id() != null) {
                    ids.putIfAbsent(e.id(), e.id());
                }
            }
        }
        return ids;
    }

    /**
     * {@code lowercase-with-hyphens}: letters a–z and digits in groups joined by single hyphens.
     * A loop, not a pattern: Java's regular expressions recurse on each repeated group, and an id
     * of many thousands of groups would exhaust the stack.
     */
    static boolean isSlug(String id) {
        if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id.charAt(i - 1) != '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code sources/NAME} or {@code sources/FOLDER/…/NAME}: no empty, "." or ".." part, no backslash. */
    static boolean isSourcePath(String file) {
        String prefix = SOURCES_FOLDER + "/";
        if (!file.startsWith(prefix) || file.indexOf('\\') >= 0) {
            return false;
        }
        int start = prefix.length();
        while (true) {
            int end = file.indexOf('/', start);
            String part = file.substring(start, end < 0 ? file.length() : end);
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
            if (end < 0) {
                return true;
            }
            start = end + 1;
        }
    }

    private static boolean isBlank(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && !QuoteLocator.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private static String tail(String prefix) {
        return prefix.length() <= 40 ? prefix : "..." + prefix.substring(prefix.length() - 37);
    }

    /** Why a file was refused, after its name: "is a folder, not a file", "is 12 MB; a source file may be at most 8 MB". */
    private static String refusal(RefusedFileException e, String what, long limit) {
        return e.isTooLarge() ? "is " + RefusedFileException.size(e.size()) + "; " + what + " may be at most "
                + RefusedFileException.size(limit) : e.getMessage();
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // reading from memory: nothing to release that could fail
            }
        }
    }
}
