package app.corridor.render;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.i18n.Language;
import app.corridor.layout.SyntheticEvents;
import app.corridor.layout.TextStyle;
import org.junit.jupiter.api.Test;

/** The count on a cluster's pill is never wider than the pill: a neighbour painted over it would cut digits off. */
class ClusterCountTest {

    private static final double PILL = 36 - 4 - 1; // a cluster column, less the gap between pills and the padding

    private static double width(String text) {
        return SyntheticEvents.MONO.width(text, TextStyle.CLUSTER);
    }

    @Test
    void aCountThatFitsIsWrittenWhole() {
        assertThat(new ClusterCount(Language.ENGLISH).fit(1063, PILL, SyntheticEvents.MONO)).isEqualTo("1063");
    }

    @Test
    void aLongerCountIsShortenedRatherThanRunningOverItsNeighbour() {
        ClusterCount english = new ClusterCount(Language.ENGLISH);
        assertThat(english.fit(12_345, PILL, SyntheticEvents.MONO)).isEqualTo("12K");
        assertThat(english.fit(123_456, PILL, SyntheticEvents.MONO)).isEqualTo("123K");
        assertThat(english.fit(5336, 10, SyntheticEvents.MONO)).isEmpty();
    }

    @Test
    void everyLanguageKeepsItsCountWithinThePill() {
        for (Language language : Language.values()) {
            ClusterCount counts = new ClusterCount(language);
            for (int count : new int[] {7, 842, 1063, 5336, 12_345, 99_999, 250_000}) {
                String text = counts.fit(count, PILL, SyntheticEvents.MONO);
                assertThat(width(text)).as("%s in %s", count, language).isLessThanOrEqualTo(PILL);
            }
        }
        // Chinese counts thousands in full, ten thousands as 万.
        assertThat(new ClusterCount(Language.CHINESE).fit(12_345, PILL, SyntheticEvents.MONO)).isEqualTo("1.2万");
    }
}
