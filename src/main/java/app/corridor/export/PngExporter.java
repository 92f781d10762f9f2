package app.corridor.export;

import app.corridor.render.AwtFonts;
import app.corridor.render.Java2dSurface;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * Draws a page into a PNG in horizontal strips: one strip-sized image is drawn, encoded and
 * reused for the next, so a 20,000-pixel-wide (or 3× scaled) export needs a few tens of
 * megabytes, not the gigabytes a whole {@code BufferedImage} would. Each strip draws the page
 * moved up by the strip's top, in whole device pixels, so strips join without a seam; what lies
 * wholly above or below the strip is left out.
 */
final class PngExporter {

    /** Pixels per strip image: 8 M pixels = 32 MB of {@code int} RGB. */
    static final int DEFAULT_STRIP_PIXELS = 8 << 20;
    /**
     * CSS pixels beyond a strip's edges still drawn on it: a stroke's width and anti-aliasing, and
     * glyphs of tall scripts, reach a little past the shapes and baselines the band is judged by.
     */
    static final double BAND_MARGIN = 64;
    /** CSS pixels are 1/96 inch. */
    static final double CSS_DPI = 96;

    private final int stripPixels;

    PngExporter(int stripPixels) {
        this.stripPixels = stripPixels;
    }

    /** Pixel size of the PNG for {@code page} at {@code scale}. */
    static int[] size(TimelinePage page, int scale) {
        return new int[] {(int) Math.ceil(page.width() * scale), (int) Math.ceil(page.height() * scale)};
    }

    /**
     * Writes {@code page} as a PNG to {@code out}.
     *
     * @param checkpoint run between strips and while drawing; throws to stop
     * @param progress   receives the fraction of rows written
     */
    void write(TimelinePage page, AwtFonts fonts, int scale, String title, String software,
               OutputStream out, Runnable checkpoint, java.util.function.DoubleConsumer progress) throws IOException {
        int[] size = size(page, scale);
        int width = size[0];
        int height = size[1];
        int stripRows = Math.max(1, Math.min(height, stripPixels / width));
        BufferedImage strip = new BufferedImage(width, stripRows, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) strip.getRaster().getDataBuffer()).getData();
        PngEncoder encoder = new PngEncoder(out, width, height, Deflater.DEFAULT_COMPRESSION, CSS_DPI * scale, title,
                software);
        boolean done = false;
        try {
            for (int top = 0; top < height; top += stripRows) {
                checkpoint.run();
                int rows = Math.min(stripRows, height - top);
                Graphics2D g = strip.createGraphics();
                try {
                    g.setColor(java.awt.Color.WHITE);
                    g.fillRect(0, 0, width, stripRows);
                    g.translate(0, -top);
                    g.scale(scale, scale);
                    // Only what reaches this strip is drawn: every event on every strip grew with the square of the events.
                    page.paint(new PageSurface(new Java2dSurface(g, fonts), 0, checkpoint,
                            (double) top / scale - BAND_MARGIN, (double) (top + rows) / scale + BAND_MARGIN));
                } finally {
                    g.dispose();
                }
                encoder.writeRows(pixels, 0, rows, width);
                progress.accept((double) (top + rows) / height);
            }
            encoder.finish();
            done = true;
        } finally {
            if (!done) {
                encoder.abandon();
            }
        }
    }
}
