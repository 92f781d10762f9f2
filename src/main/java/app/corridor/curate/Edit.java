package app.corridor.curate;

import app.corridor.curate.EditSupport.Entry;
import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.i18n.Phrase;
import java.util.List;
import java.util.Objects;

/**
 * One edit to a dataset document: a value that turns one immutable document into the next.
 * {@link EditSession#apply} applies it, records it for undo and journals it.
 *
 * <p>Entries are addressed by id. A "put" adds an entry (when {@code id} is null) or replaces the
 * entry with that id, and a changed id is followed everywhere it is referred to (an actor renamed in
 * every event it takes part in, a source renamed in every quote). An id is never taken twice by an
 * edit, and an actor or a source still referred to is not deleted: those edits are refused, saying
 * why. Everything else is left to validation, so an incomplete entry (an event without a quote yet)
 * can be saved and finished later.
 */
public sealed interface Edit {

    /** What the edit does, in words for the Edit menu: "Edit event “…”". */
    Phrase label();

    /** The document after this edit. */
    DatasetDto apply(DatasetDto document) throws EditRefusedException;

    /** Sets the dataset's title. */
    record SetTitle(String title) implements Edit {
        @Override
        public Phrase label() {
            return Phrase.of(EditSupport.SET_TITLE);
        }

        @Override
        public DatasetDto apply(DatasetDto d) {
            return new DatasetDto(d.schemaVersion(), title, d.sources(), d.actors(), d.events());
        }
    }

    /** Adds an event ({@code id} null) or replaces the event {@code id}. */
    record PutEvent(String id, EventDto event) implements Edit {
        public PutEvent {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(event.id(), "event id");
        }

        @Override
        public Phrase label() {
            return id == null ? Entry.EVENT.add(event.title()) : Entry.EVENT.edit(event.title());
        }

        @Override
        public DatasetDto apply(DatasetDto d) throws EditRefusedException {
            return EditSupport.withEvents(d, EditSupport.put(d.events(), EventDto::id, id, event, Entry.EVENT));
        }
    }

    /** Deletes the event {@code id}. */
    record DeleteEvent(String id) implements Edit {
        @Override
        public Phrase label() {
            return Entry.EVENT.delete(id);
        }

        @Override
        public DatasetDto apply(DatasetDto d) throws EditRefusedException {
            return EditSupport.withEvents(d, EditSupport.remove(d.events(), EventDto::id, id, Entry.EVENT));
        }
    }

    /** Adds an actor ({@code id} null) or replaces the actor {@code id}, following a new id into every event. */
    record PutActor(String id, ActorDto actor) implements Edit {
        public PutActor {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(actor.id(), "actor id");
        }

        @Override
        public Phrase label() {
            return id == null ? Entry.ACTOR.add(actor.name()) : Entry.ACTOR.edit(actor.name());
        }

        @Override
        public DatasetDto apply(DatasetDto d) throws EditRefusedException {
            List<ActorDto> actors = EditSupport.put(d.actors(), ActorDto::id, id, actor, Entry.ACTOR);
            return new DatasetDto(d.schemaVersion(), d.title(), d.sources(), actors,
                    EditSupport.follow(d.events(), id, actor.id(), EditSupport::renameActor));
        }
    }

    /** Deletes the actor {@code id}; refused while it takes part in an event. */
    record DeleteActor(String id) implements Edit {
        @Override
        public Phrase label() {
            return Entry.ACTOR.delete(id);
        }

        @Override
        public DatasetDto apply(DatasetDto d) throws EditRefusedException {
            EditSupport.refuseIfReferred(d.events(), EditSupport.ACTOR_IN_USE, id,
                    e -> e.actors() != null && e.actors().stream().anyMatch(p -> id.equals(p.actor())));
            return new DatasetDto(d.schemaVersion(), d.title(), d.sources(),
                    EditSupport.remove(d.actors(), ActorDto::id, id, Entry.ACTOR), d.events());
        }
    }

    /** Adds a source ({@code id} null) or replaces the source {@code id}, following a new id into every quote. */
    record PutSource(String id, SourceDto source) implements Edit {
        public PutSource {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(source.id(), "source id");
        }

        @Override
        public Phrase label() {
            return id == null ? Entry.SOURCE.add(source.title()) : Entry.SOURCE.edit(source.title());
        }

        @Override
        public DatasetDto apply(DatasetDto d) throws EditRefusedException {
            List<SourceDto> sources = EditSupport.put(d.sources(), SourceDto::id, id, source, Entry.SOURCE);
            return new DatasetDto(d.schemaVersion(), d.title(), sources, d.actors(),
                    EditSupport.follow(d.events(), id, source.id(), EditSupport::renameSource));
        }
    }

    /** Deletes the source {@code id}; refused while an event quotes it. Its text file stays in sources/. */
    record DeleteSource(String id) implements Edit {
        @Override
        public Phrase label() {
            return Entry.SOURCE.delete(id);
        }

        @Override
        public DatasetDto apply(DatasetDto d) throws EditRefusedException {
            EditSupport.refuseIfReferred(d.events(), EditSupport.SOURCE_IN_USE, id,
                    e -> e.quotes() != null && e.quotes().stream().anyMatch(q -> id.equals(q.source())));
            return new DatasetDto(d.schemaVersion(), d.title(), EditSupport.remove(d.sources(), SourceDto::id, id, Entry.SOURCE),
                    d.actors(), d.events());
        }
    }

    /**
     * Attaches a quote to the event {@code eventId} ({@code index} -1: after its other quotes) or
     * replaces its quote number {@code index} (0-based), as when a quote is trimmed.
     */
    record PutQuote(String eventId, int index, QuoteDto quote) implements Edit {
        @Override
        public Phrase label() {
            return Phrase.of(index < 0 ? EditSupport.ATTACH_QUOTE : EditSupport.CHANGE_QUOTE, eventId);
        }

        @Override
        public DatasetDto apply(DatasetDto d) throws EditRefusedException {
            return EditSupport.changeQuotes(d, eventId, index, quotes -> {
                if (index < 0) {
                    quotes.add(quote);
                } else {
                    quotes.set(index, quote);
                }
            });
        }
    }

    /** Removes quote number {@code index} (0-based) from the event {@code eventId}. */
    record RemoveQuote(String eventId, int index) implements Edit {
        @Override
        public Phrase label() {
            return Phrase.of(EditSupport.REMOVE_QUOTE, eventId);
        }

        @Override
        public DatasetDto apply(DatasetDto d) throws EditRefusedException {
            return EditSupport.changeQuotes(d, eventId, index, quotes -> quotes.remove(index));
        }
    }

    /** A copy of the event {@code id} under a new id ({@code id-copy}, {@code id-copy-2} …), "(copy)" after its title. */
    public static PutEvent duplicateEvent(DatasetDto d, String id) throws EditRefusedException {
        EventDto e = EditSupport.find(d.events(), EventDto::id, id, Entry.EVENT);
        String copy = Ids.unique(id + "-copy", EditSupport.ids(d.events(), EventDto::id));
        return new PutEvent(null, new EventDto(copy, e.title() + " (copy)", e.kind(), e.date(), e.location(),
                e.actors(), e.summary(), e.note(), e.quotes()));
    }

    /** A copy of the actor {@code id} under a new id. */
    public static PutActor duplicateActor(DatasetDto d, String id) throws EditRefusedException {
        ActorDto a = EditSupport.find(d.actors(), ActorDto::id, id, Entry.ACTOR);
        String copy = Ids.unique(id + "-copy", EditSupport.ids(d.actors(), ActorDto::id));
        return new PutActor(null, new ActorDto(copy, a.name() + " (copy)", a.nativeName(), a.country(), a.kind(),
                a.roles()));
    }

    /** A copy of the source {@code id}'s record under a new id (the same text file). */
    public static PutSource duplicateSource(DatasetDto d, String id) throws EditRefusedException {
        SourceDto s = EditSupport.find(d.sources(), SourceDto::id, id, Entry.SOURCE);
        String copy = Ids.unique(id + "-copy", EditSupport.ids(d.sources(), SourceDto::id));
        return new PutSource(null, new SourceDto(copy, s.file(), s.sha256(), s.title() + " (copy)", s.author(),
                s.authorRole(), s.outlet(), s.published(), s.url(), s.note()));
    }
}
