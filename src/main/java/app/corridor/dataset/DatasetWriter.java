package app.corridor.dataset;

import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Participation;
import app.corridor.model.Quote;
import app.corridor.model.Role;
import app.corridor.model.Source;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a {@link Dataset} as a dataset folder, {@code events.json} and {@code sources/…}, in the
 * layout of the curated data (two-space indents, {@code "key": value}). Quotes are written as an
 * editor types them: each run of whitespace one plain space; the loader finds them again by its
 * whitespace-tolerant match, at the same offsets.
 *
 * <p>The sources are written first and {@code events.json} last, through a temporary file moved
 * into place: an interrupted write never leaves a dataset file that names missing sources.
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
        Path temp = Files.createTempFile(directory, "." + DatasetLoader.DATASET_FILE + ".", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp);
                 JsonGenerator json = JsonLimits.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
                writeDataset(json, dataset);
                json.writeRaw('\n');
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    private static void writeDataset(JsonGenerator json, Dataset d) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", DatasetLoader.SCHEMA_VERSION);
        json.writeStringField("title", d.title());
        json.writeArrayFieldStart("sources");
        for (Source s : d.sources()) {
            json.writeStartObject();
            json.writeStringField("id", s.id());
            json.writeStringField("file", s.file());
            json.writeStringField("sha256", s.sha256());
            json.writeStringField("title", s.title());
            optional(json, "author", s.author());
            optional(json, "authorRole", s.authorRole());
            optional(json, "outlet", s.outlet());
            optional(json, "published", s.published() == null ? null : s.published().toEdtf());
            optional(json, "url", s.url());
            optional(json, "note", s.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("actors");
        for (Actor a : d.actors()) {
            json.writeStartObject();
            json.writeStringField("id", a.id());
            json.writeStringField("name", a.name());
            optional(json, "nativeName", a.nativeName());
            json.writeStringField("country", a.country().code());
            json.writeStringField("kind", a.kind().code());
            if (!a.roles().isEmpty()) {
                json.writeArrayFieldStart("roles");
                for (Role r : a.roles()) {
                    json.writeStartObject();
                    json.writeStringField("title", r.title());
                    optional(json, "from", r.from() == null ? null : r.from().toEdtf());
                    optional(json, "to", r.to() == null ? null : r.to().toEdtf());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (Event e : d.events()) {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("title", e.title());
            json.writeStringField("kind", e.kind().code());
            json.writeStringField("date", e.date().toEdtf());
            optional(json, "location", e.location());
            json.writeArrayFieldStart("actors");
            for (Participation p : e.participants()) {
                json.writeStartObject();
                json.writeStringField("actor", p.actorId());
                json.writeStringField("part", p.part().code());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("summary", e.summary());
            optional(json, "note", e.note());
            json.writeArrayFieldStart("quotes");
            for (Quote q : e.quotes()) {
                json.writeStartObject();
                json.writeStringField("source", q.sourceId());
                json.writeStringField("text", typed(q.text()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    /** A quote as an editor types it: every run of whitespace a plain space. */
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
