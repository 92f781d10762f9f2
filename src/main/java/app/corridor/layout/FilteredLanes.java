package app.corridor.layout;

import app.corridor.i18n.Language;
import app.corridor.model.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The lanes of the events a filter keeps, cut from the lanes of every event: {@link Lanes} groups
 * all the events once per lane mode, and each filter change then takes from each lane the events
 * it keeps, a pass over positions instead of a regrouping of every event. The lanes are those
 * {@link Lanes#build} would give for the kept events, in the same order.
 */
public final class FilteredLanes {

    private static final String NO_ACTOR_KEY = "actor-none";
    private static final String ACTOR_KEY_PREFIX = "actor-";

    private final EventIndex all;
    private final LaneMode mode;
    private final Function<String, Actor> actors;
    private final Language language;
    private final List<Lane> full;

    /**
     * @param all    every event (what a filter's results are cut from, see {@link EventIndex#subset})
     * @param actors   looks an actor up by id (null when unknown)
     * @param language the language the lanes are named in
     */
    public FilteredLanes(EventIndex all, LaneMode mode, Function<String, Actor> actors, Language language) {
        this.all = all;
        this.mode = mode;
        this.actors = actors;
        this.language = language;
        // Lanes.build cuts each lane from the index its events belong to: here, every event's.
        this.full = List.copyOf(Lanes.build(all.all(), mode, actors, language));
    }

    /** What these lanes group by. */
    public LaneMode mode() {
        return mode;
    }

    /** True when these lanes were made for {@code events}, {@code mode}, {@code actors} and {@code l}. */
    public boolean isFor(EventIndex events, LaneMode laneMode, Function<String, Actor> lookup, Language l) {
        return all == events && mode == laneMode && actors == lookup && language == l;
    }

    /**
     * The lanes of {@code shown}: cut from these lanes when it was cut from their events (a filter
     * result), else grouped anew.
     */
    public List<Lane> of(EventIndex shown) {
        if (shown == all || shown.parent() == all && shown.size() == all.size()) {
            return full;
        }
        if (shown.parent() != all) {
            return Lanes.build(shown.all(), mode, actors, language);
        }
        boolean[] kept = new boolean[all.size()];
        for (int i = 0; i < shown.size(); i++) {
            kept[shown.origin(i)] = true;
        }
        List<Lane> lanes = new ArrayList<>();
        Map<Lane, Integer> firstShown = new IdentityHashMap<>();
        for (Lane lane : full) {
            EventIndex events = lane.events();
            int[] at = new int[events.size()];
            int n = 0;
            for (int k = 0; k < at.length; k++) {
                if (kept[events.origin(k)]) {
                    at[n++] = k;
                }
            }
            if (n > 0) {
                Lane cut = new Lane(lane.key(), lane.label(), lane.nativeLabel(),
                        events.subset(java.util.Arrays.copyOf(at, n)));
                lanes.add(cut);
                firstShown.put(cut, events.origin(at[0]));
            }
        }
        if (mode == LaneMode.ACTOR) {
            // As Lanes orders actors: the busiest first (of what is shown), then by (English) name,
            // then by which shows first; the lane of events without actors last.
            lanes.sort(Comparator.<Lane>comparingInt(l -> l.key().equals(NO_ACTOR_KEY) ? 1 : 0)
                    .thenComparingInt(l -> l.key().equals(NO_ACTOR_KEY) ? 0 : -l.events().size())
                    .thenComparing(this::actorName)
                    .thenComparingInt(firstShown::get));
        }
        return lanes;
    }

    /** The name lanes of actors are ordered by (in every language): the actor's own, else its id. */
    private String actorName(Lane lane) {
        String id = lane.key().substring(ACTOR_KEY_PREFIX.length());
        Actor a = actors.apply(id);
        return a == null ? id : a.name();
    }
}
