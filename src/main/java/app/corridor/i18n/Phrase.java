package app.corridor.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Words to be put in a language later: a message key and its arguments. A reason made deep in the
 * core (an edit refused, a file that cannot be imported) is kept as a phrase, so the window says it
 * in the reader's language while logs and the command line say it in English. An argument may be
 * a phrase itself ("3 events (a, b and 1 more)" inside a sentence).
 *
 * @param key  the key in the message bundles
 * @param args the arguments, phrases among them
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The phrase {@code key} with {@code args}; a null argument stands as "". */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }

    /** The phrase in the language of {@code words}. */
    public String in(Messages words) {
        Object[] shown = args.stream().map(a -> a instanceof Phrase p ? p.in(words) : a).toArray();
        return words.get(key, shown);
    }

    /** The phrase in English: for logs, exceptions' messages and the command line. */
    public String english() {
        return in(Messages.english());
    }
}
