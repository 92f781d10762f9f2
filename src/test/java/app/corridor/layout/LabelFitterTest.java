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

    /** A title that fits is measured once; one too long is cut at the longest prefix that fits, as before. */
    @Test
    void aTitleThatFitsIsMeasuredOnceAndALongOneIsCutToFit() {
        java.util.List<String> measured = new java.util.ArrayList<>();
        TextMeasure counting = (text, style) -> {
            measured.add(text);
            return SyntheticEvents.MONO.width(text, style);
        };
        double max = LayoutStyle.standard().maxLabelWidth();
        LabelFitter fitter = new LabelFitter(counting, max);
        app.corridor.model.Event shortOne = SyntheticEvents.generate(1, 3).get(0);
        LabelFitter.Fitted fitted = fitter.full(shortOne);
        assertThat(fitted.text()).isEqualTo(shortOne.title());
        assertThat(fitted.width()).isEqualTo(SyntheticEvents.MONO.width(shortOne.title(), TextStyle.LABEL));
        assertThat(measured).containsExactly(shortOne.title());

        String longTitle = "A very long title ".repeat(20).strip();
        app.corridor.model.Event longOne = new app.corridor.model.Event("long-one", longTitle, shortOne.kind(),
                shortOne.date(), null, shortOne.participants(), "Long.", null, shortOne.quotes());
        LabelFitter.Fitted cut = fitter.full(longOne);
        assertThat(cut.text()).isEqualTo(SyntheticEvents.MONO.fit(longTitle, TextStyle.LABEL, max)).endsWith("\u2026");
        assertThat(cut.width()).isLessThanOrEqualTo(max)
                .isEqualTo(SyntheticEvents.MONO.width(cut.text(), TextStyle.LABEL));
    }
}
