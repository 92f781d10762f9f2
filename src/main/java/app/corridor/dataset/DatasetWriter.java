package app.corridor.dataset;

import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.Dto.RoleDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.PartialDate;
import app.corridor.model.Role;
import app.corridor.model.Source;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link Dataset} as {@code events.json} in Corridor's own format (the shape
 * {@link DatasetLoader} reads), so an exported selection opens in Corridor and passes
 * {@code corridor validate}. The source texts are the caller's to write beside it, under their
 * {@link Source#file()} paths.
 */
public final class DatasetWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private DatasetWriter() {
    }

    /** Writes {@code dataset} as JSON, indented as the curated file is, UTF-8, without closing {@code out}. */
    public static void write(Dataset dataset, OutputStream out) throws IOException {
        DatasetDto dto = new DatasetDto(DatasetLoader.SCHEMA_VERSION, dataset.title(),
                dataset.sources().stream().map(DatasetWriter::source).toList(),
                dataset.actors().stream().map(DatasetWriter::actor).toList(),
                dataset.events().stream().map(DatasetWriter::event).toList());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JSON.writer(printer).writeValue(out, dto);
        out.write('\n');
    }

    private static SourceDto source(Source s) {
        return new SourceDto(s.id(), s.file(), s.sha256(), s.title(), s.author(), s.authorRole(), s.outlet(),
                edtf(s.published()), s.url(), s.note());
    }

    private static ActorDto actor(Actor a) {
        return new ActorDto(a.id(), a.name(), a.nativeName(), a.country().code(), a.kind().code(),
                a.roles().stream().map(DatasetWriter::role).toList());
    }

    private static RoleDto role(Role r) {
        return new RoleDto(r.title(), edtf(r.from()), edtf(r.to()));
    }

    private static EventDto event(Event e) {
        return new EventDto(e.id(), e.title(), e.kind().code(), e.date().toEdtf(), e.location(),
                e.participants().stream().map(p -> new ParticipationDto(p.actorId(), p.part().code())).toList(),
                e.summary(), e.note(), e.quotes().stream().map(q -> new QuoteDto(q.sourceId(), q.text())).toList());
    }

    private static String edtf(PartialDate d) {
        return d == null ? null : d.toEdtf();
    }
}
