package app.corridor.ui;

import app.corridor.i18n.Language;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import app.corridor.i18n.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;

/**
 * How a window looks in its language: Urdu mirrored (right to left) and set in the bundled Naskh,
 * whose letters the usual sans-serif faces lack; Chinese in the bundled Noto Sans CJK SC, so it
 * shows on a machine without Chinese fonts. The time axis, and the timeline drawn on it, stay left
 * to right in every language (see the timeline's own orientation).
 */
final class UiLanguage {

    private UiLanguage() {
    }

    /**
     * A dialog button in the window's language. JavaFX names its own buttons (Cancel, Close, OK) in
     * the system's language, and has no Urdu.
     */
    static ButtonType button(Messages words, ButtonBar.ButtonData data) {
        String key = switch (data) {
            case CANCEL_CLOSE -> "button.cancel";
            case OK_DONE -> "button.ok";
            default -> "button.close";
        };
        return new ButtonType(words.get(key), data);
    }

    /** A dialog's Close button. */
    static ButtonType close(Messages words) {
        return new ButtonType(words.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
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
        // Setting a scene's orientation runs a whole CSS pass at once (a fifth of the window's
        // build at start): only when it changes what the scene shows.
        if (scene.getEffectiveNodeOrientation() != orientation(language)) {
            scene.setNodeOrientation(orientation(language));
        }
        String css = stylesheet(language);
        if (css != null && !scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /**
     * The same for a dialog, whose pane lives in a scene of its own. In a right-to-left language its
     * content text is set as a {@link Paragraph}, since JavaFX wraps right-to-left text wrongly.
     */
    static void apply(Dialog<?> dialog, Language language) {
        DialogPane pane = dialog.getDialogPane();
        pane.setNodeOrientation(orientation(language));
        String css = stylesheet(language);
        if (css != null && !pane.getStylesheets().contains(css)) {
            pane.getStylesheets().add(css);
        }
        if (language.rightToLeft()) {
            Runnable asParagraph = () -> {
                String text = pane.getContentText();
                if (pane.getContent() == null && text != null && !text.isEmpty()) {
                    Paragraph p = new Paragraph(text);
                    p.setMaxWidth(Math.max(360, pane.getPrefWidth() > 0 ? pane.getPrefWidth() - 40 : 560));
                    pane.setContent(p);
                } else if (pane.getContent() instanceof Paragraph p) {
                    p.setText(text);
                }
            };
            pane.contentTextProperty().addListener((o, a, b) -> asParagraph.run());
            asParagraph.run();
        }
    }
}
