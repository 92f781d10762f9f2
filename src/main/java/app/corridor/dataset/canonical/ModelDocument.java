package app.corridor.dataset.canonical;

import app.corridor.dataset.DatasetLoader;
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

/**
 * A validated {@link Dataset} as the document that writes it: the inverse of the loader, so an
 * exported selection is written in the canonical form, opens in Corridor and passes
 * {@code corridor validate}. Quotes are written as the source's own words (the span the loader
 * located), so a quote typed with plain spaces is saved with the source's exact characters.
 */
public final class ModelDocument {

    private ModelDocument() {
    }

    public static DatasetDto of(Dataset dataset) {
        return new DatasetDto(java.math.BigInteger.valueOf(DatasetLoader.SCHEMA_VERSION), dataset.title(),
                dataset.sources().stream().map(ModelDocument::source).toList(),
                dataset.actors().stream().map(ModelDocument::actor).toList(),
                dataset.events().stream().map(ModelDocument::event).toList());
    }

    public static SourceDto source(Source s) {
        return new SourceDto(s.id(), s.file(), s.sha256(), s.title(), s.author(), s.authorRole(), s.outlet(),
                edtf(s.published()), s.url(), s.note());
    }

    public static ActorDto actor(Actor a) {
        return new ActorDto(a.id(), a.name(), a.nativeName(), a.country().code(), a.kind().code(),
                a.roles().stream().map(ModelDocument::role).toList());
    }

    private static RoleDto role(Role r) {
        return new RoleDto(r.title(), edtf(r.from()), edtf(r.to()));
    }

    public static EventDto event(Event e) {
        return new EventDto(e.id(), e.title(), e.kind().code(), e.date().toEdtf(), e.location(),
                e.participants().stream().map(p -> new ParticipationDto(p.actorId(), p.part().code())).toList(),
                e.summary(), e.note(), e.quotes().stream().map(q -> new QuoteDto(q.sourceId(), q.text())).toList());
    }

    private static String edtf(PartialDate d) {
        return d == null ? null : d.toEdtf();
    }
}
