package app.corridor.layout;

import app.corridor.dataset.DatasetGenerator;
import app.corridor.model.Actor;
import app.corridor.model.ActorKind;
import app.corridor.model.Country;
import app.corridor.model.Event;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Events for layout and drawing tests: a few hand-made actors, and generated events at any scale. */
public final class SyntheticEvents {

    public static final List<Actor> ACTORS = List.of(
            new Actor("a-cn", "Leader A", null, Country.CN, ActorKind.PERSON, List.of()),
            new Actor("b-pk", "Leader B", null, Country.PK, ActorKind.PERSON, List.of()),
            new Actor("c-pk", "Party C", null, Country.PK, ActorKind.ORGANISATION, List.of()),
            new Actor("d-un", "Body D", null, Country.OTHER, ActorKind.ORGANISATION, List.of()));

    private static final Map<String, List<Event>> CACHE = new ConcurrentHashMap<>();

    private SyntheticEvents() {
    }

    /**
     * {@code n} events between 1951 and 2026, reproducible for a {@code seed}: those of the dataset
     * {@code corridor generate} writes ({@link DatasetGenerator}), kept per size and seed because
     * several tests ask for the same ones.
     */
    public static List<Event> generate(int n, long seed) {
        return CACHE.computeIfAbsent(n + "/" + seed, k -> DatasetGenerator.generate(n, seed).events());
    }

    /** A text measure that needs no fonts: every character is 7 px wide. */
    public static final TextMeasure MONO = (text, style) -> text.length() * 7.0;
}
