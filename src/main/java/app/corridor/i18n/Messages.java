package app.corridor.i18n;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Corridor's words in one language, from the resource bundles {@code messages.properties}
 * (English), {@code messages_zh_CN.properties} and {@code messages_ur.properties}, all UTF-8.
 *
 * <p>Every message is an ICU {@link MessageFormat} pattern, so counts take the language's plural
 * forms ({@code {0,plural,one{# event} other{# events}}}; Chinese has one form, Urdu two) and
 * arguments are placed where the language puts them, never glued on by concatenation. A key the
 * language lacks falls back to English (a test keeps every bundle complete). A text argument
 * written in the other direction (an English title in Urdu, an Urdu name in English) is embedded
 * whole ({@link BidiText}), so its punctuation stays with it.
 */
public final class Messages {

    static final String BUNDLE = "app.corridor.i18n.messages";

    /** Only the bundles asked for and English under them: never the system locale's. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Map<Language, Messages> ALL = loadAll(true);
    private static final Map<Language, Messages> MARKED = loadAll(false);

    private final Language language;
    private final ResourceBundle bundle;
    /** Isolates around arguments of the other direction (exports, the command line); else marks (JavaFX). */
    private final boolean isolate;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Language language, ResourceBundle bundle, boolean isolate) {
        this.language = language;
        this.bundle = bundle;
        this.isolate = isolate;
    }

    private static Map<Language, Messages> loadAll(boolean isolate) {
        return Language.each(l -> new Messages(l, ResourceBundle.getBundle(BUNDLE,
                l == Language.ENGLISH ? Locale.ROOT : l.locale(), NO_FALLBACK), isolate));
    }

    /** The words of {@code language}. */
    public static Messages of(Language language) {
        return ALL.get(language);
    }

    /**
     * The same words with marks (LRM, RLM) instead of isolates around arguments of the other
     * direction: for a renderer that draws isolates as boxes instead of obeying them (JavaFX 21
     * does, with every bundled font) and draws marks as nothing (see {@link BidiText#mark}).
     */
    public Messages withBidiMarks() {
        return MARKED.get(language);
    }

    /** English: what the command line and the tests that pin wording use. */
    public static Messages english() {
        return of(Language.ENGLISH);
    }

    public Language language() {
        return language;
    }

    /**
     * The message {@code key} with {@code args} put in its placeholders.
     *
     * @throws MissingResourceException when no bundle, English included, has the key
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0 && isPlain(pattern)) {
            // Most of a window's words: building an ICU MessageFormat for each was a twentieth of a start.
            return pattern;
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, language.uLocale()));
        Object[] embedded = args.clone();
        for (int i = 0; i < embedded.length; i++) {
            if (embedded[i] instanceof String text) {
                embedded[i] = isolate ? BidiText.embed(text, language) : BidiText.mark(text, language);
            }
        }
        // A MessageFormat is not safe to share between threads while it formats.
        synchronized (format) {
            return format.format(embedded);
        }
    }

    /** True when {@code pattern} formats as itself: no argument, no quoting apostrophe. */
    static boolean isPlain(String pattern) {
        return pattern.indexOf('{') < 0 && pattern.indexOf('}') < 0 && pattern.indexOf('\'') < 0;
    }

    /** True when some bundle (this language's or English) has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** "A, B or C" in this language's words. */
    public String orList(List<String> items) {
        return ListFormatter.getInstance(listLocale(), ListFormatter.Type.OR, ListFormatter.Width.WIDE)
                .format(embedded(items));
    }

    /** "A, B and C" in this language's words. */
    public String andList(List<String> items) {
        return ListFormatter.getInstance(listLocale(), ListFormatter.Type.AND, ListFormatter.Width.WIDE)
                .format(embedded(items));
    }

    private List<String> embedded(List<String> items) {
        return items.stream().map(i -> isolate ? BidiText.embed(i, language) : BidiText.mark(i, language)).toList();
    }

    /** British lists for English ("A, B or C", no serial comma), as the English wording has always been. */
    private com.ibm.icu.util.ULocale listLocale() {
        return language == Language.ENGLISH ? com.ibm.icu.util.ULocale.UK : language.uLocale();
    }
}
