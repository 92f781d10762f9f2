package app.corridor.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.control.Label;
import javafx.scene.text.Font;

/**
 * A name in its own script, as a label set in a font that can draw it. Urdu needs letters (such as
 * ہ) that the usual sans-serif fallbacks lack, which breaks the joining of the whole word, so
 * Corridor bundles Noto Naskh Arabic; Chinese falls back to the system's CJK font.
 */
public final class NativeName {

    private static final String NASKH = "/app/corridor/render/fonts/NotoNaskhArabic-Regular.ttf";

    private NativeName() {
    }

    /** Loads the bundled fonts; call once, off the UI thread (it reads a file). */
    static void loadFonts() {
        try (InputStream in = NativeName.class.getResourceAsStream(NASKH)) {
            if (in != null) {
                Font.loadFont(in, 13);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A label for {@code text} with the style class of its script ({@code script-arabic}, {@code script-cjk}). */
    public static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("native-name", scriptClass(text));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    static String scriptClass(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.ARABIC) {
                return "script-arabic";
            }
            if (script == Character.UnicodeScript.HAN) {
                return "script-cjk";
            }
            i += Character.charCount(cp);
        }
        return "script-other";
    }
}
