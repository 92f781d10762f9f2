package app.corridor.ui.edit;

import app.corridor.curate.Edit;
import app.corridor.curate.EditRefusedException;
import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Terms;
import app.corridor.model.Coded;
import app.corridor.model.EventKind;
import app.corridor.model.Part;
import app.corridor.ui.Tips;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The event form beside the timeline: the event the timeline selects (or one found by name, or a
 * new one), every field of it, its actors chosen with a searchable picker (a new actor added
 * inline), and its quotes, each with where it stands in its source, attached by selecting words
 * in the source viewer or typed and checked as they are typed. Each committed field is one edit.
 */
final class EventEditor extends VBox {

    private final CuratorModel curator;
    private final EditorHost host;
    private final Messages words;
    private final Terms terms;
    private final EventFormModel form;
    private final TypedQuoteModel typed;
    private final Form fields = new Form();
    private final Label state = new Label();
    private final ComboBox<EventKind> kind = new ComboBox<>();
    private final VBox actorRows = new VBox(4);
    private final VBox quoteRows = new VBox(8);
    private final ComboBox<SourceDto> quoteSource = new ComboBox<>();
    private final TextArea typedQuote = Form.paragraph(3);
    private final Label typedCheck = Form.hint("typed-check");
    private final Button attachTyped;
    private final HBox creatingButtons;
    private final Button duplicate;
    private final Button delete;
    private final NewActorPane newActor;
    private final ScrollPane scroll;
    private String currentId;
    private boolean loading;
    /** True from "New event" until the event is added or given up: the form is then the curator's. */
    private boolean creatingNew;

    EventEditor(CuratorModel curator, EditorHost host) {
        super(8);
        this.curator = curator;
        this.host = host;
        this.words = curator.words();
        this.terms = Terms.of(words.language());
        this.form = new EventFormModel(words);
        this.typed = new TypedQuoteModel(curator);
        getStyleClass().add("event-editor");
        setId("event-editor");

        Picker<EventDto> find = new Picker<>(words.get("edit.event.find"), this::eventsMatching,
                e -> e.title() + (e.date() == null ? "" : " \u00b7 " + e.date()), e -> {
                    show(e.id());
                    host.selectEvent(e.id());
                });
        find.field().setId("find-event");
        Button newEvent = button(words.get("edit.event.new"), words.get("edit.event.new.help"), "new-event");
        newEvent.setOnAction(e -> newEvent(null));
        duplicate = button(words.get("edit.event.duplicate"), words.get("edit.event.duplicate.help"), "duplicate-event");
        duplicate.setOnAction(e -> duplicate());
        delete = button(words.get("edit.event.delete"), words.get("edit.event.delete.help"), "delete-event");
        delete.setOnAction(e -> delete());
        HBox actions = new HBox(6, newEvent, duplicate, delete);
        HBox.setHgrow(find, Priority.ALWAYS);

        state.getStyleClass().add("editor-state");
        state.setWrapText(true);
        // Its whole text on as many lines as it needs: the form below takes the rest, never this.
        state.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        state.setId("event-state");

        TextField title = fields.add("title", words.get("edit.field.title"), new TextField());
        title.textProperty().bindBidirectional(form.titleProperty());
        Form.commitOn(title, this::commit);

        DateField date = fields.add("date", words.get("edit.field.date"),
                new DateField(words.get("edit.field.date.prompt"), form.datePreviewProperty(),
                        form.dateAcceptedProperty()));
        date.field().setId("edit-date-text");
        date.field().textProperty().bindBidirectional(form.dateProperty());
        Form.commitOn(date.field(), this::commit);

        kind.getItems().setAll(EventKind.values());
        kind.setConverter(converter(k -> terms.kind(k)));
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setPromptText(words.get("edit.field.kind.prompt"));
        fields.add("kind", words.get("edit.field.kind"), kind);
        kind.valueProperty().addListener((o, a, k) -> {
            if (!loading) {
                form.kindProperty().set(k == null ? null : k.code());
                commit();
            }
        });

        TextField location = fields.add("location", words.get("edit.field.location"), new TextField());
        location.setPromptText(words.get("edit.field.location.prompt"));
        location.textProperty().bindBidirectional(form.locationProperty());
        Form.commitOn(location, this::commit);

        newActor = new NewActorPane(curator, this::addNewActor);
        Picker<ActorChoices.Choice> actorPicker = new Picker<>(words.get("edit.actor.find"), this::actorsMatching,
                this::choiceText, this::chooseActor);
        actorPicker.field().setId("add-actor");
        fields.add("actors", words.get("edit.field.actors"), new VBox(6, actorRows, actorPicker, newActor));

        TextArea summary = fields.add("summary", words.get("edit.field.summary"), Form.paragraph(4));
        summary.textProperty().bindBidirectional(form.summaryProperty());
        Form.commitOn(summary, this::commit);

        TextArea note = fields.add("note", words.get("edit.field.note"), Form.paragraph(3));
        note.setPromptText(words.get("edit.field.note.prompt"));
        note.textProperty().bindBidirectional(form.noteProperty());
        Form.commitOn(note, this::commit);

        attachTyped = button(words.get("edit.quote.attach"), null, "attach-typed");
        fields.add("quotes", words.get("edit.field.quotes"), new VBox(8, quoteRows, addQuote()));

        TextField id = fields.add("id", words.get("edit.field.id"), Form.latin(new TextField()));
        Tips.set(id, words.get("edit.field.id.help"));
        id.textProperty().bindBidirectional(form.idProperty());
        Form.commitOn(id, this::commit);

        Button add = button(words.get("edit.event.add"), null, "add-event");
        add.getStyleClass().add("accent");
        add.setDefaultButton(false);
        add.setOnAction(e -> add());
        Button cancel = button(words.get("edit.event.cancel"), null, "cancel-event");
        cancel.setOnAction(e -> show(null));
        creatingButtons = new HBox(6, add, cancel);
        creatingButtons.managedProperty().bind(creatingButtons.visibleProperty());

        form.actors().addListener((javafx.collections.ListChangeListener<ParticipationDto>) c -> showActors());
        form.quotes().addListener((javafx.collections.ListChangeListener<QuoteDto>) c -> showQuotes());

        scroll = Form.scroller(fields);
        scroll.setId("event-fields-scroll");
        scroll.getStyleClass().add("edit-scroll");
        // Above the form, so adding never needs a scroll to the end of it.
        getChildren().addAll(find, actions, state, creatingButtons, scroll);
        show(null);
    }

    // ---- which event ------------------------------------------------------------------------------

    /** Shows the event {@code id} of the document; null: none. */
    void show(String id) {
        currentId = id;
        creatingNew = false;
        newActor.close();
        reload(curator.getDocument());
    }

    /** A new event; with {@code quote}, starting from it ("New event from this quote"). */
    void newEvent(QuoteDto quote) {
        currentId = null;
        creatingNew = true;
        loading = true;
        if (quote == null) {
            form.load(null);
        } else {
            form.loadNew(quote);
        }
        kind.setValue(null);
        loading = false;
        DatasetDto shown = curator.getDocument();
        form.setTakenIds(() -> ids(shown));
        showCreating(true);
        state.setText(words.get("edit.event.creating"));
        fields.field("title").requestFocus();
    }

    /** The document changed (an edit, undo, redo): the form shows the event as it now is. */
    void documentChanged(DatasetDto document) {
        if (creatingNew) {
            sourcesChanged(document);
            form.setTakenIds(() -> ids(document));
            showActors();
            showQuotes();
            return; // a new event being written is the curator's until it is added
        }
        reload(document);
    }

    private void reload(DatasetDto document) {
        EventDto e = find(document, currentId);
        loading = true;
        form.load(e);
        kind.setValue(e == null ? null : Coded.fromCode(EventKind.class, e.kind()).orElse(null));
        loading = false;
        sourcesChanged(document);
        showCreating(false);
        boolean shown = e != null;
        fields.setVisible(shown);
        fields.setManaged(shown);
        duplicate.setDisable(!shown);
        delete.setDisable(!shown);
        state.setText(shown ? "" : words.get(currentId == null ? "edit.event.none" : "edit.event.gone"));
        state.setVisible(!shown);
        state.setManaged(!shown);
        showActors();
        showQuotes();
    }

    private void showCreating(boolean creating) {
        creatingButtons.setVisible(creating);
        fields.setVisible(true);
        fields.setManaged(true);
        state.setVisible(creating);
        state.setManaged(creating);
        duplicate.setDisable(creating);
        delete.setDisable(creating);
    }

    private void sourcesChanged(DatasetDto document) {
        SourceDto chosen = quoteSource.getValue();
        List<SourceDto> sources = document == null || document.sources() == null ? List.of() : document.sources();
        quoteSource.getItems().setAll(sources);
        if (chosen != null) {
            sources.stream().filter(s -> s.id().equals(chosen.id())).findFirst().ifPresent(quoteSource::setValue);
        }
    }

    /** The id of the event shown (null for none, or a new one), and its title, for the source viewer. */
    String eventId() {
        return creatingNew ? null : currentId;
    }

    String eventTitle() {
        String t = form.titleProperty().get();
        return t.isBlank() ? words.get("edit.event.untitled") : t;
    }

    boolean isShowingEvent() {
        return currentId != null || creatingNew;
    }

    /** Attaches {@code quote} (words selected in the source viewer) to the event shown. */
    boolean attach(QuoteDto quote) {
        if (creatingNew) {
            form.quotes().add(quote);
            return true;
        }
        return currentId != null && curator.apply(new Edit.PutQuote(currentId, -1, quote));
    }

    /** Replaces quote {@code index} of the event shown (its ends moved in the source viewer). */
    boolean replaceQuote(int index, QuoteDto quote) {
        if (creatingNew) {
            form.quotes().set(index, quote);
            return true;
        }
        return currentId != null && curator.apply(new Edit.PutQuote(currentId, index, quote));
    }

    /** Puts the focus on the field of {@code path} ({@code date}, {@code quotes/1/text}). */
    void focus(String path) {
        Node field = fields.field(path);
        if (field == null) {
            return;
        }
        field.requestFocus();
        if (field instanceof DateField d) {
            d.field().requestFocus();
        }
        // The form's rows are laid out in the next pulse: scroll once they are.
        javafx.application.Platform.runLater(() -> Form.reveal(scroll, fields, field));
    }

    // ---- commits ----------------------------------------------------------------------------------

    private void commit() {
        if (loading || creatingNew || currentId == null) {
            return;
        }
        Edit.PutEvent edit = form.edit();
        if (edit == null) {
            return;
        }
        String before = currentId;
        currentId = edit.event().id();
        if (!curator.apply(edit)) {
            currentId = before;
        } else if (!before.equals(currentId)) {
            host.selectEvent(currentId);
        }
    }

    private void add() {
        if (!form.canAdd()) {
            state.setText(words.get(form.dateAcceptedProperty().get() ? "edit.event.needs-title" : "edit.event.needs-date"));
            state.setVisible(true);
            state.setManaged(true);
            return;
        }
        Edit.PutEvent edit = form.edit();
        String id = edit.event().id();
        creatingNew = false;
        currentId = id;
        if (curator.apply(edit)) {
            reload(curator.getDocument());
            host.selectEvent(id);
        } else {
            // Refused (the id is taken): the form stays as the curator wrote it, the reason above.
            currentId = null;
            creatingNew = true;
        }
    }

    private void duplicate() {
        try {
            Edit.PutEvent copy = Edit.duplicateEvent(curator.getDocument(), currentId);
            if (curator.apply(copy)) {
                show(copy.event().id());
                host.selectEvent(copy.event().id());
            }
        } catch (EditRefusedException e) {
            state.setText(e.getMessage(words));
        }
    }

    private void delete() {
        if (currentId != null && curator.apply(new Edit.DeleteEvent(currentId))) {
            show(null);
        }
    }

    // ---- actors -----------------------------------------------------------------------------------

    private List<ActorChoices.Choice> actorsMatching(String query) {
        DatasetDto d = curator.getDocument();
        if (d == null) {
            return List.of();
        }
        Set<String> already = form.actors().stream().map(ParticipationDto::actor).collect(Collectors.toSet());
        return ActorChoices.matching(d.actors() == null ? List.of() : d.actors(), query, already);
    }

    private String choiceText(ActorChoices.Choice c) {
        if (c instanceof ActorChoices.Existing e) {
            return actorName(e.actor());
        }
        return words.get("edit.actor.new-choice", ((ActorChoices.NewActor) c).name());
    }

    private String actorName(ActorDto a) {
        return a.nativeName() == null ? a.name() : a.name() + " \u00b7 " + a.nativeName();
    }

    private void chooseActor(ActorChoices.Choice c) {
        if (c instanceof ActorChoices.Existing e) {
            form.actors().add(new ParticipationDto(e.actor().id(), Part.PARTICIPANT.code()));
            commit();
        } else {
            newActor.open(((ActorChoices.NewActor) c).name());
        }
    }

    /** The actor just added inline takes part in the event shown. */
    private void addNewActor(String actorId) {
        form.actors().add(new ParticipationDto(actorId, Part.PARTICIPANT.code()));
        commit();
    }

    private void showActors() {
        DatasetDto d = curator.getDocument();
        actorRows.getChildren().clear();
        for (int i = 0; i < form.actors().size(); i++) {
            int index = i;
            ParticipationDto p = form.actors().get(i);
            ActorDto a = d == null || d.actors() == null ? null
                    : d.actors().stream().filter(x -> x.id().equals(p.actor())).findFirst().orElse(null);
            String name = a == null ? p.actor() : a.name();
            Label label = new Label(name);
            label.setWrapText(true);
            label.setMinWidth(0);
            label.getStyleClass().add("actor-name");
            HBox names = new HBox(6, label);
            names.setAlignment(Pos.BASELINE_LEFT);
            if (a != null && a.nativeName() != null) {
                // In a font that can draw its script, as the side panel shows it.
                names.getChildren().add(app.corridor.ui.NativeName.label(a.nativeName()));
            }
            HBox.setHgrow(names, Priority.ALWAYS);
            names.setMaxWidth(Double.MAX_VALUE);
            ComboBox<Part> part = new ComboBox<>();
            part.getItems().setAll(Part.values());
            part.setConverter(converter(terms::part));
            part.setValue(Coded.fromCode(Part.class, p.part()).orElse(null));
            part.setAccessibleText(words.get("edit.actor.part", name));
            part.setMinWidth(Region.USE_PREF_SIZE);
            part.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    form.actors().set(index, new ParticipationDto(p.actor(), now.code()));
                    commit();
                }
            });
            Button remove = button("\u2715", words.get("edit.actor.remove.help", name), null);
            remove.setAccessibleText(words.get("edit.actor.remove.help", name));
            remove.getStyleClass().add("flat");
            remove.setOnAction(e -> {
                form.actors().remove(index);
                commit();
            });
            HBox row = new HBox(6, names, part, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("participant-row");
            actorRows.getChildren().add(row);
        }
    }

    // ---- quotes -----------------------------------------------------------------------------------

    private VBox addQuote() {
        Label title = new Label(words.get("edit.quote.add"));
        title.getStyleClass().add("field-label");
        quoteSource.setId("quote-source");
        quoteSource.setConverter(converter(s -> s.title() == null ? s.id() : s.title()));
        quoteSource.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(SourceDto s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? words.get("edit.quote.source.prompt") : s.title());
            }
        });
        quoteSource.setMaxWidth(Double.MAX_VALUE);
        quoteSource.setAccessibleText(words.get("edit.quote.source"));
        Button select = button(words.get("edit.quote.select"), words.get("edit.quote.select.help"), "select-in-source");
        select.disableProperty().bind(quoteSource.valueProperty().isNull());
        select.setOnAction(e -> host.showInSource(quoteSource.getValue().id(), eventId(), -1));
        quoteSource.valueProperty().addListener((o, a, s) -> typed.sourceProperty().set(s == null ? null : s.id()));
        typedQuote.setId("typed-quote");
        typedQuote.setPromptText(words.get("edit.quote.typed.prompt"));
        typedQuote.textProperty().bindBidirectional(typed.textProperty());
        typedCheck.setId("typed-check");
        typed.checkProperty().addListener((o, a, c) -> showTypedCheck(c));
        attachTyped.setDisable(true);
        attachTyped.setOnAction(e -> {
            QuoteDto q = typed.quote();
            if (q != null && attach(q)) {
                typedQuote.clear();
            }
        });
        HBox attachRow = new HBox(6, typedCheck, attachTyped);
        HBox.setHgrow(typedCheck, Priority.ALWAYS);
        typedCheck.setMaxWidth(Double.MAX_VALUE);
        attachRow.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(6, title, quoteSource, select, typedQuote, attachRow);
        box.getStyleClass().add("add-quote");
        return box;
    }

    private void showTypedCheck(TypedQuoteModel.Check c) {
        attachTyped.setDisable(c == null || !c.found());
        if (c == null) {
            typedCheck.setText(quoteSource.getValue() == null && !typedQuote.getText().isBlank()
                    ? words.get("edit.quote.no-source") : "");
            typedCheck.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), false);
            return;
        }
        typedCheck.setText(c.found() ? (c.message() == null ? words.get("edit.quote.found") : c.message()) : c.message());
        typedCheck.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), !c.found());
    }

    private void showQuotes() {
        DatasetDto d = curator.getDocument();
        quoteRows.getChildren().clear();
        for (int i = 0; i < form.quotes().size(); i++) {
            quoteRows.getChildren().add(quoteRow(d, i, form.quotes().get(i)));
        }
    }

    private VBox quoteRow(DatasetDto d, int index, QuoteDto q) {
        SourceDto source = d == null || d.sources() == null ? null
                : d.sources().stream().filter(s -> s.id().equals(q.source())).findFirst().orElse(null);
        TypedQuoteModel.Check c = typed.check(q);
        VBox card = new VBox(4);
        // The side panel's quote card, with what the form adds.
        card.getStyleClass().addAll("quote-card", "edit-quote");
        card.setId("edit-quote-" + index);
        javafx.scene.text.TextFlow text = new javafx.scene.text.TextFlow();
        text.getStyleClass().add("quote-text");
        String words0 = q.text() == null ? "" : q.text();
        if (c.found() || c.stopsAt() < 0) {
            text.getChildren().add(styled("\u201c" + words0 + "\u201d", "text"));
        } else {
            // Where a quote typed into the file stops matching its source: the rest in the warning colour.
            text.getChildren().addAll(styled("\u201c" + words0.substring(0, c.stopsAt()), "text"),
                    styled(words0.substring(c.stopsAt()) + "\u201d", "quote-mismatch"));
        }
        Label from = new Label(source == null ? words.get("edit.quote.unknown-source", String.valueOf(q.source()))
                : source.title());
        from.getStyleClass().add("source-title");
        from.setWrapText(true);
        Label where = new Label(c.found() ? place(c) : c.message());
        where.getStyleClass().add(c.found() ? "source-place" : "quote-problem");
        where.setWrapText(true);
        Button show = button(words.get("edit.quote.show"), words.get("edit.quote.show.help"), null);
        show.getStyleClass().addAll("flat", "accent");
        show.setDisable(source == null);
        show.setOnAction(e -> host.showInSource(q.source(), eventId(), index));
        Button remove = button(words.get("edit.quote.remove"), null, null);
        remove.getStyleClass().add("flat");
        remove.setOnAction(e -> {
            if (creatingNew) {
                form.quotes().remove(index);
            } else {
                curator.apply(new Edit.RemoveQuote(currentId, index));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, spacer, remove, show);
        card.getChildren().addAll(text, from, where, buttons);
        return card;
    }

    private String place(TypedQuoteModel.Check c) {
        var at = c.located();
        String text = curator.getSession() == null ? "" : sourceText(at.sourceId());
        int line = app.corridor.model.TextLines.of(text).lineOf(Math.min(at.start(), text.length()));
        return words.get("edit.quote.place", line, at.start(), at.end());
    }

    private String sourceText(String sourceId) {
        try {
            return curator.getSession().quotesFrom(sourceId).text();
        } catch (EditRefusedException e) {
            return "";
        }
    }

    private static javafx.scene.text.Text styled(String s, String styleClass) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private List<EventDto> eventsMatching(String query) {
        DatasetDto d = curator.getDocument();
        if (d == null || d.events() == null) {
            return List.of();
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<EventDto> out = new ArrayList<>();
        for (EventDto e : d.events()) {
            String hay = (e.title() + " " + e.id() + " " + e.date()).toLowerCase(Locale.ROOT);
            if (Arrays.stream(q.split("\\s+")).allMatch(hay::contains)) {
                out.add(e);
            }
        }
        return out;
    }

    private static EventDto find(DatasetDto d, String id) {
        if (d == null || id == null || d.events() == null) {
            return null;
        }
        return d.events().stream().filter(e -> id.equals(e.id())).findFirst().orElse(null);
    }

    private static Set<String> ids(DatasetDto d) {
        return d == null || d.events() == null ? Set.of() : d.events().stream().map(EventDto::id).collect(Collectors.toSet());
    }

    static Button button(String text, String help, String id) {
        Button b = new Button(text);
        Tips.set(b, help);
        if (id != null) {
            b.setId(id);
        }
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return app.corridor.ui.ChoiceText.of(text);
    }

    EventFormModel form() {
        return form;
    }
}
