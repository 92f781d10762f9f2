package app.corridor.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every bundle holds every key and no other, in UTF-8, with the same placeholders as English. */
class BundlesTest {

    static String file(Language l) {
        return switch (l) {
            case ENGLISH -> "messages.properties";
            case CHINESE -> "messages_zh_CN.properties";
            case URDU -> "messages_ur.properties";
        };
    }

    static byte[] bytes(Language l) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream(file(l))) {
            assertThat(in).as(file(l)).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The bundle's own entries, read as the text it is (strict UTF-8). */
    static Map<String, String> entries(Language l) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes(l))).toString();
        Properties p = new Properties();
        p.load(new StringReader(text));
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return m;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachBundleIsStrictUtf8(Language l) {
        assertThatCode(() -> StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes(l)))).as(file(l)).doesNotThrowAnyException();
    }

    /** Java 9+ reads a .properties bundle as UTF-8 (it would fall back to ISO-8859-1 on bad UTF-8). */
    @Test
    void theJdkReadsTheBundlesAsUtf8() {
        ResourceBundle zh = ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(zh.getString("kind.state-visit")).isEqualTo("国事访问");
        assertThat(Messages.of(Language.URDU).get("kind.official-visit")).isEqualTo("سرکاری دورہ");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"CHINESE", "URDU"})
    void everyBundleHasEveryKeyAndNoOther(Language l) throws IOException {
        Set<String> english = entries(Language.ENGLISH).keySet();
        Set<String> own = entries(l).keySet();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(own);
        Set<String> extra = new TreeSet<>(own);
        extra.removeAll(english);
        assertThat(missing).as("keys %s lacks", file(l)).isEmpty();
        assertThat(extra).as("keys only %s has", file(l)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyMessageParsesAndHasEnglishPlaceholders(Language l) throws IOException {
        Map<String, String> english = entries(Language.ENGLISH);
        entries(l).forEach((key, value) -> {
            assertThatCode(() -> new com.ibm.icu.text.MessageFormat(value, l.uLocale())).as("%s in %s", key, file(l))
                    .doesNotThrowAnyException();
            if (english.containsKey(key)) {
                assertThat(arguments(value)).as("placeholders of %s in %s", key, file(l))
                        .isEqualTo(arguments(english.get(key)));
            }
        });
    }

    @Test
    void urduIsWrittenInUrduLettersAndPunctuation() throws IOException {
        entries(Language.URDU).forEach((key, value) -> {
            // Arabic kaf, yeh, heh and alef maksura look alike but are not Urdu's ک ی ہ.
            assertThat(value).as(key).doesNotContain("\u0643", "\u064a", "\u0647", "\u0649");
            assertThat(value).as("%s ends an Urdu sentence with ۔", key).doesNotEndWith(".");
            assertThat(value).as("%s uses the Urdu comma", key).doesNotContainPattern("\\p{InArabic}+, ");
            assertThat(value).as("%s uses the Urdu question mark", key).doesNotContainPattern("\\p{InArabic}\\?");
        });
    }

    @Test
    void chineseUsesFullWidthPunctuation() throws IOException {
        entries(Language.CHINESE).forEach((key, value) -> {
            // A colon inside notation ("行:列", line:column) is fine; one ending a phrase must be "：".
            assertThat(value).as(key).doesNotContainPattern("\\p{IsHan}[,.;?!]|\\p{IsHan}:(\\s|$)");
            assertThat(value).as(key).doesNotContainPattern("\\p{IsHan}\\(|\\)\\p{IsHan}");
        });
    }

    /**
     * The arguments a pattern uses: "0", "1". Their forms may differ (a plural in English, a bare
     * number in Chinese, which has one form), the arguments may not.
     */
    static Set<String> arguments(String pattern) {
        MessagePattern p = new MessagePattern(pattern);
        Set<String> args = new TreeSet<>();
        for (int i = 0; i < p.countParts(); i++) {
            MessagePattern.Part part = p.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                MessagePattern.Part name = p.getPart(i + 1);
                args.add(p.getSubstring(name));
            }
        }
        return args;
    }
}
