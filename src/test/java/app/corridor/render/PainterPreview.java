package app.corridor.render;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.layout.LaneMode;
import app.corridor.layout.Lanes;
import app.corridor.layout.LayoutStyle;
import app.corridor.layout.TimeScale;
import app.corridor.layout.TimelineLayout;
import app.corridor.layout.TimelineLayoutEngine;
import app.corridor.model.Dataset;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;

/** Dev tool: renders the curated data with Java2D to look at the painter. Not a test. */
public final class PainterPreview {
    public static void main(String[] args) throws Exception {
        Dataset d = new DatasetLoader().load(new DirectoryDatasetFiles(Path.of("data")), "events.json").dataset();
        Theme theme = Theme.named(args.length > 1 ? args[1] : "light");
        AwtFonts fonts = new AwtFonts(theme);
        int w = 1600;
        int h = 900;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        Java2dSurface s = new Java2dSurface(g, fonts);
        TimelineLayoutEngine engine = new TimelineLayoutEngine(fonts.measure(), LayoutStyle.standard());
        double from = LocalDate.parse(args.length > 2 ? args[2] : "2019-01-01").toEpochDay();
        double to = LocalDate.parse(args.length > 3 ? args[3] : "2026-12-31").toEpochDay();
        TimeScale scale = TimeScale.fit(from, to, w - 180, 20);
        TimelineLayout layout = engine.layout(Lanes.build(d.events(), LaneMode.KIND, id -> d.actor(id).orElse(null)),
                scale, w, h, 0, LocalDate.now());
        new TimelinePainter().paint(layout, s, theme, TimelinePainter.Decorations.NONE);
        g.dispose();
        ImageIO.write(img, "png", new File(args.length > 0 ? args[0] : "/tmp/preview.png"));
    }
}
