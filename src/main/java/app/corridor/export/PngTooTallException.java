package app.corridor.export;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The PNG would be taller than programs that open PNG files accept; nothing was written, and
 * {@link ExportRequest#allowDense()} does not change that: the file could not be looked at. The
 * limit is libpng's default, which most viewers and converters on Linux keep (GIMP stops lower
 * still). A PDF splits the same page across sheets; an SVG has no such limit.
 */
public final class PngTooTallException extends ExportException {

    /** The tallest PNG written, in pixels. */
    public static final int MAX_HEIGHT = 1_000_000;

    private static final long serialVersionUID = 1L;

    private final int width;
    private final int height;
    private final int limit;

    public PngTooTallException(Path target, int width, int height, int limit) {
        super(target, String.format(Locale.ROOT, "The PNG would be %,d \u00d7 %,d pixels, taller than the %,d that "
                + "programs opening PNG files accept; nothing was written. Export it as a PDF (split into sheets) or "
                + "an SVG, or keep fewer events", width, height, limit));
        this.width = width;
        this.height = height;
        this.limit = limit;
    }

    /** The width the PNG would have had, in pixels. */
    public int width() {
        return width;
    }

    /** The height the PNG would have had, in pixels. */
    public int height() {
        return height;
    }

    /** The tallest PNG written, in pixels ({@link #MAX_HEIGHT}). */
    public int limit() {
        return limit;
    }
}
