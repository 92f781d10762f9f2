package app.corridor.ui.edit;

import app.corridor.curate.Edit;
import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.RoleDto;
import app.corridor.model.ActorKind;
import app.corridor.model.Country;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The actor form without its nodes: id, name, name in its own script, country, kind and roles, and
 * the edit that makes the document say so. A new actor's id follows its name until one is typed.
 */
public final class ActorFormModel {

    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty nativeName = new SimpleStringProperty(this, "nativeName", "");
    private final ObjectProperty<String> country = new SimpleObjectProperty<>(this, "country");
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObservableList<RoleDto> roles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating", true);
    private final ProposedId proposedId = new ProposedId(id);
    private ActorDto committed;
    private Collection<String> takenIds = Set.of();

    public ActorFormModel() {
        name.addListener(o -> proposedId.propose(name.get(), "actor", () -> takenIds));
    }

    /** Shows {@code actor}; null: a new person, their country still to choose. */
    public void load(ActorDto actor) {
        committed = actor;
        creating.set(actor == null);
        ActorDto a = actor == null ? new ActorDto("", "", null, null, ActorKind.PERSON.code(), List.of()) : actor;
        proposedId.reset(a.id(), actor == null);
        Fields.show(name, a.name());
        Fields.show(nativeName, a.nativeName());
        if (!Objects.equals(country.get(), a.country())) {
            country.set(a.country());
        }
        if (!Objects.equals(kind.get(), a.kind())) {
            kind.set(a.kind());
        }
        List<RoleDto> r = a.roles() == null ? List.of() : a.roles();
        if (!roles.equals(r)) {
            roles.setAll(r);
        }
    }

    /** A new actor named {@code typedName} ("New actor “…”" in the actor picker). */
    public void loadNew(String typedName, Country side) {
        load(null);
        name.set(typedName == null ? "" : typedName.strip());
        country.set(side == null ? null : side.code());
    }

    /** The ids actors already have, so a new actor's proposed id is free. */
    public void setTakenIds(Collection<String> ids) {
        takenIds = Set.copyOf(ids);
        proposedId.propose(name.get(), "actor", () -> takenIds);
    }

    public ActorDto toDto() {
        return new ActorDto(id.get().strip(), name.get().strip(), Fields.value(nativeName), country.get(), kind.get(),
                List.copyOf(roles));
    }

    /** The edit that makes the document say what the form says; null when it already does. */
    public Edit.PutActor edit() {
        ActorDto now = toDto();
        return now.equals(committed) ? null : new Edit.PutActor(committed == null ? null : committed.id(), now);
    }

    public boolean canAdd() {
        return !name.get().isBlank() && !id.get().isBlank() && country.get() != null;
    }

    public String originalId() {
        return committed == null ? null : committed.id();
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nativeNameProperty() {
        return nativeName;
    }

    /** The country's code ({@code CN}, {@code PK}, {@code other}); null when not chosen. */
    public ObjectProperty<String> countryProperty() {
        return country;
    }

    /** {@code person} or {@code organisation}. */
    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    public ObservableList<RoleDto> roles() {
        return roles;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public boolean isCreating() {
        return creating.get();
    }
}
