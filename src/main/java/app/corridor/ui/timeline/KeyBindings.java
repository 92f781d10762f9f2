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
     * @param shown how the shortcuts dialog writes them (the key's own cap: "Home", "←")
     */
    public record Binding(Command command, List<KeyCode> keys, String shown) {
        public Binding {
            keys = List.copyOf(keys);
        }

        /** The bundle key of what it does, for the dialog: "keys.previous". */
        public String what() {
            return "keys." + command.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A mouse or trackpad gesture, for the dialog (the behaviour implements them).
     *
     * @param name its bundle keys' stem: "gesture.NAME.how" says the gesture, "gesture.NAME.what" its effect
     */
    public record Gesture(String name) {
        public String shown() {
            return "gesture." + name + ".how";
        }

        public String what() {
            return "gesture." + name + ".what";
        }
    }

    public static final List<Binding> KEYS = List.of(
            new Binding(Command.PREVIOUS, List.of(KeyCode.LEFT, KeyCode.KP_LEFT), "\u2190"),
            new Binding(Command.NEXT, List.of(KeyCode.RIGHT, KeyCode.KP_RIGHT), "\u2192"),
            new Binding(Command.LANE_ABOVE, List.of(KeyCode.UP, KeyCode.KP_UP), "\u2191"),
            new Binding(Command.LANE_BELOW, List.of(KeyCode.DOWN, KeyCode.KP_DOWN), "\u2193"),
            new Binding(Command.FIRST, List.of(KeyCode.HOME), "Home"),
            new Binding(Command.LAST, List.of(KeyCode.END), "End"),
            new Binding(Command.ZOOM_IN, List.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD), "+"),
            new Binding(Command.ZOOM_OUT, List.of(KeyCode.MINUS, KeyCode.SUBTRACT), "\u2212"),
            new Binding(Command.FIT_ALL, List.of(KeyCode.DIGIT0, KeyCode.NUMPAD0), "0"),
            new Binding(Command.OPEN, List.of(KeyCode.ENTER), "Enter"),
            new Binding(Command.CLEAR_SELECTION, List.of(KeyCode.ESCAPE), "Esc"));

    public static final List<Gesture> GESTURES = List.of(new Gesture("wheel"), new Gesture("shift-wheel"),
            new Gesture("wheel-lanes"), new Gesture("drag"), new Gesture("drag-edge"), new Gesture("double-click"),
            new Gesture("cluster"), new Gesture("overview"));

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
