package app.corridor.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.layout.SyntheticEvents;
import app.corridor.layout.TextStyle;
import app.corridor.model.Event;
import app.corridor.render.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Latin titles are measured as the sum of their characters' widths: it must be the width the
 * text layout gives, to the last bit, or labels would overlap or be cut by a pixel.
 */
class FxFontsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void summedWidthsAreTheLayoutsWidthsAndOtherScriptsAreLaidOut() throws Exception {
        List<String> texts = new ArrayList<>();
        new DatasetLoader().load(new DirectoryDatasetFiles(Path.of("data")), DatasetLoader.DATASET_FILE).dataset()
                .events().forEach(e -> texts.add(e.title()));
        SyntheticEvents.generate(3000, 2).stream().map(Event::title).forEach(texts::add);
        texts.addAll(List.of("Xi Jinping \u2013 Shehbaz Sharif \u201ctalks\u201d \u2026", "Caf\u00e9 \u00c5land \u0141\u00f3d\u017a",
                "  double  spaces  ", "A\u0301 combining", "tab\there", "\u5c0a\u91cd \u4e60\u8fd1\u5e73",
                "\u0634\u06c1\u0628\u0627\u0632 \u0634\u0631\u06cc\u0641", "soft\u00adhyphen", "zero\u200bwidth", ""));
        List<String> wrong = WaitForAsyncUtils.asyncFx(() -> {
            List<String> mismatches = new ArrayList<>();
            FxFonts fonts = new FxFonts(Theme.light());
            Text probe = new Text();
            for (TextStyle style : List.of(TextStyle.LABEL, TextStyle.LANE, TextStyle.AXIS_MINOR)) {
                for (String text : texts) {
                    probe.setFont(fonts.font(style, text));
                    probe.setText(text);
                    double laidOut = probe.getLayoutBounds().getWidth();
                    double measured = fonts.measure().width(text, style);
                    if (measured != laidOut) {
                        mismatches.add(style + " \"" + text + "\": " + measured + " vs " + laidOut);
                    }
                }
            }
            return mismatches;
        }).get();
        assertThat(wrong).isEmpty();
    }
}
