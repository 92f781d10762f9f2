package app.corridor.ui.timeline;

import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The timeline's keys and mouse gestures in one table: {@link TimelineBehavior} acts on it and the
 * shortcuts dialog lists it, so the two cannot disagree.
 */
public final class KeyBindings {

    /** Zoom per key press or menu command. */
    public static final double ZOOM_STEP = 1.5;
    /** Zoom per notch of a mouse wheel. */
    public static final double WHEEL_ZOOM_PER_NOTCH = 1.25;
    /** Zoom of a double-click on empty plot. */
    public static final double DOUBLE_CLICK_ZOOM = 2;

    /** What a key does on the timeline. */
    public enum Command {
        PREVIOUS, NEXT, LANE_ABOVE, LANE_BELOW, FIRST, LAST, ZOOM_IN, ZOOM_OUT, FIT_ALL, OPEN, CLEAR_SELECTION
    }

    /**
     * Keys bound to a command.
     *
     * @param keys  the keys (with no modifier) that run it
     * @param shown how the shortcuts dialog writes them
     * @param what  what it does, for the dialog
     */
    public record Binding(Command command, List<KeyCode> keys, String shown, String what) {
        public Binding {
            keys = List.copyOf(keys);
        }
    }

    /** A mouse or trackpad gesture, for the dialog (the behaviour implements them). */
    public record Gesture(String shown, String what) {
    }

    public static final List<Binding> KEYS = List.of(
            new Binding(Command.PREVIOUS, List.of(KeyCode.LEFT, KeyCode.KP_LEFT), "\u2190", "Previous event in time"),
            new Binding(Command.NEXT, List.of(KeyCode.RIGHT, KeyCode.KP_RIGHT), "\u2192", "Next event in time"),
            new Binding(Command.LANE_ABOVE, List.of(KeyCode.UP, KeyCode.KP_UP), "\u2191",
                    "Nearest event in the lane above"),
            new Binding(Command.LANE_BELOW, List.of(KeyCode.DOWN, KeyCode.KP_DOWN), "\u2193",
                    "Nearest event in the lane below"),
            new Binding(Command.FIRST, List.of(KeyCode.HOME), "Home", "First event"),
            new Binding(Command.LAST, List.of(KeyCode.END), "End", "Last event"),
            new Binding(Command.ZOOM_IN, List.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD), "+", "Zoom in"),
            new Binding(Command.ZOOM_OUT, List.of(KeyCode.MINUS, KeyCode.SUBTRACT), "\u2212", "Zoom out"),
            new Binding(Command.FIT_ALL, List.of(KeyCode.DIGIT0, KeyCode.NUMPAD0), "0", "Fit all events"),
            new Binding(Command.OPEN, List.of(KeyCode.ENTER), "Enter", "Show the selected event in the side panel"),
            new Binding(Command.CLEAR_SELECTION, List.of(KeyCode.ESCAPE), "Esc", "Clear the selection"));

    public static final List<Gesture> GESTURES = List.of(
            new Gesture("Mouse wheel, pinch", "Zoom around the pointer"),
            new Gesture("Shift + wheel, sideways scroll", "Move in time"),
            new Gesture("Wheel over the lane names", "Scroll the lanes"),
            new Gesture("Drag, two-finger scroll", "Move in time and scroll the lanes"),
            new Gesture("Drag the edge of the lane names", "Resize them"),
            new Gesture("Double-click", "Zoom in (on an event: open it)"),
            new Gesture("Click a cluster", "Zoom into the events it holds"),
            new Gesture("Overview: drag the window, its edges", "Move, resize the view"));

    private KeyBindings() {
    }

    /** The command a key press runs, if any (keys with Ctrl, Alt or Meta belong to the menus). */
    static Optional<Command> commandFor(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return Optional.empty();
        }
        for (Binding b : KEYS) {
            if (b.keys().contains(e.getCode())) {
                return Optional.of(b.command());
            }
        }
        return Optional.empty();
    }
}
