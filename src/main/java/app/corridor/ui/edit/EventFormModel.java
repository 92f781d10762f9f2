package app.corridor.ui.edit;

import app.corridor.curate.DateInput;
import app.corridor.curate.DateReading;
import app.corridor.curate.Edit;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.i18n.Messages;
import app.corridor.model.PartialDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The event form without its nodes: the fields as the curator sees them, the date as typed with its
 * live reading ({@link DateInput}) and preview, and the edit that makes the document say what the
 * form says. An existing event's form is edited in place (each committed field is one edit that
 * can be undone); a new event's form builds the event until it is added, its id proposed from its
 * title and date until the curator types one.
 */
public final class EventFormModel {

    private final Messages words;
    private final DatePreview previews;
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableList<ParticipationDto> actors = FXCollections.observableArrayList();
    private final ObservableList<QuoteDto> quotes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DateReading> reading = new ReadOnlyObjectWrapper<>(this, "reading");
    private final ReadOnlyStringWrapper datePreview = new ReadOnlyStringWrapper(this, "datePreview", "");
    private final ReadOnlyBooleanWrapper dateAccepted = new ReadOnlyBooleanWrapper(this, "dateAccepted", true);
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating", true);
    private EventDto committed;
    private Supplier<Collection<String>> takenIds = Set::of;
    private final ProposedId proposedId = new ProposedId(id);

    public EventFormModel(Messages words) {
        this.words = words;
        this.previews = new DatePreview(words);
        date.addListener((o, a, text) -> readDate(text));
        title.addListener(o -> proposeId());
        readDate("");
    }

    /** Shows {@code event} (null: a new, empty event). */
    public void load(EventDto event) {
        committed = event;
        creating.set(event == null);
        EventDto e = event == null ? new EventDto("", "", null, null, null, List.of(), null, null, List.of()) : event;
        proposedId.reset(e.id(), event == null);
        Fields.show(title, e.title());
        if (!Objects.equals(kind.get(), e.kind())) {
            kind.set(e.kind());
        }
        Fields.show(date, e.date());
        Fields.show(location, e.location());
        Fields.show(summary, e.summary());
        Fields.show(note, e.note());
        List<ParticipationDto> a = e.actors() == null ? List.of() : e.actors();
        if (!actors.equals(a)) {
            actors.setAll(a);
        }
        List<QuoteDto> q = e.quotes() == null ? List.of() : e.quotes();
        if (!quotes.equals(q)) {
            quotes.setAll(q);
        }
        proposeId();
    }

    /** A new event starting from a quote chosen in a source ("New event from this quote"). */
    public void loadNew(QuoteDto quote) {
        load(null);
        quotes.setAll(quote);
    }

    /**
     * The ids events already have, so a new event's proposed id is free: asked for once, when an id
     * is first proposed (at 100,000 events, gathering them is work a form that proposes nothing
     * should not do at each change of the document).
     */
    public void setTakenIds(Supplier<? extends Collection<String>> ids) {
        takenIds = new Supplier<>() {
            private Collection<String> taken;

            @Override
            public Collection<String> get() {
                if (taken == null) {
                    taken = ids.get();
                }
                return taken;
            }
        };
        proposeId();
    }

    private void readDate(String text) {
        DateReading r = DateInput.read(text, words);
        reading.set(r);
        datePreview.set(previews.of(r));
        dateAccepted.set(text == null || text.isBlank() || r.isUnderstood());
        proposeId();
    }

    /** "Talks in Lahore" on 2021-05-10 → {@code talks-in-lahore-2021-05-10}, free among the events' ids. */
    private void proposeId() {
        DateReading r = reading.get();
        String day = "";
        if (r != null && r.isUnderstood()) {
            PartialDate start = r.date().start();
            day = " " + new PartialDate(start.year(), start.month(), start.day(), false, false).toEdtf();
        }
        proposedId.propose(title.get().isBlank() ? "" : title.get() + day, "event", takenIds);
    }

    /** The event as the form says it; fields left empty are null (the validator names the required ones). */
    public EventDto toDto() {
        return new EventDto(id.get().strip(), title.get().strip(), kind.get(), storedDate(), Fields.value(location),
                List.copyOf(actors), Fields.value(summary), Fields.value(note), List.copyOf(quotes));
    }

    /** The date to store: the typed date read as EDTF; a refused one keeps the date stored before. */
    private String storedDate() {
        DateReading r = reading.get();
        if (date.get().isBlank()) {
            return null;
        }
        if (r.isUnderstood()) {
            return r.edtf();
        }
        return committed == null ? null : committed.date();
    }

    /**
     * The edit that makes the document say what the form says: the event added (new) or replaced
     * (under the id it had, following a changed id); null when the form says what the document does.
     */
    public Edit.PutEvent edit() {
        EventDto now = toDto();
        if (now.equals(committed)) {
            return null;
        }
        return new Edit.PutEvent(committed == null ? null : committed.id(), now);
    }

    /** True when an event can be added from the form: a title, and no refused date. */
    public boolean canAdd() {
        return !title.get().isBlank() && !id.get().isBlank() && dateAccepted.get();
    }

    /** The id the event has in the document; null for a new event. */
    public String originalId() {
        return committed == null ? null : committed.id();
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The kind's code; null when not chosen (an unknown code from the file is kept as it is). */
    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    /** The date as typed: EDTF or any form {@link DateInput} reads. */
    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The actors taking part, with their parts, in order. */
    public ObservableList<ParticipationDto> actors() {
        return actors;
    }

    /** The quotes, in order. */
    public ObservableList<QuoteDto> quotes() {
        return quotes;
    }

    /** What the date as typed is read as. */
    public ReadOnlyObjectProperty<DateReading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The live preview: the date in words, its precision and how it is drawn; or why it is refused. */
    public ReadOnlyStringProperty datePreviewProperty() {
        return datePreview.getReadOnlyProperty();
    }

    /** False while the typed date is refused (it is then not stored). */
    public ReadOnlyBooleanProperty dateAcceptedProperty() {
        return dateAccepted.getReadOnlyProperty();
    }

    /** True for a new event not yet in the document. */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public boolean isCreating() {
        return creating.get();
    }
}
