package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The overview strip's columns: a filter change counts its matches again against every event's columns. */
class OverviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final EventIndex ALL = EventIndex.of(SyntheticEvents.generate(3000, 7));

    private static EventIndex everyThird() {
        return ALL.subset(IntStream.range(0, ALL.size()).filter(i -> i % 3 == 0).toArray());
    }

    private static EventIndex lastHundred() {
        return ALL.subset(IntStream.range(ALL.size() - 100, ALL.size()).toArray());
    }

    @Test
    void otherMatchesOverTheSameEventsReadAsAnOverviewBuiltForThem() {
        Overview before = Overview.build(ALL, everyThird(), 1200, SyntheticEvents.MONO, TODAY);
        for (EventIndex matching : new EventIndex[] {lastHundred(), ALL, ALL.subset(new int[0])}) {
            Overview built = Overview.build(ALL, matching, 1200, SyntheticEvents.MONO, TODAY);
            Overview changed = before.withMatching(matching);
            assertThat(changed.matching()).isEqualTo(built.matching());
            assertThat(changed.all()).as("every event's columns, kept").isSameAs(before.all()).isEqualTo(built.all());
            assertThat(changed.maxCount()).isEqualTo(built.maxCount());
            assertThat(changed.scale()).isEqualTo(built.scale());
            assertThat(changed.axis()).isEqualTo(built.axis());
        }
        assertThat(Arrays.stream(before.withMatching(lastHundred()).matching()).sum()).isEqualTo(100);
    }
}
