package app.corridor.i18n;

import app.corridor.model.Actor;
import java.lang.Character.UnicodeScript;

/**
 * Actors' names as a reader of each language expects them: the name in the reader's own script
 * first where the data has one (习近平 for a Chinese reader, شہباز شریف for an Urdu reader), the
 * Latin name after it; the Latin name first otherwise, with the native name after it as before.
 */
public final class ActorNames {

    private ActorNames() {
    }

    /** The name to show first. */
    public static String primary(Actor actor, Language language) {
        return nativeLeads(actor, language) ? actor.nativeName() : actor.name();
    }

    /** The other name, shown after or under the first (null when the actor has only one). */
    public static String secondary(Actor actor, Language language) {
        if (actor.nativeName() == null) {
            return null;
        }
        return nativeLeads(actor, language) ? actor.name() : actor.nativeName();
    }

    /** Both names on one line: "习近平 Xi Jinping" for a Chinese reader, "Xi Jinping 习近平" for others. */
    public static String display(Actor actor, Language language) {
        String second = secondary(actor, language);
        return second == null ? primary(actor, language) : primary(actor, language) + " " + second;
    }

    /** True when the actor's native name is written in {@code language}'s script. */
    public static boolean nativeLeads(Actor actor, Language language) {
        return actor.nativeName() != null && language != Language.ENGLISH
                && scriptOf(actor.nativeName()) == script(language);
    }

    private static UnicodeScript script(Language language) {
        return switch (language) {
            case CHINESE -> UnicodeScript.HAN;
            case URDU -> UnicodeScript.ARABIC;
            case ENGLISH -> UnicodeScript.LATIN;
        };
    }

    /** The script of the first letter of {@code text}. */
    static UnicodeScript scriptOf(String text) {
        return text.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).findFirst()
                .orElse(UnicodeScript.COMMON);
    }
}
