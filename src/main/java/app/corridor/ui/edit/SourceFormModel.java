package app.corridor.ui.edit;

import app.corridor.curate.DateInput;
import app.corridor.curate.DateReading;
import app.corridor.curate.Edit;
import app.corridor.curate.ImportProposal;
import app.corridor.curate.ProposedField;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.i18n.Messages;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The source form without its nodes: the source's metadata, each optional field either filled in
 * or marked "not stated" (stored as null: the text does not say), the publication date typed as
 * people write it and kept at its precision, and where an imported document states each value.
 */
public final class SourceFormModel {

    /** The fields a source's text may leave unstated. */
    public enum Optional {
        AUTHOR, AUTHOR_ROLE, OUTLET, PUBLISHED, URL
    }

    private final Messages words;
    private final DatePreview previews;
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final StringProperty sha256 = new SimpleStringProperty(this, "sha256", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final Map<Optional, StringProperty> values = new EnumMap<>(Optional.class);
    private final Map<Optional, BooleanProperty> notStated = new EnumMap<>(Optional.class);
    private final Map<Optional, ReadOnlyStringWrapper> origins = new EnumMap<>(Optional.class);
    private final ReadOnlyStringWrapper titleOrigin = new ReadOnlyStringWrapper(this, "titleOrigin", "");
    private final ReadOnlyStringWrapper publishedPreview = new ReadOnlyStringWrapper(this, "publishedPreview", "");
    private final ReadOnlyBooleanWrapper publishedAccepted = new ReadOnlyBooleanWrapper(this, "publishedAccepted", true);
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating", true);
    private final ProposedId proposedId = new ProposedId(id);
    private SourceDto committed;
    private Collection<String> takenIds = Set.of();

    public SourceFormModel(Messages words) {
        this.words = words;
        this.previews = new DatePreview(words);
        for (Optional f : Optional.values()) {
            StringProperty value = new SimpleStringProperty(this, f.name(), "");
            BooleanProperty unstated = new SimpleBooleanProperty(this, f.name() + "NotStated", false);
            values.put(f, value);
            notStated.put(f, unstated);
            origins.put(f, new ReadOnlyStringWrapper(this, f.name() + "Origin", ""));
            // Typing a value states it; marking "not stated" clears what was typed.
            value.addListener((o, a, text) -> {
                if (text != null && !text.isBlank()) {
                    unstated.set(false);
                }
            });
            unstated.addListener((o, a, marked) -> {
                if (marked) {
                    value.set("");
                }
            });
        }
        values.get(Optional.PUBLISHED).addListener((o, a, text) -> readPublished(text));
        title.addListener(o -> proposedId.propose(title.get(), "source", () -> takenIds));
    }

    /** Shows {@code source}; a field it leaves null shows as "not stated". */
    public void load(SourceDto source) {
        committed = source;
        creating.set(false);
        proposedId.reset(source.id(), false);
        show(source);
        origins.values().forEach(o -> o.set(""));
        titleOrigin.set("");
    }

    /**
     * Shows what an imported document proposes: its stated fields with where it states them, the
     * others marked "not stated"; the id follows the title until one is typed.
     */
    public void load(ImportProposal proposal, Collection<String> taken) {
        committed = null;
        creating.set(true);
        takenIds = Set.copyOf(taken);
        SourceDto proposed = proposal.proposedSource();
        proposedId.reset(proposed.id(), true);
        show(proposed);
        titleOrigin.set(origin(proposal.title()));
        origins.get(Optional.AUTHOR).set(origin(proposal.author()));
        origins.get(Optional.AUTHOR_ROLE).set("");
        origins.get(Optional.OUTLET).set(origin(proposal.outlet()));
        origins.get(Optional.PUBLISHED).set(origin(proposal.published()));
        origins.get(Optional.URL).set(origin(proposal.url()));
    }

    private String origin(ProposedField f) {
        return f.isStated() && f.origin() != null ? words.get("edit.source.origin", f.origin().in(words)) : "";
    }

    private void show(SourceDto s) {
        Fields.show(file, s.file());
        Fields.show(sha256, s.sha256());
        Fields.show(title, s.title());
        Fields.show(note, s.note());
        showOptional(Optional.AUTHOR, s.author());
        showOptional(Optional.AUTHOR_ROLE, s.authorRole());
        showOptional(Optional.OUTLET, s.outlet());
        showOptional(Optional.PUBLISHED, s.published());
        showOptional(Optional.URL, s.url());
    }

    private void showOptional(Optional f, String value) {
        Fields.show(values.get(f), value);
        notStated.get(f).set(value == null || value.isBlank());
    }

    private void readPublished(String text) {
        DateReading r = DateInput.read(text, words);
        boolean oneDate = r.isUnderstood() && !r.date().isInterval();
        publishedAccepted.set(text == null || text.isBlank() || oneDate);
        publishedPreview.set(r.isUnderstood() && !oneDate ? words.get("edit.source.published.one-date") : previews.of(r));
    }

    /** The source as the form says it: a field marked "not stated", or left blank, is null. */
    public SourceDto toDto() {
        return new SourceDto(id.get().strip(), Fields.value(file), Fields.value(sha256), Fields.value(title),
                optional(Optional.AUTHOR), optional(Optional.AUTHOR_ROLE), optional(Optional.OUTLET), published(),
                optional(Optional.URL), Fields.value(note));
    }

    private String optional(Optional f) {
        return notStated.get(f).get() ? null : Fields.value(values.get(f));
    }

    /** The typed publication date as EDTF; a refused one keeps what was stored. */
    private String published() {
        String typed = optional(Optional.PUBLISHED);
        if (typed == null) {
            return null;
        }
        if (publishedAccepted.get()) {
            return DateInput.read(typed, words).edtf();
        }
        return committed == null ? null : committed.published();
    }

    /** The edit that makes the document say what the form says; null when it already does (new sources are imported). */
    public Edit.PutSource edit() {
        if (committed == null) {
            return null;
        }
        SourceDto now = toDto();
        return now.equals(committed) ? null : new Edit.PutSource(committed.id(), now);
    }

    public String originalId() {
        return committed == null ? null : committed.id();
    }

    public StringProperty idProperty() {
        return id;
    }

    /** The text's file, relative to the dataset folder; not editable. */
    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty sha256Property() {
        return sha256;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The text of optional field {@code f}. */
    public StringProperty value(Optional f) {
        return values.get(f);
    }

    /** True when field {@code f} is marked "not stated" (saved as null). */
    public BooleanProperty notStated(Optional f) {
        return notStated.get(f);
    }

    /** Where an imported document states field {@code f} ("from the page's og:site_name"), or "". */
    public ReadOnlyStringProperty origin(Optional f) {
        return origins.get(f).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleOriginProperty() {
        return titleOrigin.getReadOnlyProperty();
    }

    /** The publication date in words at its precision, or why it is refused. */
    public ReadOnlyStringProperty publishedPreviewProperty() {
        return publishedPreview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty publishedAcceptedProperty() {
        return publishedAccepted.getReadOnlyProperty();
    }

    /** True for a source being imported, not yet in the document. */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }
}
