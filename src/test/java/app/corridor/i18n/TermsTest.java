package app.corridor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Country;
import app.corridor.model.EventKind;
import app.corridor.model.Part;
import org.junit.jupiter.api.Test;

/** The vocabularies in each language; English exactly the model's names. */
class TermsTest {

    @Test
    void englishIsTheModelsOwnWords() {
        Terms en = Terms.of(Language.ENGLISH);
        for (EventKind k : EventKind.values()) {
            assertThat(en.kind(k)).isEqualTo(k.label());
            assertThat(en.kinds(k)).isEqualTo(k.pluralLabel());
        }
        for (Part p : Part.values()) {
            assertThat(en.part(p)).isEqualTo(p.label());
            assertThat(en.partInline(p)).isEqualTo(p.code());
        }
        for (Country c : Country.values()) {
            assertThat(en.country(c)).isEqualTo(c.label());
        }
    }

    @Test
    void diplomaticTermsInChineseAndUrdu() {
        Terms zh = Terms.of(Language.CHINESE);
        assertThat(zh.kind(EventKind.STATE_VISIT)).isEqualTo("国事访问");
        assertThat(zh.kind(EventKind.OFFICIAL_VISIT)).isEqualTo("正式访问");
        assertThat(zh.country(Country.PK)).isEqualTo("巴基斯坦");
        Terms ur = Terms.of(Language.URDU);
        assertThat(ur.kind(EventKind.STATE_VISIT)).isEqualTo("ریاستی دورہ");
        assertThat(ur.kinds(EventKind.STATE_VISIT)).isEqualTo("ریاستی دورے");
        assertThat(ur.kind(EventKind.OFFICIAL_VISIT)).isEqualTo("سرکاری دورہ");
        assertThat(ur.part(Part.HOST)).isEqualTo("میزبان");
        assertThat(ur.country(Country.CN)).isEqualTo("چین");
    }
}
