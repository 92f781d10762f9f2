package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Whole labels are measured once per event, whatever lanes and filter results it is in. */
class LabelFitterTest {

    /** A fitter that notes each text it measures in {@code measured}. */
    private static LabelFitter countingFitter(List<String> measured) {
        TextMeasure counting = (text, style) -> {
            measured.add(text);
            return SyntheticEvents.MONO.width(text, style);
        };
        return new LabelFitter(counting, LayoutStyle.standard().maxLabelWidth());
    }

    @Test
    void theLabelsOfACutLaneAreThoseMeasuredForItsEventsAndNoEventIsMeasuredTwice() {
        EventIndex all = EventIndex.of(SyntheticEvents.generate(2000, 3));
        List<String> measured = new ArrayList<>();
        LabelFitter fitter = countingFitter(measured);
        EventIndex cut = all.subset(IntStream.range(0, all.size()).filter(i -> i % 7 == 2).toArray());
        EventIndex cutOfCut = cut.subset(IntStream.range(0, cut.size()).filter(i -> i % 2 == 0).toArray());

        // A filter's few first: only theirs are measured.
        LabelFitter.Whole ofCut = fitter.wholeLabels(cut);
        assertThat(measured).hasSize(cut.size());
        fitter.wholeLabels(cutOfCut);
        assertThat(measured).hasSize(cut.size());
        // Then every event: only those not measured yet.
        fitter.wholeLabels(all);
        assertThat(measured).hasSize(all.size());

        LabelFitter.Whole fresh = new LabelFitter(SyntheticEvents.MONO, LayoutStyle.standard().maxLabelWidth())
                .wholeLabels(cut);
        assertThat(ofCut.fitted()).containsExactly(fresh.fitted());
        assertThat(ofCut.width()).containsExactly(fresh.width());
        assertThat(ofCut.hasText()).containsExactly(fresh.hasText());
        assertThat(ofCut.hasText()).contains(true);
    }

    /** The data edited: a new index of every event measures only the events that are new objects (edited or added). */
    @Test
    void theEventsOfTheDataBeforeAnEditAreNotMeasuredAgain() {
        List<Event> events = new ArrayList<>(SyntheticEvents.generate(2000, 3));
        List<String> measured = new ArrayList<>();
        LabelFitter fitter = countingFitter(measured);
        fitter.wholeLabels(EventIndex.of(events));
        measured.clear();

        Event e = events.get(500);
        events.set(500, new Event(e.id(), "Retitled while editing", e.kind(), e.date(),
                e.location(), e.participants(), e.summary(), e.note(), e.quotes()));
        events.remove(900);
        events.add(new Event("added-while-editing", "Added while editing", e.kind(), e.date(),
                e.location(), e.participants(), e.summary(), e.note(), e.quotes()));
        EventIndex edited = EventIndex.of(events);
        LabelFitter.Whole whole = fitter.wholeLabels(edited);

        assertThat(measured).containsExactlyInAnyOrder("Retitled while editing", "Added while editing");
        LabelFitter.Whole fresh = new LabelFitter(SyntheticEvents.MONO, LayoutStyle.standard().maxLabelWidth())
                .wholeLabels(edited);
        assertThat(whole.fitted()).containsExactly(fresh.fitted());
        assertThat(whole.width()).containsExactly(fresh.width());
    }

    /** An edit of many events at once (an actor renamed throughout): still only those are measured. */
    @Test
    void manyEventsEditedAtOnceAreTheOnlyOnesMeasuredAgain() {
        List<Event> events = new ArrayList<>(SyntheticEvents.generate(2000, 3));
        List<String> measured = new ArrayList<>();
        LabelFitter fitter = countingFitter(measured);
        fitter.wholeLabels(EventIndex.of(events));
        measured.clear();
        for (int i = 0; i < 2000; i += 10) {
            Event e = events.get(i);
            events.set(i, new Event(e.id(), "Edited " + i, e.kind(), e.date(), e.location(), e.participants(),
                    e.summary(), e.note(), e.quotes()));
        }
        EventIndex edited = EventIndex.of(events);
        LabelFitter.Whole whole = fitter.wholeLabels(edited);

        assertThat(measured).hasSize(200).allMatch(t -> t.startsWith("Edited "));
        assertThat(whole.fitted()).containsExactly(new LabelFitter(SyntheticEvents.MONO,
                LayoutStyle.standard().maxLabelWidth()).wholeLabels(edited).fitted());
    }

    /** A title that fits is measured once; one too long is cut at the longest prefix that fits, as before. */
    @Test
    void aTitleThatFitsIsMeasuredOnceAndALongOneIsCutToFit() {
        List<String> measured = new ArrayList<>();
        TextMeasure counting = (text, style) -> {
            measured.add(text);
            return SyntheticEvents.MONO.width(text, style);
        };
        double max = LayoutStyle.standard().maxLabelWidth();
        LabelFitter fitter = new LabelFitter(counting, max);
        Event shortOne = SyntheticEvents.generate(1, 3).get(0);
        LabelFitter.Fitted fitted = fitter.full(shortOne);
        assertThat(fitted.text()).isEqualTo(shortOne.title());
        assertThat(fitted.width()).isEqualTo(SyntheticEvents.MONO.width(shortOne.title(), TextStyle.LABEL));
        assertThat(measured).containsExactly(shortOne.title());

        String longTitle = "A very long title ".repeat(20).strip();
        Event longOne = new Event("long-one", longTitle, shortOne.kind(),
                shortOne.date(), null, shortOne.participants(), "Long.", null, shortOne.quotes());
        LabelFitter.Fitted cut = fitter.full(longOne);
        assertThat(cut.text()).isEqualTo(SyntheticEvents.MONO.fit(longTitle, TextStyle.LABEL, max)).endsWith("\u2026");
        assertThat(cut.width()).isLessThanOrEqualTo(max)
                .isEqualTo(SyntheticEvents.MONO.width(cut.text(), TextStyle.LABEL));
    }
}
