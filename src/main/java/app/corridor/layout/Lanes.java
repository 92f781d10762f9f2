package app.corridor.layout;

import app.corridor.i18n.ActorNames;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Terms;
import app.corridor.model.Actor;
import app.corridor.model.Country;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.Participation;
import java.util.ArrayList;
import java.util.Arrays;
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
        CHINA, PAKISTAN, BILATERAL, MULTILATERAL, NONE;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
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
        return build(events, mode, actors, Language.ENGLISH);
    }

    /**
     * The same lanes named in {@code language}: kinds and countries in its words, actors by the
     * name in its script where they have one (see {@link ActorNames}). Each lane's events are cut
     * from the index {@code events} belongs to ({@link EventIndex#subset}), so their times are
     * copied, not worked out again from each event's date.
     */
    public static List<Lane> build(List<Event> events, LaneMode mode, Function<String, Actor> actors,
                                   Language language) {
        EventIndex index = EventIndex.of(events);
        Messages words = Messages.of(language);
        return switch (mode) {
            case KIND -> byKind(index, Terms.of(language));
            case COUNTRY -> byCountry(index, actors, words);
            case ACTOR -> byActor(index, actors, language);
        };
    }

    private static List<Lane> byKind(EventIndex index, Terms terms) {
        Map<EventKind, Positions> groups = new LinkedHashMap<>();
        for (EventKind kind : EventKind.values()) {
            groups.put(kind, new Positions());
        }
        for (int i = 0; i < index.size(); i++) {
            groups.get(index.get(i).kind()).add(i);
        }
        return nonEmpty(index, groups, EventKind::code, terms::kinds);
    }

    private static List<Lane> byCountry(EventIndex index, Function<String, Actor> actors, Messages words) {
        Map<CountryGroup, Positions> groups = new LinkedHashMap<>();
        for (CountryGroup g : CountryGroup.values()) {
            groups.put(g, new Positions());
        }
        for (int i = 0; i < index.size(); i++) {
            groups.get(countryGroup(index.get(i), actors)).add(i);
        }
        return nonEmpty(index, groups, g -> "country-" + g.key(), g -> words.get("lane.country." + g.key()));
    }

    private static <K> List<Lane> nonEmpty(EventIndex index, Map<K, Positions> groups, Function<K, String> key,
                                           Function<K, String> label) {
        List<Lane> lanes = new ArrayList<>();
        groups.forEach((group, positions) -> {
            if (positions.size() > 0) {
                lanes.add(new Lane(key.apply(group), label.apply(group), positions.of(index)));
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
    private static List<Lane> byActor(EventIndex index, Function<String, Actor> actors, Language language) {
        Map<String, Positions> groups = new LinkedHashMap<>();
        Positions none = new Positions();
        for (int i = 0; i < index.size(); i++) {
            Event e = index.get(i);
            if (e.participants().isEmpty()) {
                none.add(i);
            }
            for (Participation p : e.participants()) {
                groups.computeIfAbsent(p.actorId(), k -> new Positions()).add(i);
            }
        }
        List<Lane> lanes = new ArrayList<>();
        groups.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Positions>>comparingInt(en -> -en.getValue().size())
                        .thenComparing(en -> actorName(en.getKey(), actors)))
                .forEach(en -> {
                    Actor a = actors.apply(en.getKey());
                    lanes.add(new Lane("actor-" + en.getKey(),
                            a == null ? en.getKey() : ActorNames.primary(a, language),
                            a == null ? null : ActorNames.secondary(a, language), en.getValue().of(index)));
                });
        if (none.size() > 0) {
            lanes.add(new Lane("actor-none", Messages.of(language).get("lane.actor.none"), none.of(index)));
        }
        return lanes;
    }

    /** The rising positions of a lane's events in the index they are grouped from. */
    private static final class Positions {
        private int[] at = new int[16];
        private int size;

        /** Adds {@code i}, once: an event naming an actor twice is in that actor's lane once. */
        void add(int i) {
            if (size > 0 && at[size - 1] == i) {
                return;
            }
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = i;
        }

        int size() {
            return size;
        }

        EventIndex of(EventIndex index) {
            return index.subset(Arrays.copyOf(at, size));
        }
    }

    private static String actorName(String id, Function<String, Actor> actors) {
        Actor a = actors.apply(id);
        return a == null ? id : a.name();
    }
}
