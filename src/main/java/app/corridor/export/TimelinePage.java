package app.corridor.export;

import app.corridor.export.ExportRequest.Part;
import app.corridor.i18n.CalendarWords;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Terms;
import app.corridor.layout.ExportLayoutEngine;
import app.corridor.layout.ItemBox;
import app.corridor.layout.ItemShape;
import app.corridor.layout.Lane;
import app.corridor.layout.LaneBox;
import app.corridor.layout.Lanes;
import app.corridor.layout.LayoutStyle;
import app.corridor.layout.PiecewiseTimeAxis;
import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import app.corridor.layout.TimelineLayout;
import app.corridor.model.Actor;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.Source;
import app.corridor.render.LegendEncoding;
import app.corridor.render.Rgba;
import app.corridor.render.Surface;
import app.corridor.render.Theme;
import app.corridor.render.TimelinePainter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One exported timeline page, laid out once and drawn on any surface: an optional title and
 * filters line, the timeline (every event drawn and titled, see {@link ExportLayoutEngine}), a
 * legend of every encoding drawn, and the numbered list of the sources the events' footnote marks
 * point to. Its height is what all of that needs, so nothing is cut off.
 *
 * <p>All measures are CSS pixels; PNG multiplies them by its scale, PDF maps them to points.
 */
final class TimelinePage {

    /** Left and right inset of the header, legend and footnotes: the lane names' own inset. */
    static final double INSET = 12;
    /** Height of the plot when nothing matches, to hold the painter's message. */
    static final double EMPTY_PLOT_HEIGHT = 150;

    private static final double TITLE_LINE = 26;
    private static final double FILTER_LINE = 18;
    private static final double LEGEND_ROW = 22;
    private static final double LEGEND_MARKER_GAP = 7;
    private static final double LEGEND_ENTRY_GAP = 22;
    private static final double LEGEND_SAMPLE = 26;
    private static final double NOTE_LINE = 15;

    /** A legend entry: a kind's marker, or a sample of an encoding, centred at {@code (x, y)}. */
    record LegendEntry(EventKind kind, LegendEncoding encoding, double x, double y, double sampleWidth, String label) {
    }

    /** A line of text at a baseline. */
    record Line(String text, double x, double baseline, TextStyle style) {
    }

    /** An entry of the list of sources: its number's line, the rest of its lines, its top on the page. */
    record NoteEntry(int number, List<Line> lines, double top) {
    }

    /** An area of the page (an event, label included) that links to footnote {@code note}. */
    record Link(double x0, double y0, double x1, double y1, int note) {
    }

    private final Theme theme;
    private final Language language;
    private final TimelineLayout layout;
    private final double width;
    private final double timelineTop;
    private final double height;
    private final List<Line> header;
    private final List<LegendEntry> legend;
    private final double legendTop;
    private final Line sourcesHeading;
    private final List<NoteEntry> notes;
    private final int eventCount;
    private final Density density;
    private final PiecewiseTimeAxis timeAxis;
    /** One painter for every strip or sheet the page is drawn on: it places the today mark once. */
    private final TimelinePainter painter;

    private TimelinePage(Theme theme, Language language, TimelineLayout layout, double width, double timelineTop,
                         double height, List<Line> header, List<LegendEntry> legend, double legendTop,
                         Line sourcesHeading, List<NoteEntry> notes, int eventCount, Density density,
                         PiecewiseTimeAxis timeAxis) {
        this.theme = theme;
        this.language = language;
        this.layout = layout;
        this.width = width;
        this.timelineTop = timelineTop;
        this.height = height;
        this.header = header;
        this.legend = legend;
        this.legendTop = legendTop;
        this.sourcesHeading = sourcesHeading;
        this.notes = notes;
        this.eventCount = eventCount;
        this.density = density;
        this.timeAxis = timeAxis;
        this.painter = new TimelinePainter(language);
    }

    /**
     * Lays out a page {@code width} pixels wide.
     *
     * @param events  the events to show (those outside the range are left out here)
     * @param sources every source; the footnotes list those the shown events quote
     * @param measure text widths as the surfaces will draw them (the bundled fonts)
     */
    static TimelinePage compose(ExportRequest request, double width, List<Event> events,
                                Function<String, Actor> actors, List<Source> sources, String filterDescription,
                                LocalDate today, TextMeasure measure, Surface metrics) {
        ExportRange range = request.range();
        List<Event> shown = events.stream().filter(range::overlaps).toList();
        double textWidth = width - 2 * INSET;

        List<Line> header = new ArrayList<>();
        double y = header(request, filterDescription, textWidth, measure, metrics, header);
        double timelineTop = y;

        Language language = request.language();
        Messages messages = Messages.of(language);
        Footnotes footnotes = request.includes(Part.FOOTER) ? new Footnotes(shown, sources, language)
                : Footnotes.none();
        ExportLayoutEngine engine = new ExportLayoutEngine(measure, LayoutStyle.export(), CalendarWords.of(language));
        List<Lane> lanes = Lanes.build(shown, request.lanes(), actors, language);
        LocalDate todayShown = request.includes(Part.TODAY) && range.contains(today) ? today : null;
        ExportLayoutEngine.Options options = new ExportLayoutEngine.Options(request.includes(Part.AXIS_BREAKS), todayShown,
                e -> TimelinePainter.isUncertain(e) ? e.title() + LegendEncoding.UNCERTAIN_MARK : e.title(), footnotes::of);
        ExportLayoutEngine.Result result = engine.layout(lanes, range.startDay(), range.endDay(), width, options);
        TimelineLayout layout = result.layout();
        if (lanes.isEmpty()) {
            layout = new TimelineLayout(layout.scale(), layout.width(), layout.height() + EMPTY_PLOT_HEIGHT, 0, 0,
                    layout.style(), layout.axis(), layout.lanes(), layout.items(), layout.clusters(),
                    layout.laneItemStart(), layout.todayX());
        }
        y += layout.height();

        List<LegendEntry> legend = new ArrayList<>();
        double legendTop = y;
        if (request.includes(Part.LEGEND) && !shown.isEmpty()) {
            y = legend(shown, layout, measure, width, y + 10, legend, messages, Terms.of(language));
        }

        Line sourcesHeading = null;
        List<NoteEntry> notes = new ArrayList<>();
        if (!footnotes.notes().isEmpty()) {
            y += legend.isEmpty() ? 12 : 8;
            sourcesHeading = new Line(messages.get("export.sources"), INSET, y + NOTE_LINE / 2 + metrics.baselineOffset(TextStyle.LANE),
                    TextStyle.LANE);
            y += NOTE_LINE + 4;
            y = notes(footnotes, measure, metrics, textWidth, y, notes);
        }
        if (!legend.isEmpty() || !notes.isEmpty()) {
            y += 10;
        }
        // Advice for a set too dense is checked by laying it out as advised (other widths, shorter ranges).
        Density.Rows rowsAt = (r, w) -> {
            List<Event> in = events.stream().filter(r::overlaps).toList();
            return in.isEmpty() ? 0 : engine.layout(Lanes.build(in, request.lanes(), actors, language), r.startDay(),
                    r.endDay(), w, options).maxRows();
        };
        Density density = Density.of(shown, range, (int) Math.round(width), result.busiestLane(), result.maxRows(), rowsAt);
        return new TimelinePage(request.theme(), language, layout, width, timelineTop, Math.ceil(y), header, legend, legendTop,
                sourcesHeading, notes, shown.size(), density, result.axis());
    }

    /** The title and the filters line, wrapped; returns the y below them. */
    private static double header(ExportRequest request, String filterDescription, double textWidth,
                                 TextMeasure measure, Surface metrics, List<Line> out) {
        double y = 0;
        boolean hasTitle = request.title() != null;
        boolean hasFilters = request.includes(Part.FILTERS_LINE) && filterDescription != null
                && !filterDescription.isBlank();
        if (!hasTitle && !hasFilters) {
            return y;
        }
        y += 12;
        if (hasTitle) {
            for (String line : TextWrap.lines(request.title(), TextStyle.HEADING, textWidth, measure)) {
                out.add(new Line(line, INSET, y + TITLE_LINE / 2 + metrics.baselineOffset(TextStyle.HEADING),
                        TextStyle.HEADING));
                y += TITLE_LINE;
            }
        }
        if (hasFilters) {
            y += hasTitle ? 2 : 0;
            for (String line : TextWrap.lines(filterDescription, TextStyle.LABEL, textWidth, measure)) {
                out.add(new Line(line, INSET, y + FILTER_LINE / 2 + metrics.baselineOffset(TextStyle.LABEL),
                        TextStyle.LABEL));
                y += FILTER_LINE;
            }
        }
        return y + 10;
    }

    /**
     * The legend: the marker of each kind shown, then a sample of each encoding the layout draws
     * (only those), wrapped into rows; returns the y below it.
     */
    private static double legend(List<Event> shown, TimelineLayout layout, TextMeasure measure, double width,
                                 double top, List<LegendEntry> out, Messages messages, Terms terms) {
        double r = layout.style().markerRadius();
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        shown.forEach(e -> kinds.add(e.kind()));
        double[] at = {INSET, top + LEGEND_ROW / 2};
        for (EventKind kind : kinds) {
            place(new LegendEntry(kind, null, 0, 0, 2 * r, terms.kind(kind)), measure, width, at, out);
        }
        at[0] = INSET;
        at[1] += LEGEND_ROW;
        for (LegendEncoding e : LegendEncoding.drawn(layout)) {
            double sample = switch (e) {
                case BAR, SPAN -> LEGEND_SAMPLE;
                case UNCERTAIN -> measure.width(LegendEncoding.UNCERTAIN_MARK.strip(), TextStyle.LABEL);
                default -> 2 * r;
            };
            place(new LegendEntry(null, e, 0, 0, sample, e.label(messages)), measure, width, at, out);
        }
        return at[1] + LEGEND_ROW / 2;
    }

    private static void place(LegendEntry entry, TextMeasure measure, double width, double[] at,
                              List<LegendEntry> out) {
        double entryWidth = entry.sampleWidth() + LEGEND_MARKER_GAP + measure.width(entry.label(), TextStyle.LABEL);
        if (at[0] > INSET && at[0] + entryWidth > width - INSET) {
            at[0] = INSET;
            at[1] += LEGEND_ROW;
        }
        out.add(new LegendEntry(entry.kind(), entry.encoding(), at[0] + entry.sampleWidth() / 2, at[1],
                entry.sampleWidth(), entry.label()));
        at[0] += entryWidth + LEGEND_ENTRY_GAP;
    }


    /** The numbered list of sources, each entry wrapped under a hanging number; returns the y below it. */
    private static double notes(Footnotes footnotes, TextMeasure measure, Surface metrics, double textWidth,
                                double top, List<NoteEntry> out) {
        double indent = measure.width("[" + footnotes.notes().size() + "]  ", TextStyle.AXIS_MINOR);
        double y = top;
        for (Footnotes.Note note : footnotes.notes()) {
            List<Line> lines = new ArrayList<>();
            double entryTop = y;
            double baselineOffset = NOTE_LINE / 2 + metrics.baselineOffset(TextStyle.AXIS_MINOR);
            lines.add(new Line("[" + note.number() + "]", INSET, y + baselineOffset, TextStyle.AXIS_MINOR));
            for (String line : TextWrap.lines(note.reference(), TextStyle.AXIS_MINOR, textWidth - indent, measure)) {
                lines.add(new Line(line, INSET + indent, y + baselineOffset, TextStyle.AXIS_MINOR));
                y += NOTE_LINE;
            }
            out.add(new NoteEntry(note.number(), lines, entryTop));
        }
        return y;
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

    /** How many events fall in the range, each drawn. */
    int eventCount() {
        return eventCount;
    }

    /** The time axis the timeline is drawn on: exactly the range asked for. */
    PiecewiseTimeAxis timeAxis() {
        return timeAxis;
    }

    /** How crowded the timeline is. */
    Density density() {
        return density;
    }

    /** The encodings the legend explains, in its order (empty without a legend). */
    List<LegendEncoding> legendEncodings() {
        return legend.stream().filter(e -> e.encoding() != null).map(LegendEntry::encoding).toList();
    }

    /** Areas of events that link to their first footnote, in page pixels. */
    List<Link> links() {
        List<Link> links = new ArrayList<>();
        for (ItemBox box : layout.items()) {
            if (!box.notes().isEmpty()) {
                links.add(new Link(box.hitLeft(), timelineTop + box.y(), box.hitRight(),
                        timelineTop + box.y() + box.height(), box.notes().get(0)));
            }
        }
        return links;
    }

    /** The top of each footnote's entry on the page, by its number. */
    Map<Integer, Double> noteTops() {
        Map<Integer, Double> tops = new HashMap<>();
        for (NoteEntry n : notes) {
            tops.putIfAbsent(n.number(), n.top());
        }
        return tops;
    }

    /** Where a tall page may be split across sheets: lane bottoms, the legend, each footnote. */
    List<Double> breakPoints() {
        List<Double> points = new ArrayList<>();
        for (LaneBox lane : layout.lanes()) {
            points.add(timelineTop + lane.y() + lane.height());
        }
        points.add(timelineTop + layout.height());
        if (!legend.isEmpty()) {
            points.add(legendTop);
        }
        notes.forEach(n -> points.add(n.top()));
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
        painter.paint(layout, s.shifted(timelineTop), theme, TimelinePainter.Decorations.none(language));
        if (timelineTop > 0) {
            s.line(0, timelineTop + 0.5, width, timelineTop + 0.5, theme.axisLine(), 1, null);
        }
        for (LegendEntry e : legend) {
            paintLegendEntry(painter, s, e);
        }
        if (sourcesHeading != null) {
            s.text(sourcesHeading.text(), sourcesHeading.x(), sourcesHeading.baseline(), sourcesHeading.style(),
                    theme.text());
        }
        for (NoteEntry note : notes) {
            s.beginAnchor(TimelinePainter.noteAnchor(note.number()));
            for (Line line : note.lines()) {
                s.text(line.text(), line.x(), line.baseline(), line.style(), theme.mutedText());
            }
            s.endAnchor();
        }
    }

    private void paintLegendEntry(TimelinePainter painter, Surface s, LegendEntry e) {
        double r = layout.style().markerRadius();
        double left = e.x() - e.sampleWidth() / 2;
        Rgba neutral = theme.mutedText();
        s.beginGroup(null, "legend legend-" + (e.kind() != null ? e.kind().code() : e.encoding().code()), e.label());
        if (e.kind() != null) {
            painter.paintMarker(s, theme, e.kind(), e.x(), e.y(), r);
        } else {
            switch (e.encoding()) {
                case POINT -> {
                    double[][] p = app.corridor.render.MarkerShape.CIRCLE.polygon(e.x(), e.y(), r);
                    s.fillPolygon(p[0], p[1], neutral);
                }
                case BAR -> {
                    s.fillRoundRect(left, e.y() - 8, e.sampleWidth(), 16, 6, neutral.withAlpha(0.22));
                    s.strokeRoundRect(left, e.y() - 8, e.sampleWidth(), 16, 6, neutral, 1.2, null);
                }
                case SPAN -> {
                    s.fillRoundRect(left, e.y() - 9, e.sampleWidth(), 18, 4, neutral.withAlpha(0.10));
                    s.strokeRoundRect(left, e.y() - 9, e.sampleWidth(), 18, 4, neutral.withAlpha(0.75), 1,
                            TimelinePainter.SPAN_DASH);
                }
                case APPROXIMATE -> {
                    double[][] p = app.corridor.render.MarkerShape.CIRCLE.polygon(e.x(), e.y(), r);
                    s.fillPolygon(p[0], p[1], theme.background());
                    s.strokePolygon(p[0], p[1], neutral, 1.6);
                }
                case UNCERTAIN -> s.text(LegendEncoding.UNCERTAIN_MARK.strip(), left, e.y() + s.baselineOffset(TextStyle.LABEL),
                        TextStyle.LABEL, theme.text());
            }
        }
        s.text(e.label(), left + e.sampleWidth() + LEGEND_MARKER_GAP, e.y() + s.baselineOffset(TextStyle.LABEL),
                TextStyle.LABEL, theme.text());
        s.endGroup();
    }
}
