package app.corridor.dataset.canonical;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.LoadResult;
import app.corridor.dataset.Problem;
import app.corridor.dataset.Utf8;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Reads {@code events.json} as a document to format or edit: strictly, because whatever it cannot
 * represent would be lost on saving. It does not validate (an event without a quote, an unknown
 * actor, a bad date are the loader's to report, and are kept as written); it refuses only a file
 * whose content would not survive being written back.
 */
public final class DatasetDocuments {

    private static final String NOT_UTF8 = "the file is not valid UTF-8 text";
    private static final String SYNTAX = "JSON syntax error: ";
    private static final String NOT_OBJECT = "the file must hold one JSON object with schemaVersion, title, sources, "
            + "actors and events";
    private static final String NO_VERSION = "required field \"schemaVersion\" is missing";
    private static final String UNKNOWN_KEY = "unknown field \"%s\": the format has no place for it, so it would be "
            + "lost; remove or rename it by hand (allowed: %s)";
    private static final String DUPLICATE_KEY = "duplicate key \"%s\": one of its values would be lost; keep one";
    private static final String WRONG_TYPE = "cannot keep this value as written: %s";

    private static final ObjectMapper STRICT = strictMapper();

    private DatasetDocuments() {
    }

    /**
     * Reads {@code bytes} (UTF-8, a leading byte-order mark allowed) as a dataset document.
     *
     * @param display how to name the file in a problem, e.g. {@code data/events.json}
     * @throws DocumentException when the file cannot be kept whole in a document, saying where
     */
    public static DatasetDto read(byte[] bytes, String display) throws DocumentException {
        DatasetDto document = readWhole(bytes);
        return document != null ? document : readWithProblems(bytes, display);
    }

    /**
     * The document, read straight from the bytes, when it is readable as it stands: valid UTF-8, one
     * object with a non-null schema version; else null. What it accepts the reading below accepts
     * too, as the same document: the same strict mapper. Decoding to text first and a tree to check
     * the root's shape (two more passes over the file, one keeping every value) matter only to say
     * what is wrong.
     */
    private static DatasetDto readWhole(byte[] bytes) {
        if (Utf8.firstMalformed(bytes) >= 0) {
            return null;
        }
        try {
            DatasetDto document = STRICT.readValue(bytes, DatasetDto.class);
            return document != null && document.schemaVersion() != null ? document : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads a document the quick reading refused, to say what is wrong and where (or to read it after all). */
    private static DatasetDto readWithProblems(byte[] bytes, String display) throws DocumentException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentException(new Problem(display, "", 0, 0, NOT_UTF8));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            JsonNode root = STRICT.readTree(text);
            if (root == null || !root.isObject()) {
                throw new DocumentException(new Problem(display, "", 1, 1, NOT_OBJECT));
            }
            if (!root.has("schemaVersion")) {
                throw new DocumentException(new Problem(display, "/schemaVersion", 1, 1, NO_VERSION));
            }
            return STRICT.readValue(text, DatasetDto.class);
        } catch (JsonProcessingException e) {
            throw new DocumentException(locate(problem(display, e), bytes));
        }
    }

    /**
     * Jackson knows a binding problem's JSON path but places it where it stopped reading (often
     * the end of the object); the loader knows every value's line and column. Ask it.
     */
    private static Problem locate(Problem problem, byte[] bytes) {
        if (problem.pointer().isEmpty()) {
            return problem;
        }
        LoadResult result = DatasetLoader.forChecking().load(OverlayFiles.alone(problem.file(), bytes), problem.file());
        return result.problems().stream().filter(p -> p.pointer().equals(problem.pointer())).findFirst()
                .map(p -> new Problem(problem.file(), problem.pointer(), p.line(), p.column(), problem.message()))
                .orElse(problem);
    }

    private static Problem problem(String display, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int column = loc == null ? 0 : loc.getColumnNr();
        String pointer = "";
        String message;
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            pointer = pointer(u);
            message = String.format(UNKNOWN_KEY, u.getPropertyName(), u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")));
        } else if (e instanceof JsonMappingException m) {
            pointer = pointer(m);
            message = String.format(WRONG_TYPE, e.getOriginalMessage());
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            message = String.format(DUPLICATE_KEY, e.getOriginalMessage().replaceAll("^Duplicate field '(.*)'$", "$1"));
        } else {
            message = SYNTAX + e.getOriginalMessage();
        }
        return new Problem(display, pointer, line, column, message);
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()));
        }
        return sb.toString();
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // A number or true where text belongs would come back as "5" or "true": refuse it instead.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.POJO)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }
}
