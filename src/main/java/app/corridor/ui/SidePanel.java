package app.corridor.ui;

import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Participation;
import app.corridor.model.PartialDate;
import app.corridor.model.Precision;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import app.corridor.ui.timeline.KindMarker;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: the selected event in full (title, date in words at its precision, kind,
 * place, actors that filter when clicked, summary, note on disputed facts) and the quotes behind
 * it as cards. Search matches are highlighted.
 */
final class SidePanel extends ScrollPane {

    private final AppModel model;
    private final BiConsumer<Source, Quote> showInSource;
    private final VBox content = new VBox(12);

    SidePanel(AppModel model, BiConsumer<Source, Quote> showInSource) {
        this.model = model;
        this.showInSource = showInSource;
        getStyleClass().add("side-panel");
        setId("side-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(16));
        // Long names must wrap, never widen the panel past its viewport.
        content.setMinWidth(0);
        content.getStyleClass().add("side-content");
        setContent(content);
        setMinWidth(280);
        setFocusTraversable(true);
        setAccessibleHelp(SidePanelText.HELP);
        model.selectedEventProperty().addListener((o, a, b) -> refresh());
        model.filterProperty().addListener((o, a, b) -> refresh());
        model.datasetProperty().addListener((o, a, b) -> refresh());
        model.darkProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        Event e = model.getSelectedEvent();
        Dataset d = model.getDataset();
        content.getChildren().clear();
        if (e == null || d == null) {
            showPlaceholder(d);
            setAccessibleText(SidePanelText.NONE_SELECTED);
        } else {
            showEvent(e, d);
            setAccessibleText(SidePanelText.describe(e, precisionNote(e)));
        }
        setVvalue(0);
    }

    /** What a screen reader hears when the panel takes the focus, and how to move through it. */
    private static final class SidePanelText {
        static final String NONE_SELECTED = "Event details: no event selected";
        static final String HELP = "Tab moves through the actors and each quote's Show in source and "
                + "Copy citation; arrows scroll; Escape goes back to the timeline.";

        static String describe(Event e, String precision) {
            StringBuilder sb = new StringBuilder("Event details: ").append(e.title()).append(", ")
                    .append(e.date().label());
            if (precision != null) {
                sb.append(" (").append(precision.toLowerCase(java.util.Locale.ROOT)).append(')');
            }
            sb.append(", ").append(e.kind().label());
            if (e.location() != null) {
                sb.append(", ").append(e.location());
            }
            sb.append(". ").append(e.summary());
            int n = e.quotes().size();
            sb.append(' ').append(n).append(n == 1 ? " source quoted." : " sources quoted.");
            return sb.toString();
        }
    }

    private void showPlaceholder(Dataset d) {
        Label title = new Label("No event selected");
        title.getStyleClass().add("placeholder-title");
        Label hint = new Label("Click an event on the timeline or in the table to read the sources behind it. "
                + "\u2190 \u2192 move through events in time, \u2191 \u2193 between lanes.");
        hint.setWrapText(true);
        hint.getStyleClass().add("placeholder-hint");
        content.getChildren().addAll(title, hint);
        if (d != null) {
            Label summary = new Label(d.title() + "\n" + d.events().size() + " events \u00b7 " + d.actors().size()
                    + " actors \u00b7 " + d.sources().size() + " sources");
            summary.getStyleClass().add("placeholder-hint");
            summary.setWrapText(true);
            content.getChildren().add(summary);
        }
    }

    private void showEvent(Event e, Dataset d) {
        List<String> words = Highlights.words(model.getFilter().text());
        Label kind = new Label(e.kind().label().toUpperCase(java.util.Locale.ROOT), KindMarker.node(e.kind(),
                app.corridor.render.TimelinePainter.isApproximate(e)));
        kind.getStyleClass().add("event-kind");
        var title = RichText.flow(e.title(), words, "event-title");
        title.setId("event-title");
        Label date = new Label(e.date().label());
        date.getStyleClass().add("event-date");
        date.setId("event-date");
        VBox header = new VBox(4, kind, title, date);
        String precision = precisionNote(e);
        if (precision != null) {
            Label p = new Label(precision);
            p.getStyleClass().add("event-precision");
            p.setWrapText(true);
            header.getChildren().add(p);
        }
        content.getChildren().add(header);
        if (e.location() != null) {
            content.getChildren().add(field("Where", new Label(e.location())));
        }
        if (!e.participants().isEmpty()) {
            content.getChildren().add(field("Who", actors(e, d)));
        }
        var summary = RichText.flow(e.summary(), words, "event-summary");
        content.getChildren().add(summary);
        if (e.note() != null) {
            Label noteTitle = new Label("Note on the record");
            noteTitle.getStyleClass().add("note-title");
            var note = RichText.flow(e.note(), words, "note-text");
            VBox box = new VBox(4, noteTitle, note);
            box.getStyleClass().add("event-note");
            content.getChildren().add(box);
        }
        Label sources = new Label(e.quotes().size() == 1 ? "Source" : "Sources (" + e.quotes().size() + ")");
        sources.getStyleClass().add("section-title");
        content.getChildren().add(sources);
        for (Quote q : e.quotes()) {
            Source s = d.source(q.sourceId()).orElseThrow();
            content.getChildren().add(new QuoteCard(e, q, s, d.sourceTexts().get(s.id()), words, showInSource));
        }
    }

    /** Words on what the date does not know: "Known only to the month", "approximate". */
    private static String precisionNote(Event e) {
        PartialDate s = e.date().start();
        StringBuilder sb = new StringBuilder();
        if (e.date().precision() == Precision.MONTH) {
            sb.append("Known to the month, not the day");
        } else if (e.date().precision() == Precision.YEAR) {
            sb.append("Known only to the year");
        }
        if (s.approximate() || e.date().end().approximate()) {
            sb.append(sb.isEmpty() ? "Approximate date" : "; approximate");
        }
        if (s.uncertain() || e.date().end().uncertain()) {
            sb.append(sb.isEmpty() ? "Uncertain date" : "; uncertain");
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** One line per actor: the name (in its own script too) as a link that filters, then the part. */
    private VBox actors(Event e, Dataset d) {
        VBox flow = new VBox(2);
        flow.getStyleClass().add("event-actors");
        for (Participation p : e.participants()) {
            Actor a = d.actor(p.actorId()).orElse(null);
            if (a == null) {
                continue;
            }
            Hyperlink link = new Hyperlink(a.name());
            link.getStyleClass().add("actor-link");
            link.setWrapText(true);
            link.setMinWidth(0);
            link.setAccessibleText(a.name() + ", " + p.part().label() + ". Show only this actor's events.");
            StringBuilder roles = new StringBuilder(p.part().label() + " \u00b7 " + a.country().label());
            a.roles().forEach(r -> roles.append('\n').append(r.label()));
            roles.append("\nClick to show only this actor's events");
            link.setTooltip(new Tooltip(roles.toString()));
            link.setOnAction(x -> model.filterToActor(a.id()));
            Label part = new Label(p.part().label().toLowerCase(java.util.Locale.ROOT));
            part.getStyleClass().add("actor-part");
            part.setMinWidth(USE_PREF_SIZE);
            HBox row = new HBox(4, link);
            if (a.nativeName() != null) {
                row.getChildren().add(NativeName.label(a.nativeName()));
            }
            row.getChildren().add(part);
            row.setAlignment(Pos.BASELINE_LEFT);
            row.getStyleClass().add("actor-row");
            flow.getChildren().add(row);
        }
        return flow;
    }

    private static VBox field(String name, javafx.scene.Node value) {
        Label label = new Label(name);
        label.getStyleClass().add("field-label");
        return new VBox(2, label, value);
    }
}
