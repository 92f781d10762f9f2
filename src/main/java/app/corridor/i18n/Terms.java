package app.corridor.i18n;

import app.corridor.model.Country;
import app.corridor.model.EventKind;
import app.corridor.model.Part;

/**
 * The dataset's closed vocabularies in one language: kinds of event, the parts actors play, their
 * countries. The model keeps their codes and English names; this gives every language's.
 */
public final class Terms {

    private final Messages messages;

    private Terms(Messages messages) {
        this.messages = messages;
    }

    public static Terms of(Language language) {
        return new Terms(Messages.of(language));
    }

    /** One event's kind: "State visit", "国事访问", "ریاستی دورہ". */
    public String kind(EventKind kind) {
        return messages.get("kind." + kind.code());
    }

    /** A lane or list of that kind: "State visits", "国事访问", "ریاستی دورے". */
    public String kinds(EventKind kind) {
        return messages.get("kinds." + kind.code());
    }

    /** "Host", "东道主", "میزبان". */
    public String part(Part part) {
        return messages.get("part." + part.code());
    }

    /** The part inside running text: "host" in "Xi Jinping (host)". */
    public String partInline(Part part) {
        return messages.get("part.inline." + part.code());
    }

    /** "China", "中国", "چین". */
    public String country(Country country) {
        return messages.get("country." + country.code());
    }
}
