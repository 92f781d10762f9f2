package app.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.Collections;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The entries an edit dropped and added, told by identity among entries shared between versions. */
class EntryDiffTest {

    private static List<String> entries(int n) {
        // new String: distinct objects, so equal text never passes for the same entry.
        return IntStream.range(0, n).mapToObj(i -> new String("entry " + i)).toList();
    }

    @Test
    void aReplacedEntryIsOneRemovedAndOneAddedAtItsPlace() {
        List<String> before = entries(1000);
        List<String> after = new ArrayList<>(before);
        after.set(417, new String("entry 417")); // equal text, another object: an entry the edit made anew
        EntryDiff diff = EntryDiff.between(before, after, 8).orElseThrow();
        assertThat(diff.removed()).containsExactly(417);
        assertThat(diff.added()).containsExactly(417);
    }

    @Test
    void anEntryChangedAndMovedAcrossTheListIsStillTwoEntries() {
        List<String> before = entries(1000);
        List<String> after = new ArrayList<>(before);
        after.remove(3);
        after.add(990, "moved and changed");
        EntryDiff diff = EntryDiff.between(before, after, 8).orElseThrow();
        assertThat(diff.removed()).containsExactly(3);
        assertThat(diff.added()).containsExactly(990);
    }

    @Test
    void entriesAddedOrRemovedAtEitherEnd() {
        List<String> before = entries(10);
        List<String> after = new ArrayList<>(before.subList(1, 10));
        after.add("last");
        EntryDiff diff = EntryDiff.between(before, after, 8).orElseThrow();
        assertThat(diff.removed()).containsExactly(0);
        assertThat(diff.added()).containsExactly(9);
        assertThat(EntryDiff.between(List.of(), before, 10).orElseThrow().added()).hasSize(10);
        assertThat(EntryDiff.between(before, before, 0).orElseThrow().removed()).isEmpty();
    }

    @Test
    void moreChangesThanTheLimitGiveNone() {
        List<String> before = entries(100);
        List<String> after = new ArrayList<>(before);
        for (int i = 0; i < 100; i += 10) {
            after.set(i, "changed " + i);
        }
        assertThat(EntryDiff.between(before, after, 19)).isEmpty();
        assertThat(EntryDiff.between(before, after, 20)).isPresent();
        assertThat(EntryDiff.between(before, entries(30), 29)).as("the sizes alone differ by more").isEmpty();
    }

    @Test
    void randomEditsAreToldExactlyAndNoLongerThanTheyWere() {
        Random random = new Random(15);
        for (int round = 0; round < 2000; round++) {
            List<String> before = entries(random.nextInt(60));
            List<String> after = new ArrayList<>(before);
            int edits = random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                int what = random.nextInt(3);
                if (what == 0 || after.isEmpty()) {
                    after.add(random.nextInt(after.size() + 1), new String("new"));
                } else if (what == 1) {
                    after.remove(random.nextInt(after.size()));
                } else {
                    after.set(random.nextInt(after.size()), new String("changed"));
                }
            }
            EntryDiff diff = EntryDiff.between(before, after, 2 * edits).orElseThrow();
            // What is left of each once the diff's entries are set aside is the same objects in order.
            assertThat(without(after, diff.added())).usingElementComparator((a, b) -> a == b ? 0 : 1)
                    .containsExactlyElementsOf(without(before, diff.removed()));
            Set<String> old = Collections.newSetFromMap(new IdentityHashMap<>());
            old.addAll(before);
            for (int i : diff.added()) {
                assertThat(old).as("only entries the edits made are added").doesNotContain(after.get(i));
            }
            assertThat(diff.removed().length + diff.added().length).isLessThanOrEqualTo(2 * edits);
        }
    }

    private static List<String> without(List<String> list, int[] indices) {
        List<String> out = new ArrayList<>(list);
        for (int i = indices.length - 1; i >= 0; i--) {
            out.remove(indices[i]);
        }
        return out;
    }
}
