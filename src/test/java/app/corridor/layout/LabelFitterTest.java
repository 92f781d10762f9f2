package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Whole labels are measured once per event: a filter's lanes take theirs from every event's. */
class LabelFitterTest {

    @Test
    void theLabelsOfACutLaneAreThoseMeasuredForItsEvents() {
        EventIndex all = EventIndex.of(SyntheticEvents.generate(2000, 3));
        LabelFitter fitter = new LabelFitter(SyntheticEvents.MONO, LayoutStyle.standard().maxLabelWidth());
        LabelFitter.Whole every = fitter.wholeLabels(all);
        EventIndex cut = all.subset(IntStream.range(0, all.size()).filter(i -> i % 7 == 2).toArray());
        LabelFitter.Whole fromEvery = every.subset(cut);
        LabelFitter.Whole measured = new LabelFitter(SyntheticEvents.MONO, LayoutStyle.standard().maxLabelWidth())
                .wholeLabels(cut);
        assertThat(fromEvery.fitted()).containsExactly(measured.fitted());
        assertThat(fromEvery.width()).containsExactly(measured.width());
        assertThat(fromEvery.hasText()).containsExactly(measured.hasText());
        assertThat(fromEvery.hasText()).contains(true);
    }
}
