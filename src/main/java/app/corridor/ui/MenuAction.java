package app.corridor.ui;

import javafx.scene.input.KeyCombination;

/** Every menu command, with its label and accelerator; menus are built from these by one factory. */
enum MenuAction {
    OPEN_DATASET("Open dataset\u2026", "Shortcut+O"),
    OPEN_FOLDER("Open dataset folder\u2026", "Shortcut+Shift+O"),
    EXPORT("Export image\u2026", "Shortcut+E"),
    EXPORT_DATA("Export data\u2026", "Shortcut+Shift+E"),
    QUIT("Quit", "Shortcut+Q"),
    ZOOM_IN("Zoom in", "Shortcut+Equals"),
    ZOOM_OUT("Zoom out", "Shortcut+Minus"),
    FIT_ALL("Fit all", "Shortcut+0"),
    LANES_KIND("Lanes by kind", "Shortcut+1"),
    LANES_COUNTRY("Lanes by country", "Shortcut+2"),
    LANES_ACTOR("Lanes by actor", "Shortcut+3"),
    SHOW_TABLE("Show table", "Shortcut+T"),
    SHOW_OVERVIEW("Overview strip", null),
    AXIS_BREAKS("Break long empty stretches in Fit all", null),
    SHOW_SIDE_PANEL("Side panel", "Shortcut+I"),
    LIGHT_THEME("Light theme", null),
    DARK_THEME("Dark theme", null),
    FIND("Search", "Shortcut+F"),
    CLEAR_FILTERS("Clear filters", "Shortcut+Shift+C"),
    SHORTCUTS("Keyboard shortcuts", "F1"),
    ABOUT("About Corridor", null);

    private final String label;
    private final String accelerator;

    MenuAction(String label, String accelerator) {
        this.label = label;
        this.accelerator = accelerator;
    }

    String label() {
        return label;
    }

    KeyCombination accelerator() {
        return accelerator == null ? null : KeyCombination.keyCombination(accelerator);
    }

    /** "Ctrl+E" as the platform shows it, for the shortcuts list. */
    String acceleratorText() {
        return accelerator == null ? "" : accelerator().getDisplayText();
    }
}
