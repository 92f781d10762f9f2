package app.corridor.layout;

import app.corridor.model.Event;
import java.util.List;
import java.util.Optional;

/**
 * One frame of the timeline, fully positioned and immutable: what the painter draws and what hit
 * tests ask. Coordinates are canvas pixels; lanes are already scrolled by {@code scrollY}; items
 * and clusters are only those in view.
 *
 * @param contentHeight the height of all lanes, for a scroll bar
 * @param todayX        x of today's date, or NaN when it is not in view
 * @param laneItemStart for lane i, the index in {@code items} of its first item ({@code lanes.size()+1} entries)
 */
public record TimelineLayout(TimeScale scale, double width, double height, double scrollY, double contentHeight,
                             LayoutStyle style, Axis axis, List<LaneBox> lanes, List<ItemBox> items,
                             List<ClusterBox> clusters, int[] laneItemStart, double todayX) {

    public TimelineLayout {
        lanes = List.copyOf(lanes);
        items = List.copyOf(items);
        clusters = List.copyOf(clusters);
    }

    /** Left edge of the time plot (right of the lane names). */
    public double plotLeft() {
        return style.gutterWidth();
    }

    /** Top of the lanes area (below the axis). */
    public double plotTop() {
        return style.axisHeight();
    }

    /** True when there is nothing to draw: no event passed the filters. */
    public boolean isEmpty() {
        return lanes.isEmpty();
    }

    /**
     * The item under {@code (x, y)}: the lane by binary search on y, then the lane's items by
     * binary search on x and a short scan, no per-event scene nodes involved.
     */
    public Optional<ItemBox> itemAt(double x, double y) {
        int lane = laneAt(y);
        if (lane < 0 || x < plotLeft()) {
            return Optional.empty();
        }
        // Items of a lane are in start order; a hit lies within maxLabel + marker of its start.
        int from = laneItemStart[lane];
        int to = laneItemStart[lane + 1];
        double reach = style.maxLabelWidth() + 4 * style.markerRadius() + style.labelGap();
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items.get(mid).x0() < x - reach) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        ItemBox best = null;
        for (int i = lo; i < to; i++) {
            ItemBox box = items.get(i);
            // A label drawn left of its marker reaches back as far as a label reaches forward.
            if (box.x0() > x + reach) {
                break;
            }
            if (box.contains(x, y)) {
                best = box; // later items are drawn on top
            }
        }
        // Long bars and spans can start far left of x: they are few, check them too.
        if (best == null) {
            for (int i = from; i < lo; i++) {
                if (items.get(i).contains(x, y)) {
                    best = items.get(i);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The cluster under {@code (x, y)}, if any. */
    public Optional<ClusterBox> clusterAt(double x, double y) {
        return clusters.stream().filter(c -> c.contains(x, y)).findFirst();
    }

    /** The box of {@code event} (its first lane's), if it is in view. */
    public Optional<ItemBox> boxOf(Event event) {
        return items.stream().filter(b -> b.event().id().equals(event.id())).findFirst();
    }

    /** The lane index at {@code y}, or -1. */
    public int laneAt(double y) {
        if (y < plotTop()) {
            return -1;
        }
        int lo = 0;
        int hi = lanes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            LaneBox lane = lanes.get(mid);
            if (y < lane.y()) {
                hi = mid - 1;
            } else if (y >= lane.y() + lane.height()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
