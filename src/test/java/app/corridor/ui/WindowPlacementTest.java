package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.ui.WindowPlacement.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rect PREFERRED = new Rect(0, 0, 1400, 860);
    private static final Rect MINIMUM = new Rect(0, 0, 900, 560);
    private static final Rect LAPTOP = new Rect(0, 0, 1366, 738);
    private static final Rect RIGHT_MONITOR = new Rect(1366, -200, 2560, 1400);

    private static Rect place(Double x, Double y, Double w, Double h, List<Rect> screens) {
        return WindowPlacement.place(x, y, w, h, PREFERRED, MINIMUM, screens);
    }

    private static boolean inside(Rect window, Rect screen) {
        return window.x() >= screen.x() && window.y() >= screen.y() && window.right() <= screen.right()
                && window.bottom() <= screen.bottom();
    }

    @Test
    void aWindowRememberedHugeAndFarAwayOpensOnTheScreen() {
        Rect at = place(1e308, 1e308, 1e9, 1e9, List.of(LAPTOP));
        assertThat(inside(at, LAPTOP)).as("%s on %s", at, LAPTOP).isTrue();
        assertThat(at.width()).isLessThanOrEqualTo(LAPTOP.width());
    }

    @Test
    void nonsenseNumbersFromAHandEditedFileFallBackToTheDefaults() {
        Rect at = place(Double.NaN, Double.NEGATIVE_INFINITY, -500.0, Double.POSITIVE_INFINITY, List.of(LAPTOP));
        assertThat(inside(at, LAPTOP)).isTrue();
        assertThat(at.width()).isEqualTo(LAPTOP.width() * 0.9);
        assertThat(at.height()).isEqualTo(LAPTOP.height() * 0.9);
    }

    @Test
    void aWindowLeftOnAnUnpluggedMonitorComesBackToThePrimaryScreen() {
        Rect onMonitor = place(2000.0, 100.0, 1600.0, 1000.0, List.of(LAPTOP, RIGHT_MONITOR));
        assertThat(onMonitor).isEqualTo(new Rect(2000, 100, 1600, 1000));
        Rect unplugged = place(2000.0, 100.0, 1600.0, 1000.0, List.of(LAPTOP));
        assertThat(inside(unplugged, LAPTOP)).isTrue();
        assertThat(unplugged.width()).isEqualTo(LAPTOP.width());
    }

    @Test
    void aSensiblePlaceIsKeptAsItWas() {
        assertThat(place(40.0, 30.0, 1200.0, 700.0, List.of(LAPTOP))).isEqualTo(new Rect(40, 30, 1200, 700));
    }

    @Test
    void aWindowHangingOffTheEdgeIsPulledBackWhole() {
        Rect at = place(1000.0, 300.0, 1200.0, 700.0, List.of(LAPTOP));
        assertThat(inside(at, LAPTOP)).isTrue();
        assertThat(at.width()).isEqualTo(1200);
    }

    @Test
    void theMinimumSizeHoldsUnlessTheScreenIsSmaller() {
        assertThat(place(0.0, 0.0, 300.0, 200.0, List.of(LAPTOP)).width()).isEqualTo(900);
        Rect tiny = new Rect(0, 0, 800, 600);
        Rect at = place(0.0, 0.0, 300.0, 200.0, List.of(tiny));
        assertThat(at.width()).isEqualTo(800);
        assertThat(at.height()).isEqualTo(560);
    }
}
