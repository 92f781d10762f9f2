package app.corridor.layout;

import java.util.List;

/**
 * The time axis of one frame: the chosen tick unit, the lower row of ticks and the upper row
 * naming the enclosing units. All x are in canvas pixels.
 */
public record Axis(TickUnit unit, List<Tick> minor, List<Tick> major) {

    public Axis {
        minor = List.copyOf(minor);
        major = List.copyOf(major);
    }

    /**
     * A tick line at {@code x}; its label starts at {@code labelX} ("" when there is no room).
     *
     * @param epochDay the calendar boundary the tick marks
     */
    public record Tick(double x, long epochDay, String label, double labelX) {
    }
}
