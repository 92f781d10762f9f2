package app.corridor.export;

import app.corridor.layout.ItemBox;
import app.corridor.layout.Lane;
import app.corridor.layout.LaneBox;
import app.corridor.layout.Lanes;
import app.corridor.layout.LayoutStyle;
import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import app.corridor.layout.TimeScale;
import app.corridor.layout.TimelineLayout;
import app.corridor.layout.TimelineLayoutEngine;
import app.corridor.model.Actor;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.Source;
import app.corridor.render.Surface;
import app.corridor.render.Theme;
import app.corridor.render.TimelinePainter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One exported page, laid out once and drawn on any surface: an optional title and filters line
 * at the top, the timeline (the screen's layout engine and painter, without hover or selection),
 * then an optional legend of the kinds shown and a footer crediting the sources. Its height is
 * what the lanes need plus those blocks, so nothing is cut off at the bottom.
 *
 * <p>All measures are CSS pixels; PNG multiplies them by its scale, PDF maps them to points.
 */
final class TimelinePage {

    /** Left and right inset of the header, legend and footer text: the lane names' own inset. */
    static final double INSET = 12;
    /** Free pixels left and right of the events' span when the range fits the content. */
    static final double FIT_MARGIN = 24;
    /** Room made for labels may stretch the time axis by at most a third (to 75% of the plain fit). */
    static final double MIN_SQUEEZE = 0.75;
    /** Height of the plot when nothing matches, to hold the painter's message. */
    static final double EMPTY_PLOT_HEIGHT = 150;

    private static final double TITLE_LINE = 26;
    private static final double FILTER_LINE = 18;
    private static final double LEGEND_ROW = 22;
    private static final double LEGEND_MARKER_GAP = 7;
    private static final double LEGEND_ENTRY_GAP = 22;
    private static final double FOOTER_LINE = 15;

    /** A kind in the legend, with the centre of its marker. */
    record LegendEntry(EventKind kind, double x, double y) {
    }

    /** A line of text at a baseline. */
    record Line(String text, double x, double baseline, TextStyle style) {
    }

    private final Theme theme;
    private final TimelineLayout layout;
    private final double width;
    private final double timelineTop;
    private final double height;
    private final List<Line> header;
    private final List<LegendEntry> legend;
    private final List<Line> footer;
    private final double footerTop;
    private final int eventCount;

    private TimelinePage(Theme theme, TimelineLayout layout, double width, double timelineTop, double height,
                         List<Line> header, List<LegendEntry> legend, List<Line> footer, double footerTop,
                         int eventCount) {
        this.theme = theme;
        this.layout = layout;
        this.width = width;
        this.timelineTop = timelineTop;
        this.height = height;
        this.header = header;
        this.legend = legend;
        this.footer = footer;
        this.footerTop = footerTop;
        this.eventCount = eventCount;
    }

    /**
     * Lays out a page {@code width} pixels wide.
     *
     * @param events  the events to show (those outside the range are left out here)
     * @param sources every source; the footer credits those the shown events quote
     * @param measure text widths as the surfaces will draw them (the bundled fonts)
     */
    static TimelinePage compose(ExportRequest request, double width, List<Event> events,
                                Function<String, Actor> actors, List<Source> sources, String filterDescription,
                                LocalDate today, TextMeasure measure, Surface metrics) {
        ExportRange range = request.range();
        List<Event> shown = events.stream().filter(range::overlaps).toList();
        Theme theme = request.theme();
        double textWidth = width - 2 * INSET;

        // Header: title, then the filters line (wrapped).
        List<Line> header = new ArrayList<>();
        double y = 0;
        boolean hasTitle = request.title() != null;
        boolean hasFilters = request.filtersLine() && filterDescription != null && !filterDescription.isBlank();
        if (hasTitle || hasFilters) {
            y += 12;
            if (hasTitle) {
                for (String line : TextWrap.lines(request.title(), TextStyle.HEADING, textWidth, measure)) {
                    header.add(new Line(line, INSET, y + TITLE_LINE / 2 + metrics.baselineOffset(TextStyle.HEADING),
                            TextStyle.HEADING));
                    y += TITLE_LINE;
                }
            }
            if (hasFilters) {
                y += hasTitle ? 2 : 0;
                for (String line : TextWrap.lines(filterDescription, TextStyle.LABEL, textWidth, measure)) {
                    header.add(new Line(line, INSET, y + FILTER_LINE / 2 + metrics.baselineOffset(TextStyle.LABEL),
                            TextStyle.LABEL));
                    y += FILTER_LINE;
                }
            }
            y += 10;
        }
        double timelineTop = y;

        // The timeline.
        TimelineLayoutEngine engine = new TimelineLayoutEngine(measure, LayoutStyle.standard());
        List<Lane> lanes = Lanes.build(shown, request.lanes(), actors);
        TimeScale scale = scaleFor(engine, lanes, range, width, today);
        TimelineLayout probe = engine.layout(lanes, scale, width, Double.MAX_VALUE / 4, 0, today);
        double plotHeight = lanes.isEmpty() ? EMPTY_PLOT_HEIGHT : probe.contentHeight();
        TimelineLayout layout = engine.layout(lanes, scale, width, engine.style().axisHeight() + plotHeight, 0, today);
        y += layout.height();

        // Legend: the kinds shown, in the vocabulary's order, wrapped into rows.
        List<LegendEntry> legend = new ArrayList<>();
        if (request.legend() && !shown.isEmpty()) {
            Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
            shown.forEach(e -> kinds.add(e.kind()));
            double r = engine.style().markerRadius();
            y += 10;
            double x = INSET;
            double rowMiddle = y + LEGEND_ROW / 2;
            for (EventKind kind : kinds) {
                double entryWidth = 2 * r + LEGEND_MARKER_GAP + measure.width(kind.label(), TextStyle.LABEL);
                if (x > INSET && x + entryWidth > width - INSET) {
                    x = INSET;
                    rowMiddle += LEGEND_ROW;
                }
                legend.add(new LegendEntry(kind, x + r, rowMiddle));
                x += entryWidth + LEGEND_ENTRY_GAP;
            }
            y = rowMiddle + LEGEND_ROW / 2;
        }

        // Footer: the sources the shown events quote, in the dataset's order.
        List<Line> footer = new ArrayList<>();
        double footerTop = y;
        if (request.footer()) {
            Set<String> cited = new java.util.HashSet<>();
            shown.forEach(e -> e.quotes().forEach(q -> cited.add(q.sourceId())));
            List<String> credits = sources.stream().filter(s -> cited.contains(s.id())).map(TimelinePage::credit)
                    .toList();
            if (!credits.isEmpty()) {
                y += legend.isEmpty() ? 10 : 6;
                String text = (credits.size() == 1 ? "Source: " : "Sources: ") + String.join("; ", credits);
                for (String line : TextWrap.lines(text, TextStyle.AXIS_MINOR, textWidth, measure)) {
                    footer.add(new Line(line, INSET, y + FOOTER_LINE / 2 + metrics.baselineOffset(TextStyle.AXIS_MINOR),
                            TextStyle.AXIS_MINOR));
                    y += FOOTER_LINE;
                }
            }
        }
        if (!legend.isEmpty() || !footer.isEmpty()) {
            y += 10;
        }
        return new TimelinePage(theme, layout, width, timelineTop, Math.ceil(y), header, legend, footer, footerTop,
                shown.size());
    }

    /** How a source is credited: its byline, or its title where the byline names no one. */
    static String credit(Source s) {
        if (s.author() == null && s.outlet() == null) {
            String byline = s.byline();
            return "\u201c" + s.title() + "\u201d" + (byline.isEmpty() ? "" : " \u00b7 " + byline);
        }
        return s.byline();
    }

    /**
     * The time scale: the range across the plot; when the range is the events' own span, with a
     * margin and, on the right, room for the labels of the last events (a few passes, since
     * packing depends on the zoom).
     */
    private static TimeScale scaleFor(TimelineLayoutEngine engine, List<Lane> lanes, ExportRange range, double width,
                                      LocalDate today) {
        double plotLeft = engine.style().gutterWidth();
        double plotWidth = Math.max(1, width - plotLeft);
        if (!range.fitContent()) {
            return TimeScale.fit(range.startDay(), range.endDay(), plotWidth, 0);
        }
        double usable = Math.max(1, plotWidth - 2 * FIT_MARGIN);
        double first = usable / (range.endDay() - range.startDay());
        double px = first;
        for (int pass = 0; pass < 4 && !lanes.isEmpty(); pass++) {
            TimeScale scale = new TimeScale(range.startDay() - FIT_MARGIN / px, px);
            TimelineLayout l = engine.layout(lanes, scale, width, Double.MAX_VALUE / 4, 0, today);
            double best = px;
            for (ItemBox box : l.items()) {
                double days = scale.time(box.x0() - plotLeft) - range.startDay();
                double extent = box.hitRight() - box.x0();
                if (days > 0 && plotLeft + FIT_MARGIN + days * px + extent > width - FIT_MARGIN / 2) {
                    best = Math.min(best, (usable + FIT_MARGIN / 2 - extent) / days);
                }
            }
            // Beyond that, labels are shortened at the edge instead (an axis running decades past
            // the last event looks wrong).
            best = Math.max(best, first * MIN_SQUEEZE);
            if (best >= px * 0.999) {
                break;
            }
            px = best;
        }
        return new TimeScale(range.startDay() - FIT_MARGIN / px, px);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    TimelineLayout layout() {
        return layout;
    }

    /** Top of the timeline (its axis) on the page. */
    double timelineTop() {
        return timelineTop;
    }

    /** How many events fall in the range: drawn, or counted in a cluster marker. */
    int eventCount() {
        return eventCount;
    }

    /** Lane bottoms on the page: where a tall page may be split across sheets. */
    List<Double> breakPoints() {
        List<Double> points = new ArrayList<>();
        for (LaneBox lane : layout.lanes()) {
            points.add(timelineTop + lane.y() + lane.height());
        }
        points.add(timelineTop + layout.height());
        if (!legend.isEmpty()) {
            points.add(footerTop);
        }
        points.add(height);
        return points;
    }

    /** Draws the whole page onto {@code s}. */
    void paint(PageSurface s) {
        s.fillRect(0, 0, width, height, theme.background());
        for (Line line : header) {
            s.text(line.text(), line.x(), line.baseline(),
                    line.style(), line.style() == TextStyle.HEADING ? theme.text() : theme.mutedText());
        }
        PageSurface timeline = s.shifted(timelineTop);
        new TimelinePainter().paint(layout, timeline, theme, TimelinePainter.Decorations.NONE);
        if (timelineTop > 0) {
            s.line(0, timelineTop + 0.5, width, timelineTop + 0.5, theme.axisLine(), 1, null);
        }
        TimelinePainter painter = new TimelinePainter();
        double r = layout.style().markerRadius();
        for (LegendEntry e : legend) {
            painter.paintMarker(s, theme, e.kind(), e.x(), e.y(), r);
            s.text(e.kind().label(), e.x() + r + LEGEND_MARKER_GAP, e.y() + s.baselineOffset(TextStyle.LABEL),
                    TextStyle.LABEL, theme.text());
        }
        for (Line line : footer) {
            s.text(line.text(), line.x(), line.baseline(), line.style(), theme.mutedText());
        }
    }
}
