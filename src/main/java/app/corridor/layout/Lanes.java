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
     * name in its script where they have one (see {@link ActorNames}).
     */
    public static List<Lane> build(List<Event> events, LaneMode mode, Function<String, Actor> actors,
                                   Language language) {
        Messages words = Messages.of(language);
        return switch (mode) {
            case KIND -> byKind(events, Terms.of(language));
            case COUNTRY -> byCountry(events, actors, words);
            case ACTOR -> byActor(events, actors, language);
        };
    }

    private static List<Lane> byKind(List<Event> events, Terms terms) {
        Map<EventKind, List<Event>> groups = new LinkedHashMap<>();
        for (EventKind kind : EventKind.values()) {
            groups.put(kind, new ArrayList<>());
        }
        events.forEach(e -> groups.get(e.kind()).add(e));
        return nonEmpty(groups, EventKind::code, terms::kinds);
    }

    private static List<Lane> byCountry(List<Event> events, Function<String, Actor> actors, Messages words) {
        Map<CountryGroup, List<Event>> groups = new LinkedHashMap<>();
        for (CountryGroup g : CountryGroup.values()) {
            groups.put(g, new ArrayList<>());
        }
        for (Event e : events) {
            groups.get(countryGroup(e, actors)).add(e);
        }
        return nonEmpty(groups, g -> "country-" + g.key(), g -> words.get("lane.country." + g.key()));
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
    private static List<Lane> byActor(List<Event> events, Function<String, Actor> actors, Language language) {
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
                    lanes.add(new Lane("actor-" + en.getKey(),
                            a == null ? en.getKey() : ActorNames.primary(a, language),
                            a == null ? null : ActorNames.secondary(a, language), new EventIndex(en.getValue())));
                });
        if (!none.isEmpty()) {
            lanes.add(new Lane("actor-none", Messages.of(language).get("lane.actor.none"), new EventIndex(none)));
        }
        return lanes;
    }

    private static String actorName(String id, Function<String, Actor> actors) {
        Actor a = actors.apply(id);
        return a == null ? id : a.name();
    }
}
