package app.corridor.dataset;

import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.Dto.RoleDto;
import app.corridor.dataset.Dto.SourceDto;
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
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code events.json} and the source texts it names, checks everything, and returns either
 * a valid {@link Dataset} or every problem found, each located by file, line:column and JSON path.
 *
 * <p>The rules: JSON syntax; the shape of each object (see {@link Dto}); a supported schema
 * version; slug ids, unique per collection; kinds, countries and parts from their vocabularies;
 * dates in the EDTF subset, possible and not reversed; actor and source references that resolve;
 * source files inside {@code sources/}, present, valid UTF-8 and byte-identical to their recorded
 * SHA-256; at least one quote per event, each found verbatim in its source (see {@link QuoteLocator}).
 */
public final class DatasetLoader {

    /** The {@code schemaVersion} this version of Corridor reads. */
    public static final int SCHEMA_VERSION = 1;

    /** The dataset file's usual name. */
    public static final String DATASET_FILE = "events.json";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SOURCE_PATH = Pattern.compile("sources/(?:[^/\\\\]+/)*[^/\\\\]+");

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Loads {@code datasetFile} (relative to {@code files}) and the sources it names. */
    public LoadResult load(DatasetFiles files, String datasetFile) {
        return new Run(files, datasetFile).load();
    }

    /** The state of one load: where problems go and what has been read so far. */
    private final class Run {
        private final DatasetFiles files;
        private final String datasetFile;
        private final String display;
        private final List<Problem> problems = new ArrayList<>();
        private LocatedJson json;

        Run(DatasetFiles files, String datasetFile) {
            this.files = files;
            this.datasetFile = datasetFile;
            this.display = files.display(datasetFile);
        }

        LoadResult load() {
            byte[] bytes;
            try {
                bytes = files.read(datasetFile);
            } catch (NoSuchFileException e) {
                return failed(null, "file not found");
            } catch (IOException e) {
                return failed(null, "cannot read the file: " + e.getMessage());
            }
            String hash = Hashing.sha256(bytes);
            Optional<String> text = decodeUtf8(bytes);
            if (text.isEmpty()) {
                return failed(hash, "the file is not valid UTF-8 text");
            }
            try {
                json = LocatedJson.parse(stripBom(text.get()), (pointer, pos) -> problems.add(new Problem(
                        display, pointer, pos.line(), pos.column(),
                        "duplicate key: an earlier value for the same key is lost; keep one")));
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation();
                problems.add(new Problem(display, "", loc == null ? 0 : loc.getLineNr(),
                        loc == null ? 0 : loc.getColumnNr(), "JSON syntax error: " + e.getOriginalMessage()));
                return new LoadResult(null, problems, hash);
            } catch (IOException e) {
                return failed(hash, "cannot read the file: " + e.getMessage());
            }
            Dataset dataset = check(json.root());
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            return problems.isEmpty() ? new LoadResult(dataset, List.of(), hash) : new LoadResult(null, problems, hash);
        }

        private LoadResult failed(String hash, String message) {
            problems.add(new Problem(display, "", 0, 0, message));
            return new LoadResult(null, problems, hash);
        }

        private void problem(String pointer, String message) {
            LocatedJson.Position pos = json.positionOf(pointer);
            problems.add(new Problem(display, pointer, pos.line(), pos.column(), message));
        }

        private Dataset check(JsonNode root) {
            new ShapeChecker(this::problem).check(root, DatasetDto.class, "");
            if (!root.isObject()) {
                return null;
            }
            JsonNode version = root.get("schemaVersion");
            if (version != null && version.isIntegralNumber() && version.asInt() != SCHEMA_VERSION) {
                problem("/schemaVersion", "schema version " + version.asText() + " is not supported (this version of "
                        + "Corridor reads " + SCHEMA_VERSION + ")");
            }
            Map<String, String> texts = new HashMap<>();
            List<Source> sources = checkAll(root, "sources", SourceDto.class, (dto, p) -> source(dto, p, texts));
            Set<String> sourceIds = idsIn(root.get("sources"));
            List<Actor> actors = checkAll(root, "actors", ActorDto.class, this::actor);
            Set<String> actorIds = idsIn(root.get("actors"));
            List<Event> events = checkAll(root, "events", EventDto.class,
                    (dto, p) -> event(dto, p, actorIds, sourceIds, texts));
            JsonNode title = root.get("title");
            if (!problems.isEmpty()) {
                return null;
            }
            return new Dataset(title.asText(), sources, actors, events, texts);
        }

        /** Binds and checks each well-shaped element of an array; checks ids are unique across it. */
        private <D, M> List<M> checkAll(JsonNode root, String field, Class<D> type, Checker<D, M> checker) {
            JsonNode array = root.get(field);
            List<M> out = new ArrayList<>();
            if (array == null || !array.isArray()) {
                return out;
            }
            ShapeChecker silent = new ShapeChecker((p, m) -> { });
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                String pointer = "/" + field + "/" + i;
                JsonNode element = array.get(i);
                JsonNode id = element.get("id");
                if (id != null && id.isTextual()) {
                    checkId(id.asText(), pointer + "/id", seen);
                }
                if (!silent.check(element, type, pointer)) {
                    continue;
                }
                try {
                    M model = checker.check(mapper.treeToValue(element, type), pointer);
                    if (model != null) {
                        out.add(model);
                    }
                } catch (JsonProcessingException e) {
                    problem(pointer, "cannot read this entry: " + e.getOriginalMessage());
                }
            }
            return out;
        }

        private void checkId(String id, String pointer, Set<String> seen) {
            if (!SLUG.matcher(id).matches()) {
                problem(pointer, "id \"" + id + "\" is not a slug: use lowercase letters, digits and single "
                        + "hyphens, e.g. \"xi-jinping\"");
            }
            if (!seen.add(id)) {
                problem(pointer, "duplicate id \"" + id + "\": ids must be unique");
            }
        }

        private Source source(SourceDto dto, String p, Map<String, String> texts) {
            boolean ok = true;
            if (!SHA256.matcher(dto.sha256()).matches()) {
                problem(p + "/sha256", "sha256 must be 64 lowercase hex digits");
                ok = false;
            }
            if (dto.url() != null && !dto.url().matches("https?://\\S+")) {
                problem(p + "/url", "url must start with http:// or https:// (or be null when not known)");
                ok = false;
            }
            PartialDate published = partialDate(dto.published(), p + "/published");
            ok &= dto.published() == null || published != null;
            ok &= sourceText(dto, p, texts);
            if (!ok) {
                return null;
            }
            return new Source(dto.id(), dto.file(), dto.sha256(), dto.title(), dto.author(), dto.authorRole(),
                    dto.outlet(), published, dto.url(), dto.note());
        }

        /** Reads, checksums and decodes a source's text; keeps the text even on a checksum problem. */
        private boolean sourceText(SourceDto dto, String p, Map<String, String> texts) {
            String file = dto.file();
            if (!SOURCE_PATH.matcher(file).matches() || file.contains("/../") || file.contains("/./")) {
                problem(p + "/file", "\"" + file + "\" is outside sources/: a source file must lie in the sources/ "
                        + "folder next to the dataset file, e.g. \"sources/speech.txt\"");
                return false;
            }
            byte[] bytes;
            try {
                bytes = files.read(file);
            } catch (NoSuchFileException e) {
                problem(p + "/file", "source file not found: " + files.display(file));
                return false;
            } catch (IOException e) {
                problem(p + "/file", "cannot read " + files.display(file) + ": " + e.getMessage());
                return false;
            }
            Optional<String> text = decodeUtf8(bytes);
            if (text.isEmpty()) {
                problem(p + "/file", files.display(file) + " is not valid UTF-8 text");
                return false;
            }
            texts.put(dto.id(), text.get());
            String actual = Hashing.sha256(bytes);
            if (!actual.equals(dto.sha256())) {
                problem(p + "/sha256", files.display(file) + " differs from its recorded checksum (recorded "
                        + dto.sha256() + ", file has " + actual + "); source texts must stay byte-identical to "
                        + "their originals");
                return false;
            }
            return true;
        }

        private Actor actor(ActorDto dto, String p) {
            Optional<Country> country = code(Country.class, dto.country(), p + "/country", "country");
            Optional<ActorKind> kind = code(ActorKind.class, dto.kind(), p + "/kind", "actor kind");
            List<Role> roles = new ArrayList<>();
            List<RoleDto> roleDtos = dto.roles() == null ? List.of() : dto.roles();
            boolean ok = country.isPresent() && kind.isPresent();
            for (int i = 0; i < roleDtos.size(); i++) {
                RoleDto r = roleDtos.get(i);
                String rp = p + "/roles/" + i;
                PartialDate from = partialDate(r.from(), rp + "/from");
                PartialDate to = partialDate(r.to(), rp + "/to");
                if ((r.from() != null && from == null) || (r.to() != null && to == null)) {
                    ok = false;
                } else if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
                    problem(rp + "/to", "the role ends (" + to + ") before it starts (" + from + ")");
                    ok = false;
                } else {
                    roles.add(new Role(r.title(), from, to));
                }
            }
            blank(dto.name(), p + "/name", "name");
            return ok ? new Actor(dto.id(), dto.name(), dto.nativeName(), country.get(), kind.get(), roles) : null;
        }

        private Event event(EventDto dto, String p, Set<String> actorIds, Set<String> sourceIds,
                            Map<String, String> texts) {
            Optional<EventKind> kind = code(EventKind.class, dto.kind(), p + "/kind", "event kind");
            EventDate date = null;
            try {
                date = EventDate.parse(dto.date());
            } catch (DateTimeException e) {
                problem(p + "/date", "invalid date \"" + dto.date() + "\": " + e.getMessage()
                        + " (use YYYY, YYYY-MM, YYYY-MM-DD or START/END)");
            }
            boolean ok = kind.isPresent() && date != null;
            ok &= !blank(dto.title(), p + "/title", "title");
            ok &= !blank(dto.summary(), p + "/summary", "summary");
            List<Participation> participants = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < dto.actors().size(); i++) {
                ParticipationDto a = dto.actors().get(i);
                String ap = p + "/actors/" + i;
                Optional<Part> part = code(Part.class, a.part(), ap + "/part", "part");
                if (!actorIds.contains(a.actor())) {
                    problem(ap + "/actor", "unknown actor \"" + a.actor() + "\": no actor in /actors has this id");
                    ok = false;
                } else if (!seen.add(a.actor())) {
                    problem(ap + "/actor", "actor \"" + a.actor() + "\" is listed twice in this event");
                    ok = false;
                } else if (part.isPresent()) {
                    participants.add(new Participation(a.actor(), part.get()));
                }
                ok &= part.isPresent();
            }
            if (dto.quotes().isEmpty()) {
                problem(p + "/quotes", "an event needs at least one quote from a source");
                ok = false;
            }
            List<Quote> quotes = new ArrayList<>();
            for (int i = 0; i < dto.quotes().size(); i++) {
                Quote quote = quote(dto.quotes().get(i), p + "/quotes/" + i, sourceIds, texts);
                if (quote == null) {
                    ok = false;
                } else {
                    quotes.add(quote);
                }
            }
            return ok ? new Event(dto.id(), dto.title(), kind.get(), date, dto.location(), participants,
                    dto.summary(), dto.note(), quotes) : null;
        }

        private Quote quote(QuoteDto dto, String p, Set<String> sourceIds, Map<String, String> texts) {
            if (!sourceIds.contains(dto.source())) {
                problem(p + "/source", "unknown source \"" + dto.source() + "\": no source in /sources has this id");
                return null;
            }
            if (blank(dto.text(), p + "/text", "quote text")) {
                return null;
            }
            String text = texts.get(dto.source());
            if (text == null) {
                return null; // the source's own problem is already reported
            }
            Optional<QuoteLocator.Span> span = QuoteLocator.locate(text, dto.text());
            if (span.isEmpty()) {
                String prefix = QuoteLocator.longestMatchingPrefix(text, dto.text());
                problem(p + "/text", "quote not found in source \"" + dto.source() + "\""
                        + (prefix.isEmpty() ? "; not even its first word matches"
                        : "; it matches up to \"" + tail(prefix) + "\" and differs after that")
                        + ". Quotes must be verbatim, typos included");
                return null;
            }
            QuoteLocator.Span s = span.get();
            return new Quote(dto.source(), text.substring(s.start(), s.end()), s.start(), s.end());
        }

        private PartialDate partialDate(String value, String pointer) {
            if (value == null) {
                return null;
            }
            try {
                return PartialDate.parse(value);
            } catch (DateTimeException e) {
                problem(pointer, "invalid date \"" + value + "\": " + e.getMessage());
                return null;
            }
        }

        private <E extends Enum<E> & Coded> Optional<E> code(Class<E> type, String value, String pointer,
                                                              String what) {
            Optional<E> found = Coded.fromCode(type, value);
            if (found.isEmpty()) {
                problem(pointer, "unknown " + what + " \"" + value + "\" (allowed: " + Coded.allCodes(type) + ")");
            }
            return found;
        }

        private boolean blank(String value, String pointer, String what) {
            if (value.isBlank()) {
                problem(pointer, what + " is empty");
                return true;
            }
            return false;
        }
    }

    @FunctionalInterface
    private interface Checker<D, M> {
        /** Checks one bound DTO at {@code pointer}; returns its model, or null when it has problems. */
        M check(D dto, String pointer);
    }

    private static Set<String> idsIn(JsonNode array) {
        Set<String> ids = new HashSet<>();
        if (array != null && array.isArray()) {
            array.forEach(e -> {
                JsonNode id = e.get("id");
                if (id != null && id.isTextual()) {
                    ids.add(id.asText());
                }
            });
        }
        return ids;
    }

    private static String tail(String prefix) {
        return prefix.length() <= 40 ? prefix : "..." + prefix.substring(prefix.length() - 37);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Strict UTF-8: malformed bytes are an error, not silently replaced. */
    static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

}
