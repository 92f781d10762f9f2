package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aFirstRunHasNotChosenTheLegendSoTheWindowsHeightDecides() {
        // With nothing remembered the legend is neither open nor folded: a window under 800 px tall
        // starts with it folded (Legend.openByDefault), a taller one open.
        UiSettings first = UiSettings.load(dir);
        assertThat(first.legendShown()).isNull();
        assertThat(first.sidePanelShown()).isTrue();
        assertThat(first.overviewShown()).isTrue();
        assertThat(first.axisBreaks()).isTrue();
    }
}
