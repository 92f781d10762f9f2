package app.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeapTrimTest {

    private static final long MB = 1L << 20;

    private static MemoryUsage heap(long keptMb, long committedMb) {
        return new MemoryUsage(0, keptMb * MB, committedMb * MB, 8192 * MB);
    }

    @Test
    void aHeapGrownFarBeyondWhatALoadKeptIsTrimmed() {
        // What a start on 100,000 events left: 2.3 GB committed for 0.15 GB kept.
        assertThat(HeapTrim.worthTrimming(heap(150, 2300))).isTrue();
        assertThat(HeapTrim.worthTrimming(heap(310, 2190))).isTrue();
        // A start whose heap grew less: 483 MB committed for about 140 MB kept.
        assertThat(HeapTrim.worthTrimming(heap(140, 483))).isTrue();
    }

    @Test
    void aLargeHeapIsTrimmedEvenWhenTheLoadersGarbageMakesItLookInProportion() {
        // A first start at 100,000 events, its store being built: 1.0 GB committed, 0.43 GB outside
        // the young space, of which 0.15 GB live.
        assertThat(HeapTrim.worthTrimming(heap(430, 1000))).isTrue();
    }

    @Test
    void aHeapInProportionToItsUseIsLeftAlone() {
        assertThat(HeapTrim.worthTrimming(heap(40, 180))).as("the curated data, trimmed once").isFalse();
        assertThat(HeapTrim.worthTrimming(heap(150, 250))).as("100,000 events, trimmed once").isFalse();
        assertThat(HeapTrim.worthTrimming(heap(300, 600))).isFalse();
    }

    @Test
    void theCollectionRunsOffTheCallersThreadAndOnlyWhenWorthIt() throws InterruptedException {
        Thread caller = Thread.currentThread();
        List<Thread> ranOn = new CopyOnWriteArrayList<>();
        Thread proportionate = HeapTrim.afterLoad(() -> heap(40, 180), () -> ranOn.add(Thread.currentThread()), () -> true);
        proportionate.join();
        assertThat(ranOn).isEmpty();

        Thread grown = HeapTrim.afterLoad(() -> heap(310, 2190), () -> ranOn.add(Thread.currentThread()), () -> true);
        grown.join();
        assertThat(ranOn).containsExactly(grown);
        assertThat(grown).isNotSameAs(caller);
        assertThat(grown.getName()).isEqualTo("corridor-heap-trim");
    }

    @Test
    void theCollectionsPauseWaitsForAMomentWithoutInputAndLooksAtTheHeapThen() throws InterruptedException {
        AtomicBoolean quiet = new AtomicBoolean(false);
        AtomicInteger asked = new AtomicInteger();
        CountDownLatch waiting = new CountDownLatch(3);
        List<String> done = new CopyOnWriteArrayList<>();
        Thread trim = HeapTrim.afterLoad(() -> heap(150, 2300), () -> done.add("collected"), () -> {
            asked.incrementAndGet();
            waiting.countDown();
            return quiet.get();
        });
        assertThat(waiting.await(10, TimeUnit.SECONDS)).as("asked again while the user works").isTrue();
        assertThat(done).isEmpty();
        assertThat(trim.isAlive()).isTrue();

        quiet.set(true);
        trim.join(10_000);
        assertThat(trim.isAlive()).isFalse();
        assertThat(done).containsExactly("collected");
        assertThat(asked.get()).isGreaterThanOrEqualTo(3);
    }
}
