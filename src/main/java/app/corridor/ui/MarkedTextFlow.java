package app.corridor.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A text flow that paints background marks behind stretches of its text, as a highlighter pen
 * does: a {@link Text} has no background of its own. Each style class of mark is one unmanaged
 * {@link Path} behind the text (the flow lays out only managed children, so the paths take no
 * room and do not shift character offsets), rebuilt from {@link TextFlow#rangeShape} at every
 * layout, so the marks follow the text as it wraps.
 */
final class MarkedTextFlow extends TextFlow {

    private List<TextMark> marks = List.of();
    private final Map<String, Path> layers = new LinkedHashMap<>();

    MarkedTextFlow(Node... children) {
        super(children);
    }

    /** Replaces the marks; a later style class is painted over an earlier one. */
    void setMarks(List<TextMark> newMarks) {
        marks = List.copyOf(newMarks);
        getChildren().removeAll(layers.values());
        layers.clear();
        for (TextMark m : marks) {
            layers.computeIfAbsent(m.styleClass(), MarkedTextFlow::newLayer);
        }
        getChildren().addAll(0, layers.values());
        requestLayout();
    }

    List<TextMark> marks() {
        return marks;
    }

    /** The text of the flow's {@link Text} runs, as the marks' offsets count it. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (Node n : getChildren()) {
            if (n instanceof Text t && t.isManaged()) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }

    /** The painted shape of the marks of {@code styleClass} (empty when there are none). */
    Path layer(String styleClass) {
        Path p = layers.get(styleClass);
        return p == null ? new Path() : p;
    }

    private static Path newLayer(String styleClass) {
        Path p = new Path();
        p.setManaged(false);
        p.setMouseTransparent(true);
        p.setStroke(null);
        p.getStyleClass().addAll("text-mark", styleClass);
        return p;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (Map.Entry<String, Path> layer : layers.entrySet()) {
            List<PathElement> shape = new ArrayList<>();
            for (TextMark m : marks) {
                if (m.styleClass().equals(layer.getKey())) {
                    shape.addAll(List.of(rangeShape(m.start(), m.end())));
                }
            }
            layer.getValue().getElements().setAll(shape);
        }
    }
}
