package app.corridor.ui;

import app.corridor.i18n.ActorNames;
import app.corridor.i18n.DateWords;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Terms;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Participation;
import app.corridor.model.PartialDate;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: the selected event in full (title, date in words at its precision, kind,
 * place, actors that filter when clicked, summary, note on disputed facts) and the quotes behind
 * it as cards. Search matches are highlighted.
 */
final class SidePanel extends ScrollPane {

    private final AppModel model;
    private final Messages words;
    private final DateWords dates;
    private final Terms terms;
    private final BiConsumer<Source, Quote> showInSource;
    private final VBox content = new VBox(12);
    /** The search words the shown event is highlighted with; null while no event is shown. */
    private List<String> highlighted;

    SidePanel(AppModel model, BiConsumer<Source, Quote> showInSource) {
        this.model = model;
        this.words = model.words();
        this.dates = DateWords.of(model.language());
        this.terms = Terms.of(model.language());
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
        setAccessibleHelp(words.get("side.help"));
        model.selectedEventProperty().addListener((o, a, b) -> refresh());
        // Only the search words matter here: a filter change keeps what is read, and where.
        model.filterProperty().addListener((o, a, b) -> {
            if (highlighted != null && !highlighted.equals(Highlights.words(b.text()))) {
                double at = getVvalue();
                refresh();
                setVvalue(at);
            }
        });
        model.datasetProperty().addListener((o, a, b) -> refresh());
        model.darkProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        Event e = model.getSelectedEvent();
        Dataset d = model.getDataset();
        content.getChildren().clear();
        highlighted = null;
        if (e == null || d == null) {
            showPlaceholder(d);
            setAccessibleText(words.get("side.none-selected"));
        } else {
            showEvent(e, d);
            setAccessibleText(describe(e, precisionNote(e)));
        }
        setVvalue(0);
    }

    /** What a screen reader hears when the panel takes the focus: the event as one sentence. */
    private String describe(Event e, String precision) {
        String date = precision == null ? dates.label(e.date())
                : words.get("side.describe.date-precision", dates.label(e.date()),
                precision.toLowerCase(model.language().locale()));
        String what = e.location() == null ? words.get("side.describe.what", e.title(), date, terms.kind(e.kind()))
                : words.get("side.describe.what-where", e.title(), date, terms.kind(e.kind()), e.location());
        return words.get("side.describe", what, e.summary(), e.quotes().size());
    }

    private void showPlaceholder(Dataset d) {
        Label title = new Label(words.get("side.placeholder.title"));
        title.getStyleClass().add("placeholder-title");
        boolean rtl = model.language().rightToLeft();
        var hint = Paragraph.of(words.get("side.placeholder.hint"), rtl, "placeholder-hint");
        content.getChildren().addAll(title, hint);
        if (d != null) {
            Label dataset = new Label(d.title());
            dataset.getStyleClass().add("placeholder-hint");
            dataset.setWrapText(true);
            dataset.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
            dataset.setMaxWidth(Double.MAX_VALUE);
            dataset.setAlignment(rtl ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            var summary = Paragraph.of(words.get("side.placeholder.dataset", d.events().size(), d.actors().size(),
                    d.sources().size()), rtl, "placeholder-hint");
            content.getChildren().add(new VBox(dataset, summary));
        }
    }

    private void showEvent(Event e, Dataset d) {
        List<String> searchWords = Highlights.words(model.getFilter().text());
        highlighted = searchWords;
        Label kind = new Label(terms.kind(e.kind()).toUpperCase(model.language().locale()), KindMarker.node(e.kind(),
                app.corridor.render.TimelinePainter.isApproximate(e)));
        kind.getStyleClass().add("event-kind");
        var title = RichText.flow(e.title(), searchWords, "event-title");
        // The dataset's own words (English): set left to right whatever the window's direction.
        title.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        title.setId("event-title");
        Label date = new Label(dates.label(e.date()));
        date.getStyleClass().add("event-date");
        date.setId("event-date");
        VBox header = new VBox(4, kind, title, date);
        String precision = precisionNote(e);
        if (precision != null) {
            header.getChildren().add(Paragraph.of(precision, model.language().rightToLeft(), "event-precision"));
        }
        content.getChildren().add(header);
        if (e.location() != null) {
            content.getChildren().add(field(words.get("side.where"), new Label(e.location())));
        }
        if (!e.participants().isEmpty()) {
            content.getChildren().add(field(words.get("side.who"), actors(e, d)));
        }
        var summary = RichText.flow(e.summary(), searchWords, "event-summary");
        summary.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        content.getChildren().add(summary);
        if (e.note() != null) {
            Label noteTitle = new Label(words.get("side.note"));
            noteTitle.getStyleClass().add("note-title");
            var note = RichText.flow(e.note(), searchWords, "note-text");
            note.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
            VBox box = new VBox(4, noteTitle, note);
            box.getStyleClass().add("event-note");
            content.getChildren().add(box);
        }
        Label sources = new Label(words.get("side.sources", e.quotes().size()));
        sources.getStyleClass().add("section-title");
        content.getChildren().add(sources);
        for (Quote q : e.quotes()) {
            Source s = d.source(q.sourceId()).orElseThrow();
            content.getChildren().add(new QuoteCard(e, q, s, d.sourceTexts().get(s.id()), searchWords, showInSource,
                    words));
        }
    }

    /** Words on what the date does not know: "Known only to the month", "approximate". */
    private String precisionNote(Event e) {
        PartialDate s = e.date().start();
        String precision = switch (e.date().precision()) {
            case MONTH -> "month";
            case YEAR -> "year";
            case DAY -> "day";
        };
        boolean approximate = s.approximate() || e.date().end().approximate();
        boolean uncertain = s.uncertain() || e.date().end().uncertain();
        if (precision.equals("day") && !approximate && !uncertain) {
            return null;
        }
        return words.get("side.precision", precision, approximate ? "yes" : "no", uncertain ? "yes" : "no");
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
            Hyperlink link = new Hyperlink(ActorNames.primary(a, model.language()));
            link.getStyleClass().add("actor-link");
            link.setWrapText(true);
            link.setMinWidth(0);
            link.setAccessibleText(words.get("side.actor", ActorNames.primary(a, model.language()),
                    terms.part(p.part())));
            StringBuilder roles = new StringBuilder(words.get("side.actor.part-country", terms.part(p.part()),
                    terms.country(a.country())));
            a.roles().forEach(r -> roles.append('\n').append(r.label()));
            roles.append('\n').append(words.get("side.actor.click"));
            Tips.set(link, roles.toString());
            link.setOnAction(x -> model.filterToActor(a.id()));
            Label part = new Label(terms.part(p.part()).toLowerCase(model.language().locale()));
            part.getStyleClass().add("actor-part");
            part.setMinWidth(USE_PREF_SIZE);
            HBox row = new HBox(4, link);
            String second = ActorNames.secondary(a, model.language());
            if (second != null) {
                row.getChildren().add(NativeName.label(second));
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
