package app.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HeapTrimTest {

    private static final long MB = 1L << 20;

    private static MemoryUsage heap(long usedMb, long committedMb) {
        return new MemoryUsage(0, usedMb * MB, committedMb * MB, 8192 * MB);
    }

    @Test
    void aHeapGrownFarBeyondWhatALoadKeptIsTrimmed() {
        // What a start on 100,000 events left: 2.2 GB committed for 0.3 GB kept.
        assertThat(HeapTrim.worthTrimming(heap(310, 2190))).isTrue();
    }

    @Test
    void aHeapInProportionToItsUseIsLeftAlone() {
        assertThat(HeapTrim.worthTrimming(heap(60, 250))).as("the curated data").isFalse();
        assertThat(HeapTrim.worthTrimming(heap(300, 700))).isFalse();
    }

    @Test
    void theCollectionRunsOffTheCallersThreadAndOnlyWhenWorthIt() throws InterruptedException {
        Thread caller = Thread.currentThread();
        List<Thread> ranOn = new CopyOnWriteArrayList<>();
        Thread proportionate = HeapTrim.afterLoad(() -> heap(60, 250), () -> ranOn.add(Thread.currentThread()));
        proportionate.join();
        assertThat(ranOn).isEmpty();

        Thread grown = HeapTrim.afterLoad(() -> heap(310, 2190), () -> ranOn.add(Thread.currentThread()));
        grown.join();
        assertThat(ranOn).containsExactly(grown);
        assertThat(grown).isNotSameAs(caller);
        assertThat(grown.getName()).isEqualTo("corridor-heap-trim");
    }
}
