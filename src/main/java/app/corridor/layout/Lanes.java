package app.corridor.layout;

import app.corridor.model.Actor;
import app.corridor.model.Country;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.Participation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Groups events into lanes for a {@link LaneMode}; done once per filter or mode change, not per frame. */
public final class Lanes {

    /** Country lanes, in display order. */
    enum CountryGroup {
        CHINA("China"), PAKISTAN("Pakistan"), BILATERAL("China & Pakistan"), MULTILATERAL("With other countries"),
        NONE("No actor recorded");

        final String label;

        CountryGroup(String label) {
            this.label = label;
        }
    }

    private Lanes() {
    }

    /**
     * Lanes holding {@code events}; lanes with no events are left out.
     *
     * @param actors looks an actor up by id (null when unknown)
     */
    public static List<Lane> build(List<Event> events, LaneMode mode, Function<String, Actor> actors) {
        return switch (mode) {
            case KIND -> byKind(events);
            case COUNTRY -> byCountry(events, actors);
            case ACTOR -> byActor(events, actors);
        };
    }

    private static List<Lane> byKind(List<Event> events) {
        Map<EventKind, List<Event>> groups = new LinkedHashMap<>();
        for (EventKind kind : EventKind.values()) {
            groups.put(kind, new ArrayList<>());
        }
        events.forEach(e -> groups.get(e.kind()).add(e));
        return nonEmpty(groups, EventKind::code, EventKind::pluralLabel);
    }

    private static List<Lane> byCountry(List<Event> events, Function<String, Actor> actors) {
        Map<CountryGroup, List<Event>> groups = new LinkedHashMap<>();
        for (CountryGroup g : CountryGroup.values()) {
            groups.put(g, new ArrayList<>());
        }
        for (Event e : events) {
            groups.get(countryGroup(e, actors)).add(e);
        }
        return nonEmpty(groups, g -> "country-" + g.name().toLowerCase(java.util.Locale.ROOT), g -> g.label);
    }

    private static <K> List<Lane> nonEmpty(Map<K, List<Event>> groups, Function<K, String> key,
                                           Function<K, String> label) {
        List<Lane> lanes = new ArrayList<>();
        groups.forEach((group, list) -> {
            if (!list.isEmpty()) {
                lanes.add(new Lane(key.apply(group), label.apply(group), new EventIndex(list)));
            }
        });
        return lanes;
    }

    static CountryGroup countryGroup(Event e, Function<String, Actor> actors) {
        Set<Country> countries = EnumSet.noneOf(Country.class);
        for (Participation p : e.participants()) {
            Actor a = actors.apply(p.actorId());
            if (a != null) {
                countries.add(a.country());
            }
        }
        if (countries.contains(Country.OTHER)) {
            return CountryGroup.MULTILATERAL;
        }
        if (countries.contains(Country.CN) && countries.contains(Country.PK)) {
            return CountryGroup.BILATERAL;
        }
        if (countries.contains(Country.CN)) {
            return CountryGroup.CHINA;
        }
        return countries.contains(Country.PK) ? CountryGroup.PAKISTAN : CountryGroup.NONE;
    }

    /** Busiest actors first; an event appears in the lane of each of its actors. */
    private static List<Lane> byActor(List<Event> events, Function<String, Actor> actors) {
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        List<Event> none = new ArrayList<>();
        for (Event e : events) {
            if (e.participants().isEmpty()) {
                none.add(e);
            }
            for (Participation p : e.participants()) {
                groups.computeIfAbsent(p.actorId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Lane> lanes = new ArrayList<>();
        groups.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<Event>>>comparingInt(en -> -en.getValue().size())
                        .thenComparing(en -> actorName(en.getKey(), actors)))
                .forEach(en -> {
                    Actor a = actors.apply(en.getKey());
                    lanes.add(new Lane("actor-" + en.getKey(), actorName(en.getKey(), actors),
                            a == null ? null : a.nativeName(), new EventIndex(en.getValue())));
                });
        if (!none.isEmpty()) {
            lanes.add(new Lane("actor-none", "No actor recorded", new EventIndex(none)));
        }
        return lanes;
    }

    private static String actorName(String id, Function<String, Actor> actors) {
        Actor a = actors.apply(id);
        return a == null ? id : a.name();
    }
}
