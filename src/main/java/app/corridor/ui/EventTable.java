package app.corridor.ui;

import app.corridor.i18n.ActorNames;
import app.corridor.i18n.DateWords;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Terms;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.Source;
import app.corridor.ui.timeline.KindMarker;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * The filtered events as a sortable table (date, title, kind, actors, sources): the accessible way
 * to browse, and the way to scan many events at once. Selection is shared with the timeline.
 *
 * <p>The date and kind columns are as wide as their longest entry in the dataset, measured in the
 * cells' own font ("20 February 2025" is never cut); actors and sources as wide as their content up
 * to a cap; the title takes the rest. Dates sort chronologically by the model's order: by the first
 * day they could mean, a finer date first on the same day ({@link EventDate#compareTo}).
 */
final class EventTable extends TableView<Event> {

    /** Chronological: by the first day a date could mean, then finer precision, then the last day. */
    static final Comparator<EventDate> DATE_ORDER = EventDate::compareTo;

    private static final double TITLE_MIN = 160;
    /** The share of the width the title gets before the capped columns are given their whole content. */
    private static final double TITLE_SHARE = 0.35;
    private static final double KIND_MIN = 100;
    private static final double TEXT_MIN = 80;
    private static final double ACTORS_MAX = 280;
    private static final double SOURCES_MAX = 260;
    /** Room for the header's sort arrow beside its name. */
    private static final double SORT_ARROW = 22;

    private final AppModel model;
    private final Messages words;
    private final DateWords dates;
    private final Terms terms;
    /** Text columns sort as the window's language orders words (JavaFX's default: the system's, the JDK's way). */
    private final Collator collator;
    /** The filtered events, in time order: the rows before the headers sort them. */
    private List<Event> rows = List.of();
    private final TableColumn<Event, EventDate> date = new TableColumn<>();
    private final TableColumn<Event, String> title = new TableColumn<>();
    private final TableColumn<Event, EventKind> kind = new TableColumn<>();
    private final TableColumn<Event, String> actors = new TableColumn<>();
    private final TableColumn<Event, String> sources = new TableColumn<>();
    private final Label placeholder = new Label();
    private boolean syncing;
    /** The filter changed while the table was hidden: its rows are the old ones. */
    private boolean rowsStale;
    private Map<String, String> sourceTitles = Map.of();
    /** The columns need measuring again (new data, or the font was not known yet). */
    private boolean widthsDirty = true;
    private Font measuredWith;

    EventTable(AppModel model) {
        this.model = model;
        this.words = model.words();
        this.dates = DateWords.of(model.language());
        this.terms = Terms.of(model.language());
        this.collator = Collator.getInstance(ULocale.forLocale(model.language().locale())).freeze();
        date.setText(words.get("table.date"));
        title.setText(words.get("table.title"));
        kind.setText(words.get("table.kind"));
        actors.setText(words.get("table.actors"));
        sources.setText(words.get("table.sources"));
        placeholder.setText(words.get("timeline.empty.title"));
        setId("event-table");
        getStyleClass().add("event-table");
        setAccessibleText(words.get("table.name"));
        setAccessibleHelp(words.get("table.help"));
        placeholder.setId("table-placeholder");
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);

        date.setId("date-column");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EventDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : dates.label(item));
            }
        });
        date.setComparator(DATE_ORDER);

        title.setId("title-column");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setCellFactory(c -> TextCell.leftToRight());
        title.setComparator(collator::compare);

        kind.setId("kind-column");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        kind.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EventKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : terms.kind(item));
                setGraphic(empty || item == null ? null : KindMarker.node(item));
            }
        });
        kind.setComparator(Comparator.comparing(terms::kind, collator));

        actors.setId("actors-column");
        actors.setCellValueFactory(c -> new ReadOnlyStringWrapper(actorNames(c.getValue())));
        actors.setCellFactory(c -> new TextCell());
        actors.setComparator(collator::compare);
        sources.setId("sources-column");
        sources.setCellValueFactory(c -> new ReadOnlyStringWrapper(sourceTitles(c.getValue())));
        sources.setCellFactory(c -> TextCell.leftToRight());
        sources.setComparator(collator::compare);

        getColumns().setAll(List.of(date, title, kind, actors, sources));
        setColumnResizePolicy(new TitleTakesTheRest());
        // The table sorts by keys made once per row (see showRows), not by its own comparator: that
        // one reads each value through a new property at each of 1.7 million comparisons for
        // 100,000 rows, and the JDK's collator compares text the slow way.
        setSortPolicy(table -> {
            showRows();
            return true;
        });
        setItems(FXCollections.observableArrayList());
        getSortOrder().add(date);

        // A hidden table (the timeline is shown) takes new rows only when it is shown again: sorting
        // 100,000 rows on every filter change would cost the timeline its frames.
        model.filteredEventsProperty().addListener((o, a, events) -> {
            rowsStale = true;
            if (isVisible()) {
                takeRows();
            }
        });
        visibleProperty().addListener((o, a, shown) -> {
            if (shown && rowsStale) {
                takeRows();
            } else if (shown) {
                selectFromModel();
            }
        });
        // The window builds its table when it is first shown, so the data may be in already.
        takeDataset(model.datasetProperty().get());
        takeRows();
        model.datasetProperty().addListener((o, a, d) -> takeDataset(d));
        showPlaceholder();
        model.searchFeedbackProperty().addListener((o, a, b) -> showPlaceholder());
        getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (!syncing && e != null) {
                model.selectedEventProperty().set(e);
            }
        });
        model.selectedEventProperty().addListener((o, a, e) -> selectFromModel());
    }

    /**
     * Shows the rows in the order the headers ask for ({@link #getSortOrder()}, each column ascending
     * or descending as its comparator orders it), the selection kept.
     */
    private void showRows() {
        List<Event> order = sorted(rows);
        syncing = true;
        getItems().setAll(order);
        syncing = false;
        selectFromModel();
    }

    /** A row with its value for each column it is sorted by. */
    private record Keyed(Event event, Comparable<Object>[] keys) {
    }

    /**
     * {@code events} in the order of the sorting columns, by the values each column compares,
     * made once per row: a date, a kind's place among the kinds' names, text's collation key (the
     * order the collator gives, compared as bytes). A stable sort: rows alike keep their time order.
     */
    @SuppressWarnings("unchecked")
    private List<Event> sorted(List<Event> events) {
        List<TableColumn<Event, ?>> by = List.copyOf(getSortOrder());
        if (by.isEmpty()) {
            return events;
        }
        List<Function<Event, Comparable<?>>> keyOf = by.stream().map(this::keyOf).toList();
        Keyed[] keyed = new Keyed[events.size()];
        for (int i = 0; i < keyed.length; i++) {
            Event e = events.get(i);
            Comparable<Object>[] keys = new Comparable[by.size()];
            for (int c = 0; c < keys.length; c++) {
                keys[c] = (Comparable<Object>) keyOf.get(c).apply(e);
            }
            keyed[i] = new Keyed(e, keys);
        }
        Comparator<Keyed> order = null;
        for (int c = 0; c < by.size(); c++) {
            int column = c;
            Comparator<Keyed> byColumn = (a, b) -> a.keys()[column].compareTo(b.keys()[column]);
            if (by.get(c).getSortType() == TableColumn.SortType.DESCENDING) {
                byColumn = byColumn.reversed();
            }
            order = order == null ? byColumn : order.thenComparing(byColumn);
        }
        Arrays.sort(keyed, order);
        return Arrays.stream(keyed).map(Keyed::event).toList();
    }

    /** What {@code column}'s comparator orders an event by, as a value that compares the same way. */
    private Function<Event, Comparable<?>> keyOf(TableColumn<Event, ?> column) {
        if (column == date) {
            return Event::date; // its natural order is DATE_ORDER
        }
        if (column == kind) {
            int[] rank = kindRanks();
            return e -> rank[e.kind().ordinal()];
        }
        Function<Event, String> text = column == title ? Event::title
                : column == actors ? this::actorNames : this::sourceTitles;
        return e -> collator.getCollationKey(text.apply(e));
    }

    /** Each kind's place in the order of their names (kinds named alike share one, as the column finds them equal). */
    private int[] kindRanks() {
        List<EventKind> byName = Arrays.stream(EventKind.values())
                .sorted(Comparator.comparing(terms::kind, collator)).toList();
        int[] rank = new int[byName.size()];
        for (int i = 0; i < rank.length; i++) {
            boolean alike = i > 0 && collator.compare(terms.kind(byName.get(i)), terms.kind(byName.get(i - 1))) == 0;
            rank[byName.get(i).ordinal()] = alike ? rank[byName.get(i - 1).ordinal()] : i;
        }
        return rank;
    }

    private void takeDataset(Dataset d) {
        widthsDirty = true;
        sourceTitles = d == null ? Map.of() : d.sources().stream()
                .collect(Collectors.toMap(Source::id, Source::title,
                        (x, y) -> x));
        requestLayout();
    }

    private void takeRows() {
        rowsStale = false;
        rows = List.copyOf(model.getFilteredEvents());
        showRows();
    }

    /** "No match for “zanzibar”" when a search word found nothing, else that nothing matches. */
    private void showPlaceholder() {
        String feedback = model.searchFeedbackProperty().get();
        placeholder.setText(feedback == null ? words.get("timeline.empty.title") : feedback);
    }

    /**
     * Measures the columns once the cells' font is known (deferred work done at layout, not in a
     * runLater), and only when the table is shown.
     */
    @Override
    protected void layoutChildren() {
        Font font = cellFont();
        if (font != null && isVisible() && (widthsDirty || !font.equals(measuredWith))) {
            fitColumns(font);
            getColumnResizePolicy().call(new ResizeFeatures<>(this, null, 0.0));
        }
        super.layoutChildren();
    }

    /** The font the cells are drawn in, from a cell or the header once CSS has given it; null before. */
    private Font cellFont() {
        Node cell = lookup(".table-row-cell .table-cell");
        if (cell instanceof Labeled l) {
            return l.getFont();
        }
        Node header = lookup(".column-header .label");
        return header instanceof Labeled l ? l.getFont() : null;
    }

    private void fitColumns(Font font) {
        Dataset d = model.getDataset();
        measuredWith = font;
        widthsDirty = false;
        // Every event of the dataset, not just the filtered ones: widths do not jump as filters change.
        List<Event> all = d == null ? rows : d.events();
        double padding = cellPadding();
        // A label per date and per kind, not per event: 100,000 events share far fewer of either.
        Set<EventDate> eventDates = new HashSet<>();
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        EventDate last = null;
        for (Event e : all) {
            if (!e.date().equals(last)) { // events come in time order: equal dates side by side
                last = e.date();
                eventDates.add(last);
            }
            kinds.add(e.kind());
        }
        date.setPrefWidth(fit(font, date, eventDates.stream().map(dates::label).toList(), padding,
                Double.MAX_VALUE));
        date.setMinWidth(date.getPrefWidth());
        double marker = 18;
        kind.setPrefWidth(fit(font, kind, kinds.stream().map(terms::kind).toList(), padding + marker,
                Double.MAX_VALUE));
        kind.setMinWidth(Math.min(kind.getPrefWidth(), KIND_MIN));
        // Capped columns read their rows lazily: the widest allowed is usually reached in the first few.
        actors.setPrefWidth(fit(font, actors, () -> all.stream().map(this::actorNames).iterator(), padding,
                ACTORS_MAX));
        actors.setMinWidth(TEXT_MIN);
        sources.setPrefWidth(fit(font, sources, () -> all.stream().map(this::sourceTitles).iterator(), padding,
                SOURCES_MAX));
        sources.setMinWidth(TEXT_MIN);
        title.setMinWidth(TITLE_MIN);
    }

    /** The width of the widest entry (or of the header with its sort arrow), capped at {@code max}. */
    private static double fit(Font font, TableColumn<Event, ?> column, Iterable<String> entries, double padding,
                              double max) {
        Text probe = new Text();
        probe.setFont(font);
        probe.setText(column.getText());
        double widest = probe.getLayoutBounds().getWidth() + SORT_ARROW;
        // An entry this wide makes the column its widest allowed, whatever the others are.
        double enough = max - padding - 2;
        return Math.min(max, Math.ceil(Math.max(widest, WidestText.width(entries, probe, enough) + padding)) + 2);
    }

    /** Left and right padding of a cell, as the theme sets it. */
    private double cellPadding() {
        Node cell = lookup(".table-row-cell .table-cell");
        if (cell instanceof javafx.scene.layout.Region r) {
            return r.snappedLeftInset() + r.snappedRightInset();
        }
        return 16;
    }

    private void selectFromModel() {
        if (!isVisible()) {
            return; // done when shown: finding a row among 100,000 is a scan
        }
        Event e = model.getSelectedEvent();
        syncing = true;
        if (e == null) {
            getSelectionModel().clearSelection();
        } else if (getSelectionModel().getSelectedItem() != e) {
            getSelectionModel().select(e);
            int row = getItems().indexOf(e);
            if (row >= 0) {
                scrollTo(Math.max(0, row - 3));
            }
        }
        syncing = false;
    }

    /** Looked up by id in maps: the dataset's own lookups scan every actor and source. */
    private String actorNames(Event e) {
        return e.participants().stream()
                .map(p -> {
                    Actor a = model.actorLookup().apply(p.actorId());
                    return a == null ? p.actorId() : ActorNames.primary(a, model.language());
                })
                .collect(Collectors.joining(words.get("list.separator")));
    }

    private String sourceTitles(Event e) {
        return e.quotes().stream().map(q -> q.sourceId()).distinct()
                .map(id -> sourceTitles.getOrDefault(id, id))
                .collect(Collectors.joining("; "));
    }

    /** A text cell that shows its whole text as a tooltip when the column cuts it. */
    private static final class TextCell extends TableCell<Event, String> {
        TextCell() {
        }

        /** A cell of the dataset's own (English) words: left to right in a right-to-left window too. */
        static TextCell leftToRight() {
            TextCell cell = new TextCell();
            cell.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            return cell;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            Tips.set(this, empty ? null : item);
        }
    }

    /**
     * The column policy: every column at its measured (or dragged) width, the title taking what is
     * left, and at least a third of the table: to give it that, actors and sources narrow first (in
     * proportion), then the kind, toward their minimums; the date never. Only when even the minimums
     * do not fit does the table scroll sideways.
     */
    private final class TitleTakesTheRest implements Callback<ResizeFeatures, Boolean> {

        @Override
        public Boolean call(ResizeFeatures features) {
            TableColumn<?, ?> dragged = features.getColumn();
            if (dragged != null && dragged != title) {
                dragged.setPrefWidth(Math.max(dragged.getMinWidth(), dragged.getWidth() + features.getDelta()));
            }
            double available = features.getContentWidth();
            double[] widths = {date.getPrefWidth(), kind.getPrefWidth(), actors.getPrefWidth(), sources.getPrefWidth()};
            double[] mins = {date.getMinWidth(), kind.getMinWidth(), actors.getMinWidth(), sources.getMinWidth()};
            double wanted = Math.max(TITLE_MIN, available * TITLE_SHARE);
            double rest = available - sum(widths);
            // Actors and sources give way first, in proportion to what each can give; then the kind; the date never.
            rest += giveWay(widths, mins, new int[] {2, 3}, wanted - rest);
            rest += giveWay(widths, mins, new int[] {1}, wanted - rest);
            features.setColumnWidth(date, widths[0]);
            features.setColumnWidth(kind, widths[1]);
            features.setColumnWidth(actors, widths[2]);
            features.setColumnWidth(sources, widths[3]);
            features.setColumnWidth(title, Math.max(TITLE_MIN, Math.floor(rest)));
            return true;
        }

        /** Narrows the columns {@code which} toward their minimums, sharing {@code needed}; returns what they gave. */
        private static double giveWay(double[] widths, double[] mins, int[] which, double needed) {
            double slack = 0;
            for (int i : which) {
                slack += Math.max(0, widths[i] - mins[i]);
            }
            if (needed <= 0 || slack <= 0) {
                return 0;
            }
            double part = Math.min(1, needed / slack);
            double given = 0;
            for (int i : which) {
                double give = Math.max(0, widths[i] - mins[i]) * part;
                widths[i] -= give;
                given += give;
            }
            return given;
        }

        private static double sum(double[] values) {
            double s = 0;
            for (double v : values) {
                s += v;
            }
            return s;
        }
    }
}
