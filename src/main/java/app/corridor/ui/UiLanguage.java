package app.corridor.ui;

import app.corridor.i18n.Language;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;

/**
 * How a window looks in its language: Urdu mirrored (right to left) and set in the bundled Naskh,
 * whose letters the usual sans-serif faces lack; Chinese in the bundled Noto Sans CJK SC, so it
 * shows on a machine without Chinese fonts. The time axis, and the timeline drawn on it, stay left
 * to right in every language (see the timeline's own orientation).
 */
final class UiLanguage {

    private UiLanguage() {
    }

    /** The stylesheet that sets the language's font, or null for English. */
    static String stylesheet(Language language) {
        return switch (language) {
            case URDU -> UiLanguage.class.getResource("/app/corridor/ui/lang-ur.css").toExternalForm();
            case CHINESE -> UiLanguage.class.getResource("/app/corridor/ui/lang-zh.css").toExternalForm();
            case ENGLISH -> null;
        };
    }

    static NodeOrientation orientation(Language language) {
        return language.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /** Mirrors {@code scene} for a right-to-left language and gives it the language's font. */
    static void apply(Scene scene, Language language) {
        scene.setNodeOrientation(orientation(language));
        String css = stylesheet(language);
        if (css != null && !scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /** The same for a dialog, whose pane lives in a scene of its own. */
    static void apply(Dialog<?> dialog, Language language) {
        dialog.getDialogPane().setNodeOrientation(orientation(language));
        String css = stylesheet(language);
        if (css != null && !dialog.getDialogPane().getStylesheets().contains(css)) {
            dialog.getDialogPane().getStylesheets().add(css);
        }
    }
}
