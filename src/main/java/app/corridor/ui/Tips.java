package app.corridor.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made the first time the pointer comes over their control. A {@link Tooltip} is a popup
 * window with a scene of its own, styled as it is made: the main window's tooltips took about a tenth
 * of its build, and list cells made one at every update, though a reader sees few of them.
 */
public final class Tips {

    /** The widest a tip is before its text wraps: help that runs one line across a small screen is cut. */
    static final double MAX_WIDTH = 480;

    /** The control's tip text, in its properties; present once {@link #set} watches the control. */
    private static final String TEXT = "corridor-tip-text";

    private Tips() {
    }

    /**
     * Shows {@code text} as the tooltip of {@code control}, or none when it is null or empty. The text
     * is also the control's help for screen readers, which a tooltip gives them when there is no other.
     */
    public static void set(Control control, String text) {
        String tip = text == null || text.isEmpty() ? null : text;
        control.setAccessibleHelp(tip);
        boolean watched = control.getProperties().containsKey(TEXT);
        control.getProperties().put(TEXT, tip);
        Tooltip made = control.getTooltip();
        if (made != null) {
            if (tip == null) {
                control.setTooltip(null);
            } else {
                made.setText(tip);
            }
        }
        if (!watched) {
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, Tips::entered);
        }
    }

    /** Gives {@code control} the tooltip {@code make} makes, the first time the pointer comes over it. */
    public static void onFirstHover(Control control, Supplier<Tooltip> make) {
        EventHandler<MouseEvent> once = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                control.setTooltip(make.get());
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, once);
    }

    /** The text {@link #set} gave {@code control}: what its tooltip shows, made or not yet. */
    public static String of(Control control) {
        return (String) control.getProperties().get(TEXT);
    }

    private static void entered(MouseEvent e) {
        Control control = (Control) e.getSource();
        String tip = of(control);
        if (tip != null && control.getTooltip() == null) {
            Tooltip made = new Tooltip(tip);
            made.setWrapText(true);
            made.setMaxWidth(MAX_WIDTH);
            control.setTooltip(made);
        }
    }
}
