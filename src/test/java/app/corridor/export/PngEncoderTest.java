package app.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void whatIsEncodedDecodesToTheSamePixels() throws Exception {
        int w = 97;
        int h = 61;
        int[] pixels = new int[w * h];
        Random random = new Random(42);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // Flat areas, gradients and noise, so every filter type gets chosen somewhere.
                int rgb = y < 20 ? 0x336699 : y < 40 ? ((x * 2) << 16) | ((y * 3) << 8) | (x + y) : random.nextInt();
                pixels[y * w + x] = rgb & 0xffffff;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder encoder = new PngEncoder(out, w, h, Deflater.BEST_SPEED, 192, "Title \u2013 \u4e2d\u5df4", "Corridor");
        encoder.writeRows(pixels, 0, 25, w);
        encoder.writeRows(pixels, 25 * w, h - 25, w);
        encoder.finish();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(img.getWidth()).isEqualTo(w);
        assertThat(img.getHeight()).isEqualTo(h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertThat(img.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(pixels[y * w + x]);
            }
        }
    }
}
