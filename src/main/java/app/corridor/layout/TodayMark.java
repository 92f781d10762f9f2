package app.corridor.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the today line is drawn so that it never runs over a label, a marker or a cluster's count:
 * the pieces of the vertical line between the items it would cross, and a free place for its
 * "Today" tag beside it.
 *
 * @param segments {@code [top, bottom]} pieces of the line, top to bottom
 * @param tagX     left of the tag, or NaN when no free place was found
 * @param tagTop   top of the tag's box
 */
public record TodayMark(double x, List<double[]> segments, double tagX, double tagTop) {

    /** Space kept between the line and what it skips, and between the line and its tag. */
    static final double CLEARANCE = 3;

    /**
     * The mark for {@code layout}'s today line with a tag {@code tagWidth × tagHeight}, or null
     * when today is not in view.
     */
    public static TodayMark place(TimelineLayout layout, double tagWidth, double tagHeight) {
        double x = layout.todayX();
        if (Double.isNaN(x)) {
            return null;
        }
        double top = layout.plotTop();
        double bottom = layout.height();
        // Items crossed by the line, and items near it that the tag could hit.
        List<double[]> crossed = new ArrayList<>();
        List<double[]> near = new ArrayList<>();
        double reachLeft = x - tagWidth - 2 * CLEARANCE;
        double reachRight = x + tagWidth + 2 * CLEARANCE;
        List<double[]> boxes = new ArrayList<>();
        for (ItemBox b : layout.items()) {
            boxes.add(new double[] {b.hitLeft() - CLEARANCE, b.y() + 2, b.hitRight() + CLEARANCE, b.y() + b.height() - 2});
        }
        // Zoomed out over many events, the last column of clusters ends at today: the tag sat on a count.
        for (ClusterBox c : layout.clusters()) {
            boxes.add(new double[] {c.x() - CLEARANCE, c.y(), c.x() + c.width() + CLEARANCE, c.y() + c.height()});
        }
        for (double[] box : boxes) {
            if (box[0] <= x && box[2] >= x) {
                crossed.add(box);
            }
            if (box[2] >= reachLeft && box[0] <= reachRight) {
                near.add(box);
            }
        }
        crossed.sort(Comparator.comparingDouble(b -> b[1]));
        List<double[]> segments = new ArrayList<>();
        double at = top;
        for (double[] b : crossed) {
            if (b[1] > at) {
                segments.add(new double[] {at, Math.min(b[1], bottom)});
            }
            at = Math.max(at, b[3]);
        }
        if (at < bottom) {
            segments.add(new double[] {at, bottom});
        }
        // The tag: right of the line where the canvas has room, else left; at the first free height.
        boolean right = x + CLEARANCE + tagWidth <= layout.width() - 2;
        double tagX = right ? x + CLEARANCE + 1 : x - CLEARANCE - 1 - tagWidth;
        List<Double> tops = new ArrayList<>();
        tops.add(top + 2);
        near.forEach(b -> tops.add(b[3] + 1));
        tops.sort(Double::compare);
        for (double t : tops) {
            if (t + tagHeight > bottom) {
                break;
            }
            boolean free = true;
            for (double[] b : near) {
                if (b[0] < tagX + tagWidth && b[2] > tagX && b[1] < t + tagHeight && b[3] > t) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return new TodayMark(x, segments, tagX, t);
            }
        }
        return new TodayMark(x, segments, Double.NaN, Double.NaN);
    }

    /**
     * The pieces of the line reaching between {@code top} and {@code bottom}, top to bottom: a strip
     * or sheet of a tall export draws only these (at 100,000 events the line has thousands).
     */
    public List<double[]> segmentsBetween(double top, double bottom) {
        int low = 0;
        int high = segments.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (segments.get(mid)[1] < top) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int end = low;
        while (end < segments.size() && segments.get(end)[0] <= bottom) {
            end++;
        }
        return segments.subList(low, end);
    }
}
