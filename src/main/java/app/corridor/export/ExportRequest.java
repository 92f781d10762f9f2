package app.corridor.export;

import app.corridor.i18n.Language;
import app.corridor.layout.LaneMode;
import app.corridor.render.Theme;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What to export, as a value the GUI's dialog and the command line both build. Start from
 * {@link #of(ExportFormat, ExportRange)} and change what differs with the {@code with…} methods.
 *
 * @param format     PNG, SVG, PDF or Markdown
 * @param range      the span of time shown (see {@link ExportRange#of})
 * @param lanes      how events are grouped into lanes
 * @param layout     a timeline chart, or a chronology (PDF and Markdown only)
 * @param width      width of a PNG or SVG in CSS pixels ({@value #MIN_WIDTH}–{@value #MAX_WIDTH});
 *                   a PDF takes its width from {@code paper}
 * @param paper      the PDF's sheet (PNG and SVG ignore it)
 * @param scale      pixels per CSS pixel of a PNG: 1, 2 or 3
 * @param theme      the colours: {@link Theme#light()}, {@link Theme#dark()} or {@link Theme#print()}
 * @param title      a heading, or null for none
 * @param parts      what is drawn besides the events (see {@link Part})
 * @param allowDense draw a set too dense to read at this size anyway, instead of refusing with
 *                   {@link TooDenseException}
 * @param language   the language of the axis, legend, filters line, footnotes, dates and chronology
 */
public record ExportRequest(ExportFormat format, ExportRange range, LaneMode lanes, ExportLayout layout, int width,
                            Paper paper, int scale, Theme theme, String title, Set<Part> parts, boolean allowDense,
                            Language language) {

    public static final int MIN_WIDTH = 400;
    public static final int MAX_WIDTH = 50_000;
    public static final int MAX_SCALE = 3;
    public static final int DEFAULT_WIDTH = 1600;

    /** What an export may draw besides the events; each can be switched off. */
    public enum Part {
        /** A legend of every encoding drawn: each kind's marker, point, bar, span, approximate, uncertain. */
        LEGEND,
        /** A line under the title saying which filters are active. */
        FILTERS_LINE,
        /** Footnote marks [n] on the events and the numbered list of the sources they quote. */
        FOOTER,
        /** The today line, where today lies inside the range. */
        TODAY,
        /** Long stretches with no events left out as marked breaks in the time axis. */
        AXIS_BREAKS
    }

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(lanes, "lanes");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be " + MIN_WIDTH + " to " + MAX_WIDTH + " pixels, not " + width);
        }
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1, 2 or 3, not " + scale);
        }
        if (!layout.allows(format)) {
            throw new IllegalArgumentException(layout == ExportLayout.CHRONOLOGY
                    ? "a chronology is written as PDF or Markdown, not " + format.name()
                    : "Markdown holds a chronology, not a timeline chart");
        }
        title = title == null || title.isBlank() ? null : title.strip();
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
    }

    /**
     * A request with the defaults: lanes by kind, a timeline (a chronology for Markdown), the
     * format's default width and scale, A4 landscape, the light theme (print for PDF), no title,
     * every part on, English.
     */
    public static ExportRequest of(ExportFormat format, ExportRange range) {
        return new ExportRequest(format, range, LaneMode.KIND,
                format == ExportFormat.MARKDOWN ? ExportLayout.CHRONOLOGY : ExportLayout.TIMELINE,
                format.defaultWidth(), Paper.A4_LANDSCAPE, format.defaultScale(),
                format == ExportFormat.PDF ? Theme.print() : Theme.light(), null, EnumSet.allOf(Part.class), false,
                Language.ENGLISH);
    }

    /** True when {@code part} is drawn. */
    public boolean includes(Part part) {
        return parts.contains(part);
    }

    /** This request with {@code part} drawn or not. */
    public ExportRequest with(Part part, boolean on) {
        EnumSet<Part> p = parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
        if (on) {
            p.add(part);
        } else {
            p.remove(part);
        }
        return new ExportRequest(format, range, lanes, layout, width, paper, scale, theme, title, p, allowDense, language);
    }

    public ExportRequest withFormat(ExportFormat v) {
        return new ExportRequest(v, range, lanes, layout, width, paper, scale, theme, title, parts, allowDense, language);
    }

    public ExportRequest withRange(ExportRange v) {
        return new ExportRequest(format, v, lanes, layout, width, paper, scale, theme, title, parts, allowDense, language);
    }

    public ExportRequest withLanes(LaneMode v) {
        return new ExportRequest(format, range, v, layout, width, paper, scale, theme, title, parts, allowDense, language);
    }

    public ExportRequest withLayout(ExportLayout v) {
        return new ExportRequest(format, range, lanes, v, width, paper, scale, theme, title, parts, allowDense, language);
    }

    public ExportRequest withWidth(int v) {
        return new ExportRequest(format, range, lanes, layout, v, paper, scale, theme, title, parts, allowDense, language);
    }

    public ExportRequest withPaper(Paper v) {
        return new ExportRequest(format, range, lanes, layout, width, v, scale, theme, title, parts, allowDense, language);
    }

    public ExportRequest withScale(int v) {
        return new ExportRequest(format, range, lanes, layout, width, paper, v, theme, title, parts, allowDense, language);
    }

    public ExportRequest withTheme(Theme v) {
        return new ExportRequest(format, range, lanes, layout, width, paper, scale, v, title, parts, allowDense, language);
    }

    public ExportRequest withTitle(String v) {
        return new ExportRequest(format, range, lanes, layout, width, paper, scale, theme, v, parts, allowDense, language);
    }

    public ExportRequest withAllowDense(boolean v) {
        return new ExportRequest(format, range, lanes, layout, width, paper, scale, theme, title, parts, v, language);
    }

    public ExportRequest withLanguage(Language v) {
        return new ExportRequest(format, range, lanes, layout, width, paper, scale, theme, title, parts, allowDense, v);
    }

    public ExportRequest withLegend(boolean v) {
        return with(Part.LEGEND, v);
    }

    public ExportRequest withFiltersLine(boolean v) {
        return with(Part.FILTERS_LINE, v);
    }

    public ExportRequest withFooter(boolean v) {
        return with(Part.FOOTER, v);
    }
}
