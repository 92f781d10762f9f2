package app.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.MemoryUsage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        CountDownLatch collected = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        Thread[] ranOn = new Thread[1];
        assertThat(HeapTrim.afterLoad(() -> heap(60, 250), () -> ranOn[0] = Thread.currentThread())).isFalse();
        assertThat(HeapTrim.afterLoad(() -> heap(310, 2190), () -> {
            ranOn[0] = Thread.currentThread();
            collected.countDown();
        })).isTrue();
        assertThat(collected.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ranOn[0]).isNotNull().isNotSameAs(caller);
        assertThat(ranOn[0].getName()).isEqualTo("corridor-heap-trim");
    }
}
