package app.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceTextsTest {

    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("speech", "The President visited Beijing in March 2020 at a critical moment.\n");
        TEXTS.put("urdu", "وزیر اعظم شہباز شریف نے بیجنگ کا دورہ کیا۔\r\n");
        TEXTS.put("chinese", "习近平主席会见巴基斯坦总理 — “铁杆朋友” 😀 \u0000 tab\there");
        TEXTS.put("empty", "");
        StringBuilder big = new StringBuilder();
        Random random = new Random(1);
        while (big.length() < 1_000_000) {
            big.append("word").append(random.nextInt(50_000)).append(random.nextInt(9) == 0 ? ".\n" : " ");
        }
        TEXTS.put("big", big.toString());
    }

    @Test
    void everyTextReadsBackExactlyAsGiven() {
        SourceTexts texts = SourceTexts.of(TEXTS);
        TEXTS.forEach((id, text) -> assertThat(texts.get(id)).as(id).isEqualTo(text));
        assertThat(texts.get("missing")).isNull();
        assertThat(texts.getOrDefault("missing", "")).isEmpty();
        assertThat(texts).isEqualTo(TEXTS).hasSameHashCodeAs(TEXTS);
        assertThat(texts.keySet()).containsExactlyElementsOf(TEXTS.keySet());
        assertThat(texts.values()).containsExactlyElementsOf(TEXTS.values());
    }

    @Test
    void theyAreKeptOnceAndCannotBeChanged() {
        SourceTexts texts = SourceTexts.of(TEXTS);
        assertThat(SourceTexts.of(texts)).isSameAs(texts);
        assertThatThrownBy(() -> texts.put("new", "text")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> texts.keySet().remove("speech")).isInstanceOf(UnsupportedOperationException.class);
        Map<String, String> given = new LinkedHashMap<>(TEXTS);
        SourceTexts copy = SourceTexts.of(given);
        given.put("speech", "changed");
        assertThat(copy.get("speech")).isEqualTo(TEXTS.get("speech"));
    }

    @Test
    void textsAreEqualWhenEveryTextIsWhateverObjectsHoldThem() {
        SourceTexts texts = SourceTexts.of(TEXTS);
        Map<String, byte[]> utf8 = new LinkedHashMap<>();
        TEXTS.forEach((id, text) -> utf8.put(id, text.getBytes(StandardCharsets.UTF_8)));
        SourceTexts read = SourceTexts.ofUtf8(utf8);
        assertThat(read).isEqualTo(texts).isEqualTo(Map.copyOf(TEXTS)).hasSameHashCodeAs(texts);
        assertThat(texts).isEqualTo(read);
        Map<String, String> changed = new HashMap<>(TEXTS);
        String id = changed.keySet().iterator().next();
        changed.put(id, changed.get(id) + ".");
        assertThat(SourceTexts.of(changed)).isNotEqualTo(texts);
        changed.remove(id);
        assertThat(SourceTexts.of(changed)).isNotEqualTo(texts);
    }

    @Test
    void textsGivenAsUtf8AreTheSameTexts() {
        Map<String, byte[]> utf8 = new LinkedHashMap<>();
        TEXTS.forEach((id, text) -> utf8.put(id, text.getBytes(StandardCharsets.UTF_8)));
        assertThat(SourceTexts.ofUtf8(utf8)).isEqualTo(SourceTexts.of(TEXTS)).isEqualTo(TEXTS);
    }

    @Test
    void aMissingTextIsRefused() {
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("speech", null);
        assertThatThrownBy(() -> SourceTexts.of(withNull)).isInstanceOf(NullPointerException.class);
    }
}
