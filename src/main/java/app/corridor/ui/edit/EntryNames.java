package app.corridor.ui.edit;

import app.corridor.curate.FieldRef;
import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.SourceDto;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What to call the entries some problems are about: an event's title, an actor's name, a source's
 * title. Each collection is read once for all of them, where looking each problem's entry up as it
 * is shown read 100,000 events per problem, each time the list drew it.
 */
final class EntryNames {

    private final Map<FieldRef.Section, Map<String, String>> names = new EnumMap<>(FieldRef.Section.class);

    private EntryNames() {
    }

    static EntryNames of(DatasetDto document, Collection<FieldRef> fields) {
        Map<FieldRef.Section, Set<String>> wanted = new EnumMap<>(FieldRef.Section.class);
        for (FieldRef f : fields) {
            if (f.id() != null) {
                wanted.computeIfAbsent(f.section(), s -> new HashSet<>()).add(f.id());
            }
        }
        EntryNames out = new EntryNames();
        if (document != null) {
            out.find(FieldRef.Section.EVENT, document.events(), wanted, EventDto::id, EventDto::title);
            out.find(FieldRef.Section.ACTOR, document.actors(), wanted, ActorDto::id, ActorDto::name);
            out.find(FieldRef.Section.SOURCE, document.sources(), wanted, SourceDto::id, SourceDto::title);
        }
        return out;
    }

    /** The entry's name; its id when it has none; its place in its list ("#3") when it has no id either. */
    String of(FieldRef f) {
        String name = f.id() == null ? null : names.getOrDefault(f.section(), Map.of()).get(f.id());
        return name != null ? name : f.id() == null ? "#" + (f.index() + 1) : f.id();
    }

    private <T> void find(FieldRef.Section section, List<T> list, Map<FieldRef.Section, Set<String>> wanted,
                          Function<T, String> idOf, Function<T, String> nameOf) {
        Set<String> ids = wanted.get(section);
        if (list == null || ids == null) {
            return;
        }
        Map<String, String> found = names.computeIfAbsent(section, s -> new HashMap<>());
        for (T t : list) {
            String id = idOf.apply(t);
            if (id != null && ids.contains(id) && !found.containsKey(id)) {
                // The first entry with the id, as the problem's path names it; a blank name says nothing.
                String name = nameOf.apply(t);
                found.put(id, name == null || name.isBlank() ? id : name);
            }
        }
    }
}
