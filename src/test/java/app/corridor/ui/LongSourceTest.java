package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Event;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;

/** The source viewer on a real source of 42 lines: the cited quote far down is scrolled into view. */
class LongSourceTest extends CuratedAppTest {

    @Test
    void aQuoteFarDownIsScrolledIntoViewOnTheLineItsCardCites() throws Exception {
        Event forum = fx.model().getDataset().events().stream().filter(e -> e.id().equals("belt-and-road-forum-3-2023-10"))
                .findFirst().orElseThrow();
        Quote quote = forum.quotes().get(1);
        Source source = fx.model().getDataset().source(quote.sourceId()).orElseThrow();
        String cited = QuoteCard.place(fx.model().getDataset().sourceTexts().get(source.id()), quote, app.corridor.i18n.Messages.english());
        int line = Integer.parseInt(cited.replaceAll("^Line (\\d+),.*", "$1"));
        assertThat(line).as("far enough down to need scrolling").isGreaterThan(20);
        interact(() -> fx.window().showInSource(source, quote));
        SourceViewer viewer = fx.window().sourceViewer();
        AppFixture.waitUntil(() -> viewer.stage().isShowing());
        ListCell<?> row = viewer.lines().lookupAll(".source-line").stream().map(n -> (ListCell<?>) n)
                .filter(c -> Integer.valueOf(line).equals(c.getItem()) && c.isVisible()).findFirst().orElseThrow();
        assertThat(((Label) row.lookup(".line-number")).getText()).isEqualTo(Integer.toString(line));
        Node mark = row.lookupAll(".text-mark").stream()
                .filter(n -> n.getStyleClass().contains(SourceDocument.TARGET)).findFirst().orElseThrow();
        Bounds marked = mark.localToScene(mark.getBoundsInLocal());
        Bounds list = viewer.lines().localToScene(viewer.lines().getLayoutBounds());
        assertThat(list.contains(marked)).as("the cited quote %s is inside %s", marked, list).isTrue();
        assertThat(viewer.highlightedText()).isEqualTo(quote.text());
        interact(() -> viewer.stage().close());
    }
}
