package app.corridor.layout;

/**
 * A lane's place in the frame.
 *
 * @param y        top, in canvas pixels (already scrolled)
 * @param rowsUsed how many event rows it shows at this zoom
 * @param clusters true when it has a row of clusters below its event rows
 */
public record LaneBox(Lane lane, double y, double height, int rowsUsed, boolean clusters) {
}
