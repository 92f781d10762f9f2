package app.corridor.render;

import app.corridor.i18n.Messages;
import app.corridor.layout.ItemBox;
import app.corridor.layout.ItemShape;
import app.corridor.layout.TimelineLayout;
import app.corridor.model.Event;
import app.corridor.model.Precision;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * How an event's date is drawn, besides its kind: what a legend explains. The screen's legend and
 * every export list only the encodings their events use.
 */
public enum LegendEncoding {
    POINT("point"),
    BAR("bar"),
    SPAN("span"),
    APPROXIMATE("approximate"),
    UNCERTAIN("uncertain");

    /** What an uncertain date's title carries after it. */
    public static final String UNCERTAIN_MARK = " (?)";

    private final String code;

    LegendEncoding(String code) {
        this.code = code;
    }

    /** A stable name, for style classes and SVG groups. */
    public String code() {
        return code;
    }

    /** What it means, in English: "known day". */
    public String label() {
        return label(Messages.english());
    }

    /** What it means in {@code messages}' language: "known day", "已知具体日期", "معلوم دن". */
    public String label(Messages messages) {
        return messages.get("legend." + code);
    }

    /** The encodings a drawing of {@code events} can use, whatever the zoom: by their dates. */
    public static Set<LegendEncoding> of(Collection<Event> events) {
        Set<LegendEncoding> used = EnumSet.noneOf(LegendEncoding.class);
        for (Event e : events) {
            if (e.date().precision() != Precision.DAY) {
                used.add(SPAN);
            } else {
                used.add(e.date().isInterval() ? BAR : POINT);
            }
            if (TimelinePainter.isApproximate(e)) {
                used.add(APPROXIMATE);
            }
            if (TimelinePainter.isUncertain(e)) {
                used.add(UNCERTAIN);
            }
            if (used.size() == ALL) {
                break; // 100,000 events seldom need reading to the end
            }
        }
        return used;
    }

    private static final int ALL = values().length;

    /** The encodings {@code layout} actually draws (a bar too short for its marker reads as a point). */
    public static Set<LegendEncoding> drawn(TimelineLayout layout) {
        Set<LegendEncoding> drawn = EnumSet.noneOf(LegendEncoding.class);
        double r = layout.style().markerRadius();
        for (ItemBox box : layout.items()) {
            ItemShape shape = TimelinePainter.drawnShape(box, r);
            drawn.add(shape == ItemShape.POINT ? POINT : shape == ItemShape.BAR ? BAR : SPAN);
            if (TimelinePainter.isApproximate(box.event())) {
                drawn.add(APPROXIMATE);
            }
            if (TimelinePainter.isUncertain(box.event())) {
                drawn.add(UNCERTAIN);
            }
        }
        return drawn;
    }
}
