package app.corridor.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text flows whose search matches are marked, as the side panel shows titles, summaries and quotes:
 * a match gets a highlighter's background (style class {@code mark-match}) and its run the style
 * class {@code match}, never the link colour, so a match does not look clickable.
 */
final class RichText {

    /** The style class of the background mark behind a search match. */
    static final String MATCH_MARK = "mark-match";

    private RichText() {
    }

    /** A wrapping text flow of {@code text} with {@code words} highlighted; style classes on flow and runs. */
    static TextFlow flow(String text, List<String> words, String styleClass) {
        MarkedTextFlow flow = new MarkedTextFlow();
        flow.getStyleClass().add(styleClass);
        List<TextMark> marks = new ArrayList<>();
        int offset = 0;
        for (Highlights.Run run : Highlights.split(text, words)) {
            Text t = new Text(run.text());
            t.getStyleClass().addAll("text", run.highlighted() ? "match" : "plain");
            flow.getChildren().add(t);
            if (run.highlighted()) {
                marks.add(new TextMark(offset, offset + run.text().length(), MATCH_MARK));
            }
            offset += run.text().length();
        }
        flow.setMarks(marks);
        flow.setAccessibleText(text);
        return flow;
    }
}
