package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.layout.SyntheticEvents;
import app.corridor.model.Event;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A table column's widest entry, found without laying out each of 100,000 entries. */
class WidestTextTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        SyntheticEvents.generate(3000, 2).stream().map(Event::title).forEach(texts::add);
        texts.addAll(List.of("20 February 2025", "4\u20138 June 2024", "\u5c0a\u91cd \u4e60\u8fd1\u5e73",
                "\u0634\u06c1\u0628\u0627\u0632 \u0634\u0631\u06cc\u0641", "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", ""));
        return texts;
    }

    @Test
    void theWidestIsTheWidestLaidOut() throws Exception {
        List<String> texts = texts();
        for (List<String> some : List.of(texts, texts.subList(0, 3000), texts.subList(2990, texts.size()))) {
            double[] found = WaitForAsyncUtils.asyncFx(() -> {
                Text probe = new Text();
                probe.setFont(Font.font("DejaVu Sans", 13));
                double widest = 0;
                for (String t : some) {
                    probe.setText(t);
                    widest = Math.max(widest, probe.getLayoutBounds().getWidth());
                }
                return new double[] {widest, WidestText.width(some, probe)};
            }).get();
            assertThat(found[1]).isEqualTo(found[0]).isPositive();
        }
    }

    @Test
    void aCappedColumnStopsReadingAtTheFirstEntryAsWideAsItsCap() throws Exception {
        List<String> texts = new ArrayList<>(texts());
        AtomicInteger read = new AtomicInteger();
        Iterable<String> counted = () -> new Iterator<>() {
            private final Iterator<String> in = texts.iterator();

            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public String next() {
                read.incrementAndGet();
                return in.next();
            }
        };
        double width = WaitForAsyncUtils.asyncFx(() -> {
            Text probe = new Text();
            probe.setFont(Font.font("DejaVu Sans", 13));
            return WidestText.width(counted, probe, 60);
        }).get();
        assertThat(width).isGreaterThanOrEqualTo(60);
        assertThat(read.get()).as("entries read").isLessThan(10);
    }
}
