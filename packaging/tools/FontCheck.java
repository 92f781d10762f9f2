import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that Chinese and Urdu names render with real glyphs, not boxes ("tofu"), in JavaFX's
 * default font on this machine: shows them in a window titled "Corridor font check" (for a
 * screenshot), draws each letter alone, and calls the names tofu-free when no two different letters
 * come out as the same picture (a missing glyph is drawn as the same empty box whatever the letter).
 * Exits 0 when both names pass, 1 otherwise. Used by packaging/test-deb.sh and
 * test-fresh-debian.sh, with the installed app's runtime:
 *
 * <pre>/opt/corridor/lib/runtime/bin/java -cp DIR FontCheck [SECONDS_TO_STAY_OPEN]</pre>
 */
public class FontCheck extends Application {

    static final String CHINESE = "\u4e60\u8fd1\u5e73";                                  // 习近平
    static final String URDU = "\u0622\u0635\u0641 \u0639\u0644\u06cc \u0632\u0631\u062f\u0627\u0631\u06cc"; // آصف علی زرداری

    @Override
    public void start(Stage stage) {
        VBox box = new VBox(12,
                label("Xi Jinping \u2014 " + CHINESE, 28),
                label("Asif Ali Zardari \u2014 " + URDU, 28),
                label(CHINESE + " \u00b7 " + URDU + " (13 px)", 13),
                label("JavaFX " + System.getProperty("javafx.runtime.version") + ", Java " + System.getProperty("java.version")
                        + " (" + System.getProperty("java.home") + "), default font " + Font.getDefault().getName(), 12));
        box.setPadding(new Insets(20));
        stage.setTitle("Corridor font check");
        stage.setScene(new Scene(box, 860, 230));
        stage.show();

        boolean chinese = report("Chinese", CHINESE);
        boolean urdu = report("Urdu", URDU);
        int code = chinese && urdu ? 0 : 1;
        List<String> args = getParameters().getRaw();
        double seconds = args.isEmpty() ? 0 : Double.parseDouble(args.get(0));
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep((long) (seconds * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(() -> System.exit(code));
        });
        closer.setDaemon(true);
        closer.start();
    }

    /** Prints whether every distinct letter of {@code text} has a picture of its own. */
    private static boolean report(String name, String text) {
        Map<String, List<String>> byPicture = new HashMap<>();
        int blank = 0;
        for (int cp : text.codePoints().distinct().filter(c -> !Character.isWhitespace(c)).toArray()) {
            String letter = new String(Character.toChars(cp));
            Text t = new Text(letter);
            t.setFont(Font.font(Font.getDefault().getFamily(), 40));
            Image img = t.snapshot(null, null);
            String key = fingerprint(img);
            if (key.isEmpty()) {
                blank++;
            }
            byPicture.computeIfAbsent(key, k -> new ArrayList<>()).add(letter);
        }
        List<List<String>> same = byPicture.values().stream().filter(l -> l.size() > 1).toList();
        boolean ok = same.isEmpty() && blank == 0;
        System.out.println("FontCheck: " + name + " " + text + ": "
                + (ok ? "ok, every letter has its own glyph" : "TOFU: letters drawn alike " + same + (blank > 0 ? ", " + blank + " blank" : "")));
        return ok;
    }

    /** The image's pixels as a string, or "" when nothing is drawn. */
    private static String fingerprint(Image img) {
        PixelReader r = img.getPixelReader();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        boolean inked = false;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = r.getArgb(x, y);
                argb[y * w + x] = p;
                inked |= (p & 0xffffff) != 0xffffff && (p >>> 24) != 0;
            }
        }
        return inked ? w + "x" + h + ":" + Arrays.hashCode(argb) : "";
    }

    private static Label label(String text, double size) {
        Label l = new Label(text);
        l.setFont(Font.font(Font.getDefault().getFamily(), size));
        return l;
    }

    public static void main(String[] args) {
        launch(args);
    }
}
