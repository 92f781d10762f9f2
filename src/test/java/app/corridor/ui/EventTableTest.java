package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.corridor.model.Event;
import app.corridor.model.EventDate;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

class EventTableTest extends RunningAppTest {

    @SuppressWarnings("unchecked")
    private TableView<Event> table() {
        return lookup("#event-table").queryAs(EventTable.class);
    }

    private void showTable(double width, double height) throws Exception {
        interact(() -> {
            fx.stage().setWidth(width);
            fx.stage().setHeight(height);
            fx.model().tableShownProperty().set(true);
        });
        AppFixture.waitUntil(() -> fx.window().scene().getWidth() == width && table().isVisible());
        interact(() -> {
            fx.window().scene().getRoot().applyCss();
            fx.window().scene().getRoot().layout();
        });
        AppFixture.waitUntil(() -> !table().lookupAll(".table-row-cell .table-cell").isEmpty());
    }

    /** The text a labelled node actually draws (its skin's text node), "…" and all. */
    static String drawnText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    private List<Labeled> cellsOf(String columnId) {
        TableColumn<?, ?> column = table().getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst()
                .orElseThrow();
        return table().lookupAll(".table-row-cell .table-cell").stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == column && c.getText() != null && c.isVisible())
                .map(c -> (Labeled) c).toList();
    }

    @Test
    void everyDateIsShownWholeEvenInTheSmallestWindowAndTheTitleTakesTheRest() throws Exception {
        for (double[] size : new double[][] {{900, 560}, {1600, 1000}}) {
            showTable(size[0], size[1]);
            List<Labeled> dates = cellsOf("date-column");
            assertThat(dates).hasSize(4);
            assertThat(dates).allSatisfy(cell -> assertThat(drawnText(cell)).as("width %s", size[0])
                    .isEqualTo(cell.getText()));
        }
        double others = table().getColumns().stream().filter(c -> !"title-column".equals(c.getId()))
                .mapToDouble(TableColumn::getWidth).sum();
        TableColumn<?, ?> title = table().getColumns().get(1);
        Node header = table().lookup(".column-header-background");
        double content = header.getLayoutBounds().getWidth();
        // The title fills the width left by the columns fitted to their content: no gap, no sideways scrolling.
        assertThat(others + title.getWidth()).isCloseTo(content, within(20.0));
        assertThat(table().getColumns()).allSatisfy(c -> assertThat(title.getWidth()).isGreaterThanOrEqualTo(c.getWidth()));
        // With room to spare, no column cuts its text.
        for (String column : List.of("title-column", "kind-column", "actors-column", "sources-column")) {
            assertThat(cellsOf(column)).allSatisfy(cell -> assertThat(drawnText(cell)).isEqualTo(cell.getText()));
        }
    }

    @Test
    void datesSortChronologicallyBothWays() throws Exception {
        showTable(1400, 860);
        assertThat(table().getItems()).extracting(Event::id)
                .containsExactly("president-b-visit", "second-conference", "letters-2024", "airport-opens");
        clickOn(table().lookup(".column-header .label"));
        assertThat(table().getSortOrder().get(0).getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(table().getItems()).extracting(Event::id)
                .containsExactly("airport-opens", "letters-2024", "second-conference", "president-b-visit");
    }

    /**
     * The rows are sorted by keys made once per row (the table's own comparator makes a property
     * per value compared, and compares text with the JDK's collator): each column both ways, two
     * columns at once, and none, give the order the table's own comparator gives, the selected
     * event still selected.
     */
    @Test
    void everyColumnSortsAsTheTablesOwnComparatorDoes() throws Exception {
        showTable(1400, 860);
        List<Event> rows = List.copyOf(fx.model().getFilteredEvents());
        Event selected = rows.get(1);
        interact(() -> fx.model().selectedEventProperty().set(selected));
        for (TableColumn<Event, ?> column : table().getColumns()) {
            for (TableColumn.SortType type : TableColumn.SortType.values()) {
                interact(() -> {
                    column.setSortType(type);
                    table().getSortOrder().setAll(List.of(column));
                });
                assertThat(table().getItems()).as("%s %s", column.getId(), type)
                        .containsExactlyElementsOf(sortedAsTheTableWould(rows));
                assertThat(table().getSelectionModel().getSelectedItem()).as("the selection kept").isSameAs(selected);
                assertThat(fx.model().getSelectedEvent()).isSameAs(selected);
            }
        }
        TableColumn<Event, ?> kind = table().getColumns().get(2);
        TableColumn<Event, ?> date = table().getColumns().get(0);
        interact(() -> {
            kind.setSortType(TableColumn.SortType.DESCENDING);
            date.setSortType(TableColumn.SortType.ASCENDING);
            table().getSortOrder().setAll(List.of(kind, date));
        });
        assertThat(table().getItems()).as("by kind, then date").containsExactlyElementsOf(sortedAsTheTableWould(rows));
        interact(() -> table().getSortOrder().clear());
        assertThat(table().getItems()).as("unsorted: in time order").containsExactlyElementsOf(rows);
    }

    private List<Event> sortedAsTheTableWould(List<Event> rows) {
        List<Event> sorted = new java.util.ArrayList<>(rows);
        sorted.sort(table().getComparator());
        return sorted;
    }

    @Test
    void partialDatesSortByTheirFirstDayAFinerDateFirst() {
        List<String> sorted = Stream.of("2024-06-04/2024-06-08", "2024-06", "2024", "2024-06-01", "2024-05-31",
                        "2023-12~")
                .map(EventDate::parse).sorted(EventTable.DATE_ORDER).map(EventDate::toEdtf).toList();
        // "2024" is all of 2024: it stands at 1 January, before May; "June 2024" after 1 June, before the 4th.
        assertThat(sorted).containsExactly("2023-12~", "2024", "2024-05-31", "2024-06-01", "2024-06",
                "2024-06-04/2024-06-08");
        assertThat(Stream.of("2024-06", "2024-06-01").map(EventDate::parse).max(EventTable.DATE_ORDER).orElseThrow()
                .toEdtf()).isEqualTo("2024-06");
    }

    @Test
    void theTableHasANameAndHelpForScreenReaders() throws Exception {
        showTable(1400, 860);
        assertThat((String) table().queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo("Events table");
        assertThat(table().getAccessibleHelp()).contains("Up and Down");
    }
}
