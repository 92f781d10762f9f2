package app.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Dataset;
import app.corridor.render.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * PNG exports of the mini fixture (fixed range, width, theme and "today") compared with golden
 * images in {@code src/test/resources/golden/}. Regenerate them after an intended change of the
 * drawing with
 *
 * <pre>./mvnw test -Dtest=GoldenImageTest -Dcorridor.updateGolden=true</pre>
 *
 * and look at them before committing.
 *
 * <p>Tolerance: a pixel matches when no channel differs by more than {@value #CHANNEL_TOLERANCE};
 * an image matches when at least {@value #MIN_MATCHING} of its pixels do. The fonts are bundled, so
 * layout is identical everywhere; what may still differ between machines is the antialiasing of
 * glyph and shape edges (another FreeType or JDK rasteriser version), which moves edge pixels by a
 * few levels. A real regression (a shape moved by a pixel, a label missing or cut differently, a
 * colour changed) changes far more pixels by far more. On a mismatch the actual image and a diff
 * are written to {@code target/golden-diff/}.
 */
class GoldenImageTest {

    static final int CHANNEL_TOLERANCE = 8;
    static final double MIN_MATCHING = 0.995;
    static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path dir;

    private final Dataset data = MiniData.load();

    private ExportRequest request(String theme, int scale) {
        return ExportRequest.of(ExportFormat.PNG, MiniData.RANGE).withWidth(1000).withScale(scale)
                .withTheme(Theme.named(theme)).withTitle("Mini dataset");
    }

    private BufferedImage export(ExportRequest request, ExportService service) throws Exception {
        Path file = dir.resolve("actual-" + System.nanoTime() + ".png");
        service.export(request, data.events(), MiniData.actors(data), data.sources(), "4 events \u00b7 2020 \u2013 2025",
                file, false, ExportProgress.NONE);
        return ImageIO.read(file.toFile());
    }

    @ParameterizedTest(name = "{0} at {1}x")
    @CsvSource({"light, 1", "dark, 1", "print, 2"})
    void theExportLooksLikeTheGoldenImage(String theme, int scale) throws Exception {
        BufferedImage actual = export(request(theme, scale), MiniData.service());
        String name = "mini-" + theme + "-" + scale + "x.png";
        Path golden = GOLDEN_DIR.resolve(name);
        if (Boolean.getBoolean("corridor.updateGolden")) {
            Files.createDirectories(GOLDEN_DIR);
            ImageIO.write(actual, "png", golden.toFile());
            return;
        }
        assertThat(golden).as("golden image (regenerate with -Dcorridor.updateGolden=true)").exists();
        BufferedImage expected = ImageIO.read(golden.toFile());
        assertThat(actual.getWidth()).as("width").isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as("height").isEqualTo(expected.getHeight());
        double matching = matching(expected, actual, name);
        assertThat(matching).as("share of pixels within %d levels of %s", CHANNEL_TOLERANCE, golden)
                .isGreaterThanOrEqualTo(MIN_MATCHING);
    }

    @Test
    void stripsJoinWithoutASeam() throws Exception {
        ExportRequest request = request("light", 2);
        BufferedImage whole = export(request, MiniData.service());
        // 2000-pixel rows, 7 rows per strip: dozens of strips, none aligned with anything drawn.
        ExportService strips = new ExportService(MiniData.CLOCK, new AtomicFileWriter(), 2000 * 7);
        BufferedImage striped = export(request, strips);
        assertThat(matching(whole, striped, "strips.png")).isEqualTo(1.0);
    }

    /** The share of pixels within tolerance; writes the actual image and a diff when not all are. */
    static double matching(BufferedImage expected, BufferedImage actual, String name) throws IOException {
        int w = expected.getWidth();
        int h = expected.getHeight();
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        long ok = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                int d = Math.max(Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)),
                        Math.max(Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff)), Math.abs((a & 0xff) - (b & 0xff))));
                if (d <= CHANNEL_TOLERANCE) {
                    ok++;
                    diff.setRGB(x, y, 0xffffff);
                } else {
                    diff.setRGB(x, y, 0xff0000);
                }
            }
        }
        double share = (double) ok / ((long) w * h);
        if (share < 1) {
            Path out = Path.of("target", "golden-diff");
            Files.createDirectories(out);
            ImageIO.write(actual, "png", out.resolve(name).toFile());
            ImageIO.write(diff, "png", out.resolve("diff-" + name).toFile());
        }
        return share;
    }
}
