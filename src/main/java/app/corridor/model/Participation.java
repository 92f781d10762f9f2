package app.corridor.model;

import java.util.Objects;

/** An actor's part in one event. */
public record Participation(String actorId, Part part) {
    public Participation {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(part, "part");
    }
}
