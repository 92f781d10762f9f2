package app.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapGrowthTest {

    /** A JVM's free share, with every value it was told. */
    private static final class FakeFlag implements HeapGrowth.Flag {
        Integer value;
        final boolean settable;
        final List<Integer> told = new ArrayList<>();

        FakeFlag(Integer value, boolean settable) {
            this.value = value;
            this.settable = settable;
        }

        @Override
        public Integer get() {
            return value;
        }

        @Override
        public boolean set(int percent) {
            told.add(percent);
            if (settable) {
                value = percent;
            }
            return settable;
        }
    }

    @Test
    void whileADatasetIsParsedTheHeapKeepsLittleFreeAndTheLaunchersShareComesBackAfter() {
        FakeFlag flag = new FakeFlag(40, true);
        int during = HeapGrowth.sparingly(() -> flag.get(), flag);
        assertThat(during).isEqualTo(HeapGrowth.FREE_WHILE_PARSING);
        assertThat(flag.get()).isEqualTo(40);
    }

    @Test
    void aParseThatFailsStillGivesTheShareBack() {
        FakeFlag flag = new FakeFlag(40, true);
        assertThatThrownBy(() -> HeapGrowth.sparingly(() -> {
            throw new IllegalStateException("bad file");
        }, flag)).hasMessage("bad file");
        assertThat(flag.get()).isEqualTo(40);
        assertThat(HeapGrowth.sparingly(() -> flag.get(), flag)).as("the next parse").isEqualTo(HeapGrowth.FREE_WHILE_PARSING);
    }

    @Test
    void aParseInsideAStoreBuildSetsNothingOfItsOwn() {
        FakeFlag flag = new FakeFlag(40, true);
        HeapGrowth.sparingly(() -> {
            int inner = HeapGrowth.sparingly(() -> flag.get(), flag);
            assertThat(inner).isEqualTo(HeapGrowth.FREE_WHILE_PARSING);
            assertThat(flag.get()).as("after the inner parse, the build goes on").isEqualTo(HeapGrowth.FREE_WHILE_PARSING);
            return inner;
        }, flag);
        assertThat(flag.get()).isEqualTo(40);
        assertThat(flag.told).containsExactly(HeapGrowth.FREE_WHILE_PARSING, 40);
    }

    @Test
    void aShareAlreadyAsLowAFlagTheJvmLacksOrRefusesIsLeftAlone() {
        FakeFlag commands = new FakeFlag(15, true);
        HeapGrowth.sparingly(() -> 0, commands);
        assertThat(commands.told).as("the commands' launchers").isEmpty();

        FakeFlag missing = new FakeFlag(null, true);
        assertThat(HeapGrowth.sparingly(() -> 7, missing)).isEqualTo(7);
        assertThat(missing.told).isEmpty();
        assertThat(HeapGrowth.sparingly(() -> 7, HeapGrowth.Flag.NONE)).as("a runtime without the management modules")
                .isEqualTo(7);

        FakeFlag refusing = new FakeFlag(40, false);
        assertThat(HeapGrowth.sparingly(() -> 7, refusing)).isEqualTo(7);
        assertThat(refusing.told).as("nothing to give back").containsExactly(HeapGrowth.FREE_WHILE_PARSING);
    }

    @Test
    void thisJvmTakesTheShareWhileRunning() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        HeapGrowth.Flag flag = HeapGrowth.Flag.of(vm);
        String before = vm.getVMOption(HeapGrowth.FLAG).getValue();
        vm.setVMOption(HeapGrowth.FLAG, "40");
        try {
            int during = HeapGrowth.sparingly(() -> flag.get());
            assertThat(during).isEqualTo(HeapGrowth.FREE_WHILE_PARSING);
            assertThat(vm.getVMOption(HeapGrowth.FLAG).getValue()).isEqualTo("40");
        } finally {
            vm.setVMOption(HeapGrowth.FLAG, before);
        }
    }
}
