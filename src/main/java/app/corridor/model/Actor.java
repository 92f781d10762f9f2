package app.corridor.model;

import java.util.List;
import java.util.Objects;

/**
 * A person or organisation taking part in events.
 *
 * @param nativeName the name in the actor's own script (Chinese characters, Urdu), or null
 */
public record Actor(String id, String name, String nativeName, Country country, ActorKind kind, List<Role> roles) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        roles = List.copyOf(roles);
    }

    /** "Xi Jinping 习近平": the Latin name with the native one beside it where known. */
    public String displayName() {
        return nativeName == null ? name : name + " " + nativeName;
    }
}
