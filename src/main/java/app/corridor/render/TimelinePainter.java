package app.corridor.render;

import app.corridor.i18n.CalendarWords;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.layout.Axis;
import app.corridor.layout.ClusterBox;
import app.corridor.layout.ItemBox;
import app.corridor.layout.ItemShape;
import app.corridor.layout.LaneBox;
import app.corridor.layout.LayoutStyle;
import app.corridor.layout.AxisBreaks;
import app.corridor.layout.TextStyle;
import app.corridor.layout.TimeAxis;
import app.corridor.layout.TimelineLayout;
import app.corridor.layout.Lane;
import app.corridor.layout.TodayMark;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import java.util.List;
import java.util.function.Function;

/**
 * Draws a {@link TimelineLayout} onto any {@link Surface}. The screen, PNG, SVG and PDF all go
 * through here, so an export looks like the screen.
 */
public final class TimelinePainter {

    /** The dash of a span known only to the month or year. */
    public static final double[] SPAN_DASH = {4, 3};
    /** Free pixels kept between a label and the right edge. */
    private static final double EDGE_PAD = 6;
    /** Narrower than this, a label at the edge is dropped rather than shortened to a stub. */
    private static final double MIN_EDGE_LABEL = 48;
    private static final double[] TODAY_DASH = {6, 4};
    /** Baseline to baseline of a title wrapped onto more lines. */
    private static final double LINE_STEP = 15;

    /** The anchor a footnote mark [n] links to. */
    public static String noteAnchor(int n) {
        return "source-" + n;
    }

    /**
     * What the layout does not know: which event is selected or hovered, and what to say when
     * nothing matches.
     */
    public record Decorations(String selectedId, String hoveredId, String emptyTitle, String emptyHint,
                              Function<Lane, String> nativeNames) {
        /** No selection, no hover, the default empty message, no names in other scripts. */
        public static final Decorations NONE = none(Language.ENGLISH);

        /** The same in {@code language}. */
        public static Decorations none(Language language) {
            Messages m = Messages.of(language);
            return new Decorations(null, null, m.get("timeline.empty.title"), m.get("timeline.empty.hint"),
                    lane -> null);
        }

        /** Without names in other scripts (a surface whose fonts may not draw them). */
        public Decorations(String selectedId, String hoveredId, String emptyTitle, String emptyHint) {
            this(selectedId, hoveredId, emptyTitle, emptyHint, lane -> null);
        }
    }

    /** Pixels between the today line and its tag when the tag goes in the axis. */
    private static final double TODAY_TAG_GAP = 4;

    /** Pixels a cluster's count keeps clear of the ends of its pill, both together. */
    private static final double CLUSTER_PAD = 1;

    /** A line of a lane header, as a share of the row height. */
    public static final double HEADER_LINE_SHARE = 0.68;

    private final Messages messages;
    private final ClusterCount clusterCount;
    private final CalendarWords calendar;
    private final String today;
    private final String noEvents;
    /** Lane headers align right, as a right-to-left reader's eye starts there. */
    private final boolean rightToLeft;
    /** The layout (immutable) {@link #itemsByTop} orders. */
    private TimelineLayout indexedLayout;
    private ItemsByTop itemsByTop;
    /** The layout (immutable) and tag width {@link #mark} was placed for. */
    private TimelineLayout markedLayout;
    private double markedTagWidth;
    private TodayMark mark;

    /** A painter whose words are English. */
    public TimelinePainter() {
        this(Language.ENGLISH);
    }

    /** A painter that writes "Today", counts and the years of axis breaks in {@code language}. */
    public TimelinePainter(Language language) {
        this.messages = Messages.of(language);
        this.clusterCount = new ClusterCount(language);
        this.calendar = CalendarWords.of(language);
        this.today = messages.get("timeline.today");
        this.noEvents = messages.get("axis.break.empty");
        this.rightToLeft = language.rightToLeft();
    }

    /** Paints the whole frame. */
    public void paint(TimelineLayout layout, Surface s, Theme theme, Decorations deco) {
        double w = layout.width();
        double h = layout.height();
        double plotLeft = layout.plotLeft();
        double plotTop = layout.plotTop();
        s.fillRect(0, 0, w, h, theme.background());
        paintLanes(layout, s, theme);
        s.pushClip(plotLeft, plotTop, Math.max(0, w - plotLeft), Math.max(0, h - plotTop));
        paintGrid(layout, s, theme);
        // Under the events, and in pieces between them, so it never strikes through a label.
        TodayMark mark = paintToday(layout, s, theme);
        if (layout.isEmpty()) {
            paintEmpty(layout, s, theme, deco);
        }
        paintItems(layout, s, theme, deco);
        for (ClusterBox c : layout.clusters()) {
            if (s.shows(c.y(), c.y() + c.height())) {
                paintCluster(c, s, theme);
            }
        }
        s.popClip();
        paintGutter(layout, s, theme, deco);
        paintAxis(layout, s, theme);
        if (mark != null && Double.isNaN(mark.tagX())) {
            paintTodayTagInAxis(layout, s, theme, mark.x());
        }
    }

    /** A kind's marker, as the timeline draws it: for legends. */
    public void paintMarker(Surface s, Theme theme, EventKind kind, double cx, double cy, double r) {
        double[][] p = theme.shape(kind).polygon(cx, cy, r);
        s.fillPolygon(p[0], p[1], theme.color(kind));
        s.strokePolygon(p[0], p[1], theme.background(), 1);
    }

    private void paintLanes(TimelineLayout layout, Surface s, Theme theme) {
        double plotLeft = layout.plotLeft();
        for (int i = 0; i < layout.lanes().size(); i++) {
            LaneBox lane = layout.lanes().get(i);
            if (i % 2 == 1 && s.shows(lane.y(), lane.y() + lane.height())) {
                s.fillRect(plotLeft, lane.y(), layout.width() - plotLeft, lane.height(), theme.laneStripe());
            }
        }
    }

    private void paintGrid(TimelineLayout layout, Surface s, Theme theme) {
        double top = layout.plotTop();
        double bottom = layout.height();
        for (Axis.Tick t : layout.axis().minor()) {
            s.line(t.x(), top, t.x(), bottom, theme.gridMinor(), 1, null);
        }
        for (Axis.Tick t : layout.axis().major()) {
            s.line(t.x(), top, t.x(), bottom, theme.gridMajor(), 1, null);
        }
        for (LaneBox lane : layout.lanes()) {
            double y = lane.y() + lane.height();
            if (s.shows(y, y)) {
                s.line(layout.plotLeft(), y, layout.width(), y, theme.laneLine(), 1, null);
            }
        }
        for (TimeAxis.Break b : layout.axis().breaks()) {
            paintBreakBand(s, theme, b, top, bottom);
        }
    }

    /** A break across the lanes: a grey band with a torn edge on both sides. */
    private static void paintBreakBand(Surface s, Theme theme, TimeAxis.Break b, double top, double bottom) {
        s.fillRect(b.x0(), top, b.width(), bottom - top, theme.gutter());
        s.line(b.x0(), top, b.x0(), bottom, theme.axisLine(), 1, null);
        s.line(b.x1(), top, b.x1(), bottom, theme.axisLine(), 1, null);
    }

    /** A break in the axis: the band, a zigzag on each edge, and the years it leaves out. */
    private void paintBreakInAxis(Surface s, Theme theme, TimeAxis.Break b, double h,
                                         double upperBaseline, double lowerBaseline) {
        paintBreakBand(s, theme, b, 0, h);
        for (double edge : new double[] {b.x0(), b.x1()}) {
            double[] xs = {edge - 3, edge + 3, edge - 3, edge + 3, edge - 3};
            for (int i = 0; i < xs.length - 1; i++) {
                double y0 = h - 14 + i * 3;
                s.line(xs[i], y0, xs[i + 1], y0 + 3, theme.axisText(), 1, null);
            }
        }
        String years = AxisBreaks.label(b, calendar);
        double mid = (b.x0() + b.x1()) / 2;
        s.text(years, mid - s.measure().width(years, TextStyle.AXIS_MINOR) / 2, upperBaseline, TextStyle.AXIS_MINOR,
                theme.axisText());
        s.text(noEvents, mid - s.measure().width(noEvents, TextStyle.AXIS_MINOR) / 2, lowerBaseline,
                TextStyle.AXIS_MINOR, theme.axisText());
    }

    /**
     * The items: every one on a surface that keeps every height (the screen's layout holds only
     * those in view), else only those reaching the band kept, found through {@link ItemsByTop}.
     */
    private void paintItems(TimelineLayout layout, Surface s, Theme theme, Decorations deco) {
        List<ItemBox> items = layout.items();
        double top = s.keptTop();
        double bottom = s.keptBottom();
        if (top == Double.NEGATIVE_INFINITY && bottom == Double.POSITIVE_INFINITY) {
            items.forEach(box -> paintItem(box, s, theme, deco, layout));
            return;
        }
        if (layout != indexedLayout) {
            indexedLayout = layout;
            itemsByTop = new ItemsByTop(items, box -> itemBottom(box, s, layout.style()));
        }
        for (int i : itemsByTop.reaching(top, bottom)) {
            ItemBox box = items.get(i);
            if (s.shows(box.y(), itemBottom(box, s, layout.style()))) {
                paintItem(box, s, theme, deco, layout);
            }
        }
    }

    /** How far down an item draws: its box, or the baseline of its label's last line if lower. */
    private static double itemBottom(ItemBox box, Surface s, LayoutStyle style) {
        double cy = box.y() + Math.min(box.height(), style.rowHeight()) / 2;
        double lastBaseline = cy + s.baselineOffset(TextStyle.LABEL) + Math.max(0, box.lines().size() - 1) * LINE_STEP;
        return Math.max(box.y() + box.height(), lastBaseline);
    }

    private void paintItem(ItemBox box, Surface s, Theme theme, Decorations deco, TimelineLayout layout) {
        LayoutStyle style = layout.style();
        EventKind kind = box.event().kind();
        Rgba color = theme.color(kind);
        // The glyph sits in the item's first row; a wrapped title continues below it.
        double cy = box.y() + Math.min(box.height(), style.rowHeight()) / 2;
        double r = style.markerRadius();
        s.beginGroup(box.event().id(), "event " + kind.code(), box.event().title());
        if (theme.interactive()) {
            boolean selected = box.event().id().equals(deco.selectedId());
            boolean hovered = box.event().id().equals(deco.hoveredId());
            if (selected || hovered) {
                double x = box.hitLeft() - 4;
                double width = box.hitRight() - box.hitLeft() + 8;
                s.fillRoundRect(x, box.y() + 1, width, box.height() - 2, 8,
                        theme.selection().withAlpha(selected ? 0.16 : 0.08));
                if (selected) {
                    s.strokeRoundRect(x, box.y() + 1, width, box.height() - 2, 8, theme.selection(), 1.5, null);
                }
            }
        }
        boolean bare = drawnShape(box, r) == ItemShape.POINT;
        double markerX = bare ? box.centerX() : box.x0() + r + 2;
        if (!bare && box.shape() == ItemShape.BAR) {
            double bh = box.height() - 8;
            s.fillRoundRect(box.x0(), cy - bh / 2, box.x1() - box.x0(), bh, 6, color.withAlpha(0.22));
            s.strokeRoundRect(box.x0(), cy - bh / 2, box.x1() - box.x0(), bh, 6, color, 1.2, null);
        } else if (!bare) {
            // "Somewhere in here": a soft wash with dashed ends, never a solid bar or a fake day.
            double bh = box.height() - 6;
            s.fillRoundRect(box.x0(), cy - bh / 2, box.x1() - box.x0(), bh, 4, color.withAlpha(0.10));
            s.strokeRoundRect(box.x0(), cy - bh / 2, box.x1() - box.x0(), bh, 4, color.withAlpha(0.75), 1, SPAN_DASH);
        }
        paintMarker(s, theme, box.event(), markerX, cy, r);
        if (box.lines().size() > 1 || !box.notes().isEmpty()) {
            paintWholeLabel(box, s, theme, cy);
        } else {
            String label = visibleLabel(box, s, layout);
            if (!label.isEmpty()) {
                s.text(label, box.labelX(), cy + s.baselineOffset(TextStyle.LABEL), TextStyle.LABEL, theme.text());
            }
        }
        s.endGroup();
    }

    /**
     * The shape {@code box} is drawn as: a bar or span too short to hold its marker (of radius
     * {@code r}) reads best as the marker alone, so it is drawn, and counts in a legend, as a point.
     */
    public static ItemShape drawnShape(ItemBox box, double r) {
        return box.shape() == ItemShape.POINT || box.x1() - box.x0() < 4 * r ? ItemShape.POINT : box.shape();
    }

    /**
     * A kind's marker for {@code event}: filled, or hollow (an outline in the kind's colour) when
     * its date is approximate, so a reader does not take its place for exact.
     */
    private void paintMarker(Surface s, Theme theme, Event event, double cx, double cy, double r) {
        if (isApproximate(event)) {
            paintHollowMarker(s, theme, event.kind(), cx, cy, r);
        } else {
            paintMarker(s, theme, event.kind(), cx, cy, r);
        }
    }

    /** The marker of an approximate date: the kind's shape as an outline. */
    public void paintHollowMarker(Surface s, Theme theme, EventKind kind, double cx, double cy, double r) {
        double[][] p = theme.shape(kind).polygon(cx, cy, r);
        s.fillPolygon(p[0], p[1], theme.background());
        s.strokePolygon(p[0], p[1], theme.color(kind), 1.6);
    }

    /** True when either end of the event's date is marked approximate (EDTF {@code ~} or {@code %}). */
    public static boolean isApproximate(Event e) {
        return e.date().start().approximate() || e.date().end().approximate();
    }

    /** True when either end of the event's date is marked uncertain (EDTF {@code ?} or {@code %}). */
    public static boolean isUncertain(Event e) {
        return e.date().start().uncertain() || e.date().end().uncertain();
    }

    /**
     * An export's label: every line of the wrapped title, then the footnote marks, each a link to
     * its entry in the list of sources. Exports leave room for it, so nothing is cut.
     */
    private void paintWholeLabel(ItemBox box, Surface s, Theme theme, double cy) {
        double baseline = cy + s.baselineOffset(TextStyle.LABEL);
        String last = "";
        for (int i = 0; i < box.lines().size(); i++) {
            last = box.lines().get(i);
            s.text(last, box.labelX(), baseline + i * LINE_STEP, TextStyle.LABEL, theme.text());
        }
        double y = baseline + Math.max(0, box.lines().size() - 1) * LINE_STEP;
        double x = box.labelX() + s.measure().width(last, TextStyle.LABEL);
        double space = s.measure().width(" ", TextStyle.LABEL);
        for (int n : box.notes()) {
            String mark = "[" + n + "]";
            x += space;
            s.beginLink(noteAnchor(n));
            s.text(mark, x, y, TextStyle.LABEL, theme.mutedText());
            s.endLink();
            x += s.measure().width(mark, TextStyle.LABEL);
        }
    }

    /**
     * The label as it can be read in view: a label beside a marker that is off the left edge is not
     * drawn (a torn-off tail reads as nonsense); one running past the right edge ends in an ellipsis.
     */
    private static String visibleLabel(ItemBox box, Surface s, TimelineLayout layout) {
        if (box.label().isEmpty() || (!box.labelInside() && box.labelX() < layout.plotLeft())) {
            return "";
        }
        double room = layout.width() - EDGE_PAD - box.labelX();
        if (s.measure().width(box.label(), TextStyle.LABEL) <= room) {
            return box.label();
        }
        return room < MIN_EDGE_LABEL ? "" : s.measure().fit(box.label(), TextStyle.LABEL, room);
    }

    private void paintCluster(ClusterBox c, Surface s, Theme theme) {
        s.beginGroup(null, "cluster", messages.get("timeline.events", c.count()));
        s.fillRoundRect(c.x(), c.y(), c.width(), c.height(), c.height(), theme.clusterFill());
        String text = clusterCount.fit(c.count(), c.width() - CLUSTER_PAD, s.measure());
        if (!text.isEmpty()) {
            double tw = s.measure().width(text, TextStyle.CLUSTER);
            s.text(text, c.x() + (c.width() - tw) / 2, c.y() + c.height() / 2 + s.baselineOffset(TextStyle.CLUSTER),
                    TextStyle.CLUSTER, theme.clusterText());
        }
        s.endGroup();
    }

    /** The today line, in pieces around the labels and markers it would cross, with its tag in a free place. */
    private TodayMark paintToday(TimelineLayout layout, Surface s, Theme theme) {
        double tw = s.measure().width(today, TextStyle.AXIS_MINOR);
        TodayMark mark = todayMark(layout, tw);
        if (mark == null) {
            return null;
        }
        for (double[] piece : mark.segmentsBetween(s.keptTop(), s.keptBottom())) {
            s.line(mark.x(), piece[0], mark.x(), piece[1], theme.today(), 1.5, TODAY_DASH);
        }
        if (!Double.isNaN(mark.tagX())) {
            s.text(today, mark.tagX(), mark.tagTop() + 7 + s.baselineOffset(TextStyle.AXIS_MINOR),
                    TextStyle.AXIS_MINOR, theme.today());
        }
        return mark;
    }

    /**
     * The today mark of {@code layout}, placed once per layout: an export paints one layout on each
     * of its strips or sheets, and placing the mark looks at every event.
     */
    private TodayMark todayMark(TimelineLayout layout, double tagWidth) {
        if (layout != markedLayout || tagWidth != markedTagWidth) {
            markedLayout = layout;
            markedTagWidth = tagWidth;
            mark = TodayMark.place(layout, tagWidth, 14);
        }
        return mark;
    }

    /**
     * The today tag where the plot had no free place for it (every row beside the line is full, as
     * zoomed out over 100,000 events): in the axis's upper row beside the line, clear of the units
     * named there. A line with no tag read as nothing in particular.
     */
    private void paintTodayTagInAxis(TimelineLayout layout, Surface s, Theme theme, double x) {
        double h = layout.plotTop();
        if (h <= 0) {
            return;
        }
        double tw = s.measure().width(today, TextStyle.AXIS_MINOR);
        for (double tagX : new double[] {x + TODAY_TAG_GAP, x - TODAY_TAG_GAP - tw}) {
            if (tagX >= layout.plotLeft() + 2 && tagX + tw <= layout.width() - 2
                    && clearOfMajorLabels(layout, s, tagX - TODAY_TAG_GAP, tagX + tw + TODAY_TAG_GAP)) {
                s.text(today, tagX, h * 0.25 + s.baselineOffset(TextStyle.AXIS_MINOR), TextStyle.AXIS_MINOR,
                        theme.today());
                return;
            }
        }
    }

    /** Whether {@code [from, to]} of the axis's upper row is free of unit names and of breaks (named there too). */
    private static boolean clearOfMajorLabels(TimelineLayout layout, Surface s, double from, double to) {
        for (Axis.Tick t : layout.axis().major()) {
            if (!t.label().isEmpty() && t.labelX() < to
                    && t.labelX() + s.measure().width(t.label(), TextStyle.AXIS_MAJOR) > from) {
                return false;
            }
        }
        for (TimeAxis.Break b : layout.axis().breaks()) {
            if (b.x0() < to && b.x1() > from) {
                return false;
            }
        }
        return true;
    }

    private void paintEmpty(TimelineLayout layout, Surface s, Theme theme, Decorations deco) {
        double cx = layout.plotLeft() + (layout.width() - layout.plotLeft()) / 2;
        double cy = layout.plotTop() + (layout.height() - layout.plotTop()) / 2;
        double tw = s.measure().width(deco.emptyTitle(), TextStyle.HEADING);
        s.text(deco.emptyTitle(), cx - tw / 2, cy, TextStyle.HEADING, theme.text());
        double hw = s.measure().width(deco.emptyHint(), TextStyle.LABEL);
        s.text(deco.emptyHint(), cx - hw / 2, cy + 24, TextStyle.LABEL, theme.mutedText());
    }

    private void paintGutter(TimelineLayout layout, Surface s, Theme theme, Decorations deco) {
        double gutter = layout.plotLeft();
        if (gutter <= 0) {
            return;
        }
        double top = layout.plotTop();
        s.fillRect(0, top, gutter, layout.height() - top, theme.gutter());
        s.line(gutter, top, gutter, layout.height(), theme.laneLine(), 1, null);
        LayoutStyle style = layout.style();
        s.pushClip(0, top, gutter, layout.height() - top);
        for (LaneBox lane : layout.lanes()) {
            if (!s.shows(lane.y(), lane.y() + lane.height())) {
                continue;
            }
            s.line(0, lane.y() + lane.height(), gutter, lane.y() + lane.height(), theme.laneLine(), 1, null);
            double firstRowMiddle = lane.y() + style.lanePadding() + style.rowHeight() / 2;
            double lineHeight = style.rowHeight() * HEADER_LINE_SHARE;
            double bottom = lane.y() + lane.height() - style.lanePadding();
            int room = 1 + (int) Math.floor((bottom - firstRowMiddle - lineHeight / 2) / lineHeight);
            String nativeName = deco.nativeNames().apply(lane.lane());
            int nameRoom = Math.max(1, Math.min(2, room - (nativeName == null ? 0 : 1)));
            String[] name = nameLines(s, lane.lane().label(), gutter - 24, nameRoom);
            double y = firstRowMiddle;
            for (String line : name) {
                s.text(line, headerX(s, line, TextStyle.LANE, gutter), y + s.baselineOffset(TextStyle.LANE),
                        TextStyle.LANE, theme.text());
                y += lineHeight;
            }
            int used = name.length;
            if (nativeName != null && used < room) {
                // The second name, in the other script, in the regular weight: the first name leads.
                String shown = s.measure().fit(nativeName, TextStyle.LABEL, gutter - 24);
                s.text(shown, headerX(s, shown, TextStyle.LABEL, gutter), y + s.baselineOffset(TextStyle.LABEL),
                        TextStyle.LABEL, theme.mutedText());
                y += lineHeight;
                used++;
            }
            if (used < room) {
                String count = messages.get("timeline.events", lane.lane().events().size());
                s.text(count, headerX(s, count, TextStyle.AXIS_MINOR, gutter),
                        y + s.baselineOffset(TextStyle.AXIS_MINOR), TextStyle.AXIS_MINOR, theme.mutedText());
            }
        }
        s.popClip();
    }

    /** Where a lane header's line starts: at the left inset, or in Urdu ending at the right one. */
    private double headerX(Surface s, String text, TextStyle style, double gutter) {
        return rightToLeft ? Math.max(12, gutter - 12 - s.measure().width(text, style)) : 12;
    }

    /** A lane name on one line, or broken at a space onto two when it is too long and there is room. */
    private static String[] nameLines(Surface s, String name, double width, int maxLines) {
        if (maxLines < 2 || s.measure().width(name, TextStyle.LANE) <= width) {
            return new String[] {s.measure().fit(name, TextStyle.LANE, width)};
        }
        int cut = -1;
        for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
            if (s.measure().width(name.substring(0, i), TextStyle.LANE) <= width) {
                cut = i;
            }
        }
        if (cut < 0) {
            return new String[] {s.measure().fit(name, TextStyle.LANE, width)};
        }
        return new String[] {name.substring(0, cut), s.measure().fit(name.substring(cut + 1), TextStyle.LANE, width)};
    }

    private void paintAxis(TimelineLayout layout, Surface s, Theme theme) {
        double h = layout.plotTop();
        if (h <= 0) {
            return;
        }
        double w = layout.width();
        double plotLeft = layout.plotLeft();
        s.fillRect(0, 0, w, h, theme.axisBackground());
        s.line(0, h - 0.5, w, h - 0.5, theme.axisLine(), 1, null);
        s.pushClip(plotLeft, 0, Math.max(0, w - plotLeft), h);
        double upperBaseline = h * 0.25 + s.baselineOffset(TextStyle.AXIS_MAJOR);
        double lowerBaseline = h * 0.72 + s.baselineOffset(TextStyle.AXIS_MINOR);
        for (Axis.Tick t : layout.axis().major()) {
            s.line(t.x(), 0, t.x(), h, theme.gridMajor(), 1, null);
            if (!t.label().isEmpty()) {
                s.text(t.label(), t.labelX(), upperBaseline, TextStyle.AXIS_MAJOR, theme.axisMajorText());
            }
        }
        for (Axis.Tick t : layout.axis().minor()) {
            s.line(t.x(), h - 7, t.x(), h, theme.axisLine(), 1, null);
            if (!t.label().isEmpty()) {
                s.text(t.label(), t.labelX(), lowerBaseline, TextStyle.AXIS_MINOR, theme.axisText());
            }
        }
        for (TimeAxis.Break b : layout.axis().breaks()) {
            paintBreakInAxis(s, theme, b, h, upperBaseline, lowerBaseline);
        }
        s.popClip();
        if (plotLeft > 0) {
            s.fillRect(0, 0, plotLeft, h, theme.gutter());
            s.line(plotLeft, 0, plotLeft, h, theme.laneLine(), 1, null);
            s.line(0, h - 0.5, plotLeft, h - 0.5, theme.axisLine(), 1, null);
        }
    }
}
