package app.corridor.ui;

import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Text flows whose search matches are marked, as the side panel shows titles, summaries and quotes. */
final class RichText {

    private RichText() {
    }

    /** A wrapping text flow of {@code text} with {@code words} highlighted; style classes on flow and runs. */
    static TextFlow flow(String text, List<String> words, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (Highlights.Run run : Highlights.split(text, words)) {
            Text t = new Text(run.text());
            t.getStyleClass().addAll("text", run.highlighted() ? "match" : "plain");
            flow.getChildren().add(t);
        }
        flow.setAccessibleText(text);
        return flow;
    }
}
