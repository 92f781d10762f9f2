package app.corridor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Actor;
import app.corridor.model.ActorKind;
import app.corridor.model.Country;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Plural forms, lists, the language of a locale, names in the reader's script. */
class MessagesTest {

    @Test
    void countsTakeEachLanguagesPluralForms() {
        assertThat(Messages.english().get("timeline.events", 1)).isEqualTo("1 event");
        assertThat(Messages.english().get("timeline.events", 37)).isEqualTo("37 events");
        assertThat(Messages.of(Language.URDU).get("timeline.events", 1)).isEqualTo("1 واقعہ");
        assertThat(Messages.of(Language.URDU).get("timeline.events", 37)).isEqualTo("37 واقعات");
        assertThat(Messages.of(Language.CHINESE).get("timeline.events", 1)).isEqualTo("1个事件");
        assertThat(Messages.of(Language.CHINESE).get("timeline.events", 37)).isEqualTo("37个事件");
    }

    @Test
    void aMessageWithoutArgumentsReadsAsItsMessageFormatWouldFormatIt() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE,
                    language == Language.ENGLISH ? Locale.ROOT : language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            int plain = 0;
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                if (Messages.isPlain(pattern)) {
                    plain++;
                    assertThat(Messages.of(language).get(key)).as(key)
                            .isEqualTo(new com.ibm.icu.text.MessageFormat(pattern, language.uLocale()).format(new Object[0]));
                }
            }
            // Most of the words are plain: the shortcut is what a window's labels take.
            assertThat(plain).as(language.name()).isGreaterThan(bundle.keySet().size() / 2);
        }
        // Quoting apostrophes and placeholders still go through MessageFormat.
        assertThat(Messages.isPlain("Don''t")).isFalse();
        assertThat(Messages.isPlain("{0} events")).isFalse();
    }

    @Test
    void listsInEachLanguage() {
        List<String> three = List.of("A", "B", "C");
        assertThat(Messages.english().orList(three)).isEqualTo("A, B or C");
        assertThat(Messages.english().andList(List.of("A", "B"))).isEqualTo("A and B");
        assertThat(Messages.of(Language.CHINESE).orList(three)).isEqualTo("A、B或C");
        // Latin words inside an Urdu sentence are embedded left to right, invisibly.
        String urdu = Messages.of(Language.URDU).orList(List.of("A", "B"));
        assertThat(BidiText.strip(urdu)).isEqualTo("A یا B");
        assertThat(urdu).startsWith("\u2066A\u2069");
    }

    /**
     * On screen (JavaFX draws isolates as boxes) words of the other direction are held by marks: a
     * path at the start of an Urdu sentence printed as "tmp/data/events.json/" without them.
     */
    @Test
    void onScreenWordsOfTheOtherDirectionAreHeldByMarksThatJavaFxKeeps() {
        Messages urdu = Messages.of(Language.URDU).withBidiMarks();
        String recovery = urdu.get("edit.recovery.text", 1, "1 دسمبر", "/tmp/data/events.json");
        assertThat(recovery).startsWith("\u200e/tmp/data/events.json\u200e ");
        assertThat(urdu.get("filters.matching", "CPEC (2015)")).isEqualTo("”\u200eCPEC (2015)\u200e“ پر مشتمل");
        assertThat(Messages.english().withBidiMarks().get("filters.matching", "شہباز شریف"))
                .isEqualTo("matching “\u200fشہباز شریف\u200f”");
        assertThat(urdu.orList(List.of("A", "B"))).isEqualTo("\u200eA\u200e یا \u200eB\u200e");
        assertThat(Messages.of(Language.CHINESE).withBidiMarks().get("filters.matching", "CPEC")).isEqualTo("包含“CPEC”");
        // What a Paragraph keeps: the marks, not the isolates it would draw as boxes.
        assertThat(BidiText.withoutIsolates("\u2066A\u2069 \u200eB\u200e")).isEqualTo("A \u200eB\u200e");
    }

    @Test
    void wordsOfTheOtherDirectionKeepTheirPunctuation() {
        String urdu = Messages.of(Language.URDU).get("filters.matching", "CPEC (2015)");
        assertThat(urdu).isEqualTo("”\u2066CPEC (2015)\u2069“ پر مشتمل");
        String english = Messages.english().get("filters.matching", "شہباز شریف");
        assertThat(english).isEqualTo("matching “\u2067شہباز شریف\u2069”");
        assertThat(Messages.of(Language.CHINESE).get("filters.matching", "CPEC")).isEqualTo("包含“CPEC”");
    }

    @Test
    void theSystemLocaleChoosesTheLanguage() {
        assertThat(Language.forLocale(Locale.CHINA)).isEqualTo(Language.CHINESE);
        assertThat(Language.forLocale(Locale.TAIWAN)).isEqualTo(Language.CHINESE);
        assertThat(Language.forLocale(new Locale("ur", "IN"))).isEqualTo(Language.URDU);
        assertThat(Language.forLocale(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromCode("ZH")).contains(Language.CHINESE);
        assertThat(Language.fromCode("fr")).isEmpty();
    }

    @Test
    void namesLeadInTheReadersScript() {
        Actor xi = new Actor("xi-jinping", "Xi Jinping", "习近平", Country.CN, ActorKind.PERSON, List.of());
        Actor sharif = new Actor("shehbaz-sharif", "Shehbaz Sharif", "شہباز شریف", Country.PK, ActorKind.PERSON,
                List.of());
        Actor un = new Actor("un", "United Nations", null, Country.OTHER, ActorKind.ORGANISATION, List.of());
        assertThat(ActorNames.display(xi, Language.CHINESE)).isEqualTo("习近平 Xi Jinping");
        assertThat(ActorNames.display(xi, Language.ENGLISH)).isEqualTo("Xi Jinping 习近平");
        assertThat(ActorNames.display(xi, Language.URDU)).isEqualTo("Xi Jinping 习近平");
        assertThat(ActorNames.primary(sharif, Language.URDU)).isEqualTo("شہباز شریف");
        assertThat(ActorNames.secondary(sharif, Language.URDU)).isEqualTo("Shehbaz Sharif");
        assertThat(ActorNames.primary(sharif, Language.CHINESE)).isEqualTo("Shehbaz Sharif");
        assertThat(ActorNames.primary(un, Language.URDU)).isEqualTo("United Nations");
        assertThat(ActorNames.secondary(un, Language.URDU)).isNull();
    }
}
