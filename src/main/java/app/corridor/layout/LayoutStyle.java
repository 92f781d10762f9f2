package app.corridor.layout;

/**
 * The fixed measures of a timeline layout, in pixels.
 *
 * @param gutterWidth     the lane-name column on the left
 * @param axisHeight      the two axis rows at the top
 * @param rowHeight       one row of events
 * @param lanePadding     space above and below a lane's rows
 * @param markerRadius    half the size of a point marker (and the least half-width of a bar)
 * @param labelGap        between a marker and its label
 * @param itemGap         the least space between two items in a row
 * @param maxLabelWidth   longer titles are cut with an ellipsis (on screen, wide enough for any real title)
 * @param maxRowsPerLane  rows a lane may use before labels are shortened and then items merge into clusters
 * @param clusterWidth    width of one cluster column
 */
public record LayoutStyle(double gutterWidth, double axisHeight, double rowHeight, double lanePadding,
                          double markerRadius, double labelGap, double itemGap, double maxLabelWidth,
                          int maxRowsPerLane, double clusterWidth) {

    /** The measures used on screen and, by default, in exports. */
    public static LayoutStyle standard() {
        // Titles are written whole: one more row is better than a cut title.
        return new LayoutStyle(180, 46, 24, 6, 5.5, 5, 12, 900, 8, 36);
    }

    /**
     * The measures of a printed page: titles longer than 300 pixels wrap onto a second line (see
     * {@link ExportLayoutEngine}), where a screen would give them one long line.
     */
    public static LayoutStyle export() {
        return new LayoutStyle(180, 46, 24, 6, 5.5, 5, 12, 300, 4, 36);
    }

    /** These measures with lane headers {@code width} pixels wide. */
    public LayoutStyle withGutterWidth(double width) {
        return new LayoutStyle(width, axisHeight, rowHeight, lanePadding, markerRadius, labelGap, itemGap,
                maxLabelWidth, maxRowsPerLane, clusterWidth);
    }
}
