package app.corridor.model;

import java.util.Objects;

/** An actor's part in one event. */
public record Participation(String actorId, Part part) {
    public Participation {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(part, "part");
    }

    /** Written out, as {@link Event#equals}'s. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Participation p && part == p.part && actorId.equals(p.actorId);
    }

    @Override
    public int hashCode() {
        return actorId.hashCode() * 31 + part.hashCode();
    }
}
