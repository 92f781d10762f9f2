package app.corridor.ui.edit;

import app.corridor.dataset.Dto.ActorDto;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The actor picker's list without nodes: the dataset's actors whose name (in either script) or id
 * matches what is typed, the closest first, and "New actor “…”" when no actor has that very name.
 */
public final class ActorChoices {

    /** One line of the picker. */
    public sealed interface Choice permits Existing, NewActor {
    }

    /** An actor of the dataset. */
    public record Existing(ActorDto actor) implements Choice {
    }

    /** A new actor with the name typed, to be filled in inline. */
    public record NewActor(String name) implements Choice {
    }

    private ActorChoices() {
    }

    /**
     * The choices for {@code query} among {@code actors}, leaving out {@code already} (the actors
     * the event has): names starting with the query first, then names with a word starting with it,
     * then any other match, each alphabetically; every actor for a blank query.
     */
    public static List<Choice> matching(List<ActorDto> actors, String query, java.util.Set<String> already) {
        String q = fold(query);
        List<ActorDto> found = new ArrayList<>();
        for (ActorDto a : actors) {
            if (!already.contains(a.id()) && (q.isEmpty() || rank(a, q) < 3)) {
                found.add(a);
            }
        }
        found.sort(Comparator.comparingInt((ActorDto a) -> q.isEmpty() ? 0 : rank(a, q))
                .thenComparing(a -> fold(a.name())));
        List<Choice> choices = new ArrayList<>(found.stream().map(Existing::new).toList());
        boolean exact = actors.stream().anyMatch(a -> fold(a.name()).equals(q) || fold(a.nativeName()).equals(q));
        if (!q.isEmpty() && !exact) {
            choices.add(new NewActor(query.strip()));
        }
        return choices;
    }

    /** 0: the name starts with the query; 1: a word of it does; 2: it holds the query anywhere; 3: no match. */
    private static int rank(ActorDto a, String q) {
        String name = fold(a.name());
        String nativeName = fold(a.nativeName());
        if (name.startsWith(q) || nativeName.startsWith(q)) {
            return 0;
        }
        if ((" " + name).contains(" " + q) || fold(a.id()).contains(q)) {
            return 1;
        }
        return name.contains(q) || nativeName.contains(q) ? 2 : 3;
    }

    /** Lower case without accents, one space between words. */
    private static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }
}
