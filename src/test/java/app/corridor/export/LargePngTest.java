package app.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.model.Dataset;
import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargePngTest {

    @TempDir
    Path dir;

    /** Width and height from the PNG's IHDR chunk. */
    static int[] header(Path png) throws Exception {
        try (InputStream in = Files.newInputStream(png); DataInputStream d = new DataInputStream(in)) {
            byte[] signature = new byte[8];
            d.readFully(signature);
            assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
            assertThat(d.readInt()).as("IHDR length").isEqualTo(13);
            byte[] type = new byte[4];
            d.readFully(type);
            assertThat(new String(type, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("IHDR");
            return new int[] {d.readInt(), d.readInt()};
        }
    }

    @Test
    void aTwentyThousandPixelWidePngIsWrittenAndDecodes() throws Exception {
        Dataset data = MiniData.load();
        Path file = dir.resolve("wide.png");
        ExportResult result = MiniData.service().export(
                ExportRequest.of(ExportFormat.PNG, MiniData.RANGE).withWidth(20_000).withScale(1).withTitle("Wide"), data.events(),
                MiniData.actors(data), data.sources(), "filters", file, false, ExportProgress.NONE);
        int[] size = header(file);
        assertThat(size[0]).isEqualTo(20_000);
        assertThat(size[1]).isEqualTo(result.pixelHeight()).isGreaterThan(200);
        BufferedImage decoded = ImageIO.read(file.toFile());
        assertThat(decoded.getWidth()).isEqualTo(20_000);
        assertThat(decoded.getHeight()).isEqualTo(size[1]);
        // The far right is drawn too (background, lane stripes, lane lines), not left one flat colour
        // (blank, or opaque black) by a size limit.
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < size[1]; y++) {
            colours.add(decoded.getRGB(19_990, y));
        }
        assertThat(colours).as("distinct colours in the rightmost column").hasSizeGreaterThanOrEqualTo(3);
        assertThat(colours).as("the white page background").contains(0xFFFFFFFF);
    }

    /**
     * A PNG taller than programs opening PNG files accept is refused before anything is drawn,
     * even when a dense set is allowed, and leaves no file; the same page as a PDF is written.
     * (The limit is lowered here so the small fixture reaches it.)
     */
    @Test
    void aPngTallerThanViewersOpenIsRefusedAndThePdfOfItWritten() throws Exception {
        Dataset data = MiniData.load();
        int limit = 400;
        ExportService service = new ExportService(MiniData.CLOCK, new AtomicFileWriter(),
                PngExporter.DEFAULT_STRIP_PIXELS, limit);
        ExportRequest request = ExportRequest.of(ExportFormat.PNG, MiniData.RANGE).withScale(2).withAllowDense(true);
        Path png = dir.resolve("tall.png");
        assertThatThrownBy(() -> service.export(request, data.events(), MiniData.actors(data), data.sources(), null,
                png, false, ExportProgress.NONE))
                .isInstanceOfSatisfying(PngTooTallException.class, e -> {
                    assertThat(e.width()).isEqualTo(2 * ExportRequest.DEFAULT_WIDTH);
                    assertThat(e.height()).isGreaterThan(limit);
                    assertThat(e.getMessage()).contains("400").contains("PDF").contains("nothing was written");
                });
        try (var left = Files.list(dir)) {
            assertThat(left).as("no file, not even a partial one").isEmpty();
        }
        ExportResult pdf = service.export(request.withFormat(ExportFormat.PDF), data.events(), MiniData.actors(data),
                data.sources(), null, dir.resolve("tall.pdf"), false, ExportProgress.NONE);
        assertThat(pdf.pages()).isPositive();
        assertThat(dir.resolve("tall.pdf")).isNotEmptyFile();
    }
}
