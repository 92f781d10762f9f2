package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Event;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventIndexTest {

    private static final List<Event> EVENTS = SyntheticEvents.generate(3000, 9);

    @Test
    void eventsInAnyOrderAreSortedAndASubsetIsTheIndexOfItsEvents() {
        List<Event> shuffled = new ArrayList<>(EVENTS);
        Collections.shuffle(shuffled, new Random(1));
        EventIndex index = new EventIndex(shuffled);
        List<Event> sorted = new ArrayList<>(EVENTS);
        sorted.sort(Event.TIME_ORDER);
        assertThat(index.all()).containsExactlyElementsOf(sorted);
        int[] every3rd = new int[index.size() / 3];
        for (int k = 0; k < every3rd.length; k++) {
            every3rd[k] = 3 * k + 1;
        }
        EventIndex subset = index.subset(every3rd);
        EventIndex direct = new EventIndex(subset.all().stream().toList());
        assertThat(subset.parent()).isSameAs(index);
        assertThat(EventIndex.of(subset.all())).isSameAs(subset);
        for (int i = 0; i < subset.size(); i++) {
            assertThat(subset.get(i)).isSameAs(index.get(every3rd[i]));
            assertThat(subset.origin(i)).isEqualTo(every3rd[i]);
            assertThat(subset.start(i)).isEqualTo(direct.start(i));
            assertThat(subset.end(i)).isEqualTo(direct.end(i));
            assertThat(subset.shape(i)).isEqualTo(direct.shape(i));
        }
        assertThat(subset.span()).containsExactly(direct.span());
        assertThat(subset.countOutside(15000, 16000)).isEqualTo(direct.countOutside(15000, 16000));
    }

    /** Keyboard navigation asks these on every key: binary searches, the same answers as a scan. */
    @Test
    void theFirstEventInViewAndTheNearestStartAreWhatAScanFinds() {
        EventIndex index = new EventIndex(EVENTS);
        Random random = new Random(3);
        for (int k = 0; k < 500; k++) {
            double t = index.start(0) - 100 + random.nextDouble() * (index.span()[1] - index.start(0) + 200);
            if (k % 5 == 0) {
                t = index.start(random.nextInt(index.size())); // exactly on a start: ties
            }
            int firstInView = 0;
            while (firstInView < index.size() && index.end(firstInView) < t) {
                firstInView++;
            }
            assertThat(index.firstEndingFrom(t)).as("first ending from %s", t).isEqualTo(firstInView);
            int nearest = -1;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < index.size(); i++) {
                if (Math.abs(index.start(i) - t) < best) {
                    best = Math.abs(index.start(i) - t);
                    nearest = i;
                }
            }
            assertThat(index.nearestStart(t)).as("nearest start to %s", t).isEqualTo(nearest);
        }
        assertThat(new EventIndex(List.of()).nearestStart(5)).isEqualTo(-1);
    }
}
