package app.corridor.export;

import app.corridor.layout.LaneMode;
import app.corridor.render.Theme;
import java.util.Objects;

/**
 * What to export, as a value the GUI's dialog and the command line both build. Start from
 * {@link #of(ExportFormat, ExportRange)} and change what differs with the {@code with…} methods.
 *
 * @param format      PNG, SVG or PDF
 * @param range       the span of time shown: the GUI's visible window, or the filtered events' span
 * @param lanes       how events are grouped into lanes
 * @param width       width of a PNG or SVG in CSS pixels ({@value #MIN_WIDTH}–{@value #MAX_WIDTH});
 *                    a PDF ignores it and takes its width from {@code paper}
 * @param paper       the PDF's sheet; the drawing is scaled to fit its width (PNG and SVG ignore it)
 * @param scale       pixels per CSS pixel of a PNG: 1, 2 or 3 (for sharp text on high-density screens)
 * @param theme       the colours: {@link Theme#light()}, {@link Theme#dark()} or {@link Theme#print()}
 * @param title       a heading above the timeline, or null for none
 * @param legend      draw the marker and name of each kind shown, below the timeline
 * @param filtersLine draw a line saying which filters are active, under the title
 * @param footer      credit the sources the exported events quote, at the bottom
 */
public record ExportRequest(ExportFormat format, ExportRange range, LaneMode lanes, int width, Paper paper,
                            int scale, Theme theme, String title, boolean legend, boolean filtersLine,
                            boolean footer) {

    public static final int MIN_WIDTH = 400;
    public static final int MAX_WIDTH = 50_000;
    public static final int MAX_SCALE = 3;
    public static final int DEFAULT_WIDTH = 1600;

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(lanes, "lanes");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(theme, "theme");
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be " + MIN_WIDTH + " to " + MAX_WIDTH + " pixels, not " + width);
        }
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1, 2 or 3, not " + scale);
        }
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /**
     * A request with the defaults: lanes by kind, {@value #DEFAULT_WIDTH} pixels wide, scale 1, A4
     * landscape, the light theme (print for PDF), no title, legend, filters line and footer on.
     */
    public static ExportRequest of(ExportFormat format, ExportRange range) {
        return new ExportRequest(format, range, LaneMode.KIND, DEFAULT_WIDTH, Paper.A4_LANDSCAPE, 1,
                format == ExportFormat.PDF ? Theme.print() : Theme.light(), null, true, true, true);
    }

    public ExportRequest withFormat(ExportFormat v) {
        return new ExportRequest(v, range, lanes, width, paper, scale, theme, title, legend, filtersLine, footer);
    }

    public ExportRequest withRange(ExportRange v) {
        return new ExportRequest(format, v, lanes, width, paper, scale, theme, title, legend, filtersLine, footer);
    }

    public ExportRequest withLanes(LaneMode v) {
        return new ExportRequest(format, range, v, width, paper, scale, theme, title, legend, filtersLine, footer);
    }

    public ExportRequest withWidth(int v) {
        return new ExportRequest(format, range, lanes, v, paper, scale, theme, title, legend, filtersLine, footer);
    }

    public ExportRequest withPaper(Paper v) {
        return new ExportRequest(format, range, lanes, width, v, scale, theme, title, legend, filtersLine, footer);
    }

    public ExportRequest withScale(int v) {
        return new ExportRequest(format, range, lanes, width, paper, v, theme, title, legend, filtersLine, footer);
    }

    public ExportRequest withTheme(Theme v) {
        return new ExportRequest(format, range, lanes, width, paper, scale, v, title, legend, filtersLine, footer);
    }

    public ExportRequest withTitle(String v) {
        return new ExportRequest(format, range, lanes, width, paper, scale, theme, v, legend, filtersLine, footer);
    }

    public ExportRequest withLegend(boolean v) {
        return new ExportRequest(format, range, lanes, width, paper, scale, theme, title, v, filtersLine, footer);
    }

    public ExportRequest withFiltersLine(boolean v) {
        return new ExportRequest(format, range, lanes, width, paper, scale, theme, title, legend, v, footer);
    }

    public ExportRequest withFooter(boolean v) {
        return new ExportRequest(format, range, lanes, width, paper, scale, theme, title, legend, filtersLine, v);
    }
}
