package app.corridor.ui.timeline;

import app.corridor.model.EventKind;
import app.corridor.render.Rgba;
import app.corridor.render.Theme;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The kinds' colours as CSS tokens ({@code -corridor-kind-state-visit} and so on), defined once, from
 * the same {@link Theme} values the exports use: light on {@code .root}, dark on
 * {@code .root:dark}. Every node that shows a kind (legend, table, side panel, pickers, the
 * canvas) refers to the tokens, so switching themes restyles them all without rebuilding a node,
 * and a user stylesheet can override a kind's colour in one place.
 */
public final class KindColors {

    private KindColors() {
    }

    /** The CSS token of {@code kind}'s colour. */
    public static String token(EventKind kind) {
        return "-corridor-kind-" + kind.code();
    }

    /** The style class a node showing {@code kind} carries. */
    public static String styleClass(EventKind kind) {
        return "kind-" + kind.code();
    }

    /** The stylesheet text: the tokens, and the rules that colour {@code .kind-marker} shapes with them. */
    static String css() {
        StringBuilder sb = new StringBuilder();
        sb.append(".root {\n");
        tokens(sb, Theme.light());
        sb.append("}\n.root:dark {\n");
        tokens(sb, Theme.dark());
        sb.append("}\n");
        for (EventKind k : EventKind.values()) {
            sb.append(".kind-marker.").append(styleClass(k)).append(" { -fx-fill: ").append(token(k))
                    .append("; }\n");
            sb.append(".kind-marker.approximate.").append(styleClass(k)).append(" { -fx-fill: -color-bg-default; ")
                    .append("-fx-stroke: ").append(token(k)).append("; -fx-stroke-width: 1.6; }\n");
        }
        return sb.toString();
    }

    private static void tokens(StringBuilder sb, Theme theme) {
        for (EventKind k : EventKind.values()) {
            Rgba c = theme.color(k);
            sb.append("    ").append(token(k)).append(": ").append(c.toHex()).append(";\n");
        }
    }

    /** The stylesheet as a URL a scene can add to its stylesheets. */
    public static String stylesheet() {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css().getBytes(StandardCharsets.UTF_8));
    }
}
