package app.corridor.layout;

import java.util.List;

/**
 * The time axis of one frame: the chosen tick unit, the lower row of ticks, the upper row
 * naming the enclosing units, and the breaks where empty years are left out. All x are in canvas
 * pixels.
 */
public record Axis(TickUnit unit, List<Tick> minor, List<Tick> major, List<TimeAxis.Break> breaks) {

    public Axis {
        minor = List.copyOf(minor);
        major = List.copyOf(major);
        breaks = List.copyOf(breaks);
    }

    /** A continuous axis (no breaks), as the screen draws it. */
    public Axis(TickUnit unit, List<Tick> minor, List<Tick> major) {
        this(unit, minor, major, List.of());
    }

    /**
     * A tick line at {@code x}; its label starts at {@code labelX} ("" when there is no room).
     *
     * @param epochDay the calendar boundary the tick marks
     */
    public record Tick(double x, long epochDay, String label, double labelX) {
    }
}
