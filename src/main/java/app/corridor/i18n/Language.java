package app.corridor.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages Corridor speaks: its interface, its dates and its exports. Each names itself in
 * its own script ("中文", "اردو"), so a reader finds their language whatever the current one is.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH, "English", false),
    CHINESE("zh", Locale.SIMPLIFIED_CHINESE, "\u4e2d\u6587", false),
    URDU("ur", new Locale("ur", "PK"), "\u0627\u0631\u062f\u0648", true);

    private final String code;
    private final Locale locale;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, Locale locale, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    /** The short code used on the command line and in settings: "en", "zh", "ur". */
    public String code() {
        return code;
    }

    /** The locale whose resource bundle and CLDR data this language uses. */
    public Locale locale() {
        return locale;
    }

    /** The same locale for ICU. */
    public ULocale uLocale() {
        return ULocale.forLocale(locale);
    }

    /** The language's name in its own script: "English", "中文", "اردو". */
    public String nativeName() {
        return nativeName;
    }

    /** True for a language written right to left (Urdu): the window mirrors. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The language of {@code code} ("en", "zh", "ur"; case ignored), if Corridor speaks it. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code.strip())).findFirst();
    }

    /** "en, zh, ur": the codes, for messages that list them. */
    public static String codes() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
    }

    /**
     * The language for a locale: Chinese for any Chinese locale (written in Simplified characters),
     * Urdu for Urdu, English for everything else.
     */
    public static Language forLocale(Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh" -> CHINESE;
            case "ur" -> URDU;
            default -> ENGLISH;
        };
    }

    /** One {@code T} per language, made once: the words, dates and axis words of each. */
    static <T> java.util.Map<Language, T> each(java.util.function.Function<Language, T> make) {
        java.util.Map<Language, T> all = new java.util.EnumMap<>(Language.class);
        for (Language l : values()) {
            all.put(l, make.apply(l));
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /** The language of the system's default locale: what Corridor starts in until the user chooses. */
    public static Language system() {
        return forLocale(Locale.getDefault());
    }
}
