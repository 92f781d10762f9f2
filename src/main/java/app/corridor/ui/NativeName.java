package app.corridor.ui;

import app.corridor.render.BundledFace;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.control.Label;
import javafx.scene.text.Font;

/**
 * A name in its own script, as a label set in a font that can draw it. Urdu needs letters (such as
 * ہ) that the usual sans-serif fallbacks lack, which breaks the joining of the whole word, so
 * Corridor bundles a Naskh face (Noto Naskh Arabic with Latin added); and Noto Sans CJK SC (a GB2312 subset), so Chinese shows on a
 * machine without Chinese fonts.
 */
public final class NativeName {


    private NativeName() {
    }

    /** Loads the bundled fonts; call once, off the UI thread (it reads a file). */
    static void loadFonts() {
        for (BundledFace face : List.of(BundledFace.ARABIC, BundledFace.CJK)) {
            try (InputStream in = NativeName.class.getResourceAsStream(face.resource())) {
                if (in != null) {
                    Font.loadFont(in, 13);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
