package app.corridor.ui;

import app.corridor.i18n.Messages;
import javafx.scene.input.KeyCombination;

/** Every menu command, with its accelerator (its label is in the bundles); menus are built from these by one factory. */
enum MenuAction {
    OPEN_DATASET("Shortcut+O"),
    OPEN_FOLDER("Shortcut+Shift+O"),
    EXPORT("Shortcut+E"),
    EXPORT_DATA("Shortcut+Shift+E"),
    QUIT("Shortcut+Q"),
    ZOOM_IN("Shortcut+Equals"),
    ZOOM_OUT("Shortcut+Minus"),
    FIT_ALL("Shortcut+0"),
    LANES_KIND("Shortcut+1"),
    LANES_COUNTRY("Shortcut+2"),
    LANES_ACTOR("Shortcut+3"),
    SHOW_TABLE("Shortcut+T"),
    SHOW_OVERVIEW(null),
    AXIS_BREAKS(null),
    SHOW_SIDE_PANEL("Shortcut+I"),
    LIGHT_THEME(null),
    DARK_THEME(null),
    FIND("Shortcut+F"),
    CLEAR_FILTERS("Shortcut+Shift+C"),
    SHORTCUTS("F1"),
    ABOUT(null);

    private final String accelerator;

    MenuAction(String accelerator) {
        this.accelerator = accelerator;
    }

    /** The command's name in {@code words}' language: "Open dataset…", "打开数据集…". */
    String label(Messages words) {
        return words.get(key());
    }

    /** Its bundle key: "menu.open-dataset". */
    String key() {
        return "menu." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    KeyCombination accelerator() {
        return accelerator == null ? null : KeyCombination.keyCombination(accelerator);
    }

    /** "Ctrl+E" as the platform shows it, for the shortcuts list. */
    String acceleratorText() {
        return accelerator == null ? "" : accelerator().getDisplayText();
    }
}
