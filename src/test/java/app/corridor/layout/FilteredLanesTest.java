package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.DatasetGenerator;
import app.corridor.i18n.Language;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lanes cut from every event's lanes are the lanes grouping the kept events would give. */
class FilteredLanesTest {

    private static final Dataset DATA = DatasetGenerator.generate(2000, 4);
    private static final Map<String, Actor> ACTORS = DATA.actors().stream().collect(Collectors.toMap(Actor::id, a -> a));
    private static final Function<String, Actor> LOOKUP = ACTORS::get;

    private static List<String> describe(List<Lane> lanes) {
        List<String> out = new ArrayList<>();
        for (Lane lane : lanes) {
            out.add(lane.key() + " | " + lane.label() + " | " + lane.nativeLabel() + " | "
                    + lane.events().all().stream().map(Event::id).collect(Collectors.joining(",")));
        }
        return out;
    }

    /** Every lane mode in every language: lanes are named, and actors' lanes ordered, the same way. */
    static java.util.stream.Stream<Arguments> modesAndLanguages() {
        return java.util.Arrays.stream(LaneMode.values()).flatMap(mode ->
                java.util.Arrays.stream(Language.values()).map(language -> Arguments.of(mode, language)));
    }

    @ParameterizedTest
    @MethodSource("modesAndLanguages")
    void everyFilterGetsTheLanesOfWhatItKeeps(LaneMode mode, Language language) {
        EventIndex all = new EventIndex(DATA.events());
        FilteredLanes lanes = new FilteredLanes(all, mode, LOOKUP, language);
        Random random = new Random(mode.ordinal());
        for (double share : new double[] {1, 0.9, 0.5, 0.1, 0.01, 0}) {
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (random.nextDouble() < share) {
                    kept.add(i);
                }
            }
            EventIndex shown = all.subset(kept.stream().mapToInt(Integer::intValue).toArray());
            assertThat(describe(lanes.of(shown))).as("%s of the events", share)
                    .containsExactlyElementsOf(describe(Lanes.build(shown.all(), mode, LOOKUP, language)));
        }
        // Events not cut from these are grouped anew.
        List<Event> other = DATA.events().subList(0, 50);
        assertThat(describe(lanes.of(new EventIndex(other)))).containsExactlyElementsOf(
                describe(Lanes.build(other, mode, LOOKUP, language)));
    }
}
