package app.corridor.ui.edit;

import app.corridor.curate.FieldRef;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.i18n.Messages;
import app.corridor.ui.Tips;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Curator mode beside the timeline, in place of the side panel: undo, redo and save with what is
 * unsaved, then tabs for the event, the actors, the sources and the problems (each problem goes to
 * its field). Every edit is checked as it is made and the timeline shows the result.
 */
public final class EditorPane extends BorderPane {

    private final CuratorModel curator;
    private final Messages words;
    private final TabPane tabs = new TabPane();
    private final Tab eventTab;
    private final Tab actorsTab;
    private final Tab sourcesTab;
    private final Tab problemsTab;
    private final EventEditor events;
    private final ActorEditor actors;
    private final SourceEditor sources;
    private final ProblemsView problems;

    public EditorPane(CuratorModel curator, EditorHost host) {
        this.curator = curator;
        this.words = curator.words();
        getStyleClass().add("editor-pane");
        setId("editor-pane");
        events = new EventEditor(curator, host);
        actors = new ActorEditor(curator);
        sources = new SourceEditor(curator, host);
        problems = new ProblemsView(curator, this::jumpTo);
        eventTab = tab("edit.tab.event", events, "tab-event");
        actorsTab = tab("edit.tab.actors", actors, "tab-actors");
        sourcesTab = tab("edit.tab.sources", sources, "tab-sources");
        problemsTab = tab("edit.tab.problems", problems, "tab-problems");
        problemsTab.textProperty().bind(Bindings.createStringBinding(
                () -> words.get("edit.problems.tab", curator.problems().size()), curator.problems()));
        tabs.getTabs().addAll(eventTab, actorsTab, sourcesTab, problemsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(header(host));
        setCenter(tabs);
        curator.documentProperty().addListener((o, a, d) -> {
            if (d != null) {
                events.documentChanged(d);
                actors.documentChanged(d);
                sources.documentChanged(d);
            }
        });
    }

    private Tab tab(String key, javafx.scene.Node content, String id) {
        VBox box = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setPadding(new Insets(10, 12, 10, 12));
        Tab t = new Tab(words.get(key), box);
        t.setId(id);
        return t;
    }

    /** What undoing (or redoing) would change, with its keys, as the button's tooltip; none when nothing would. */
    private static void tipWithKeys(Button b, ObservableStringValue what, String keys) {
        Runnable tip = () -> Tips.set(b, what.get() == null ? null : what.get() + " (" + keys + ")");
        what.addListener(o -> tip.run());
        tip.run();
    }

    private VBox header(EditorHost host) {
        Button undo = EventEditor.button(words.get("edit.undo"), null, "editor-undo");
        undo.disableProperty().bind(curator.canUndoProperty().not());
        tipWithKeys(undo, curator.undoTextProperty(), words.get("edit.undo.keys"));
        undo.setOnAction(e -> curator.undo());
        Button redo = EventEditor.button(words.get("edit.redo"), null, "editor-redo");
        redo.disableProperty().bind(curator.canRedoProperty().not());
        tipWithKeys(redo, curator.redoTextProperty(), words.get("edit.redo.keys"));
        redo.setOnAction(e -> curator.redo());
        Button save = EventEditor.button(words.get("edit.save"), words.get("edit.save.help"), "editor-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(curator.dirtyProperty().not().or(curator.savingProperty()));
        save.setOnAction(e -> host.save());
        Label state = new Label();
        state.setId("editor-state");
        state.getStyleClass().add("editor-state");
        state.setWrapText(true);
        state.textProperty().bind(Bindings.createStringBinding(this::stateText, curator.dirtyProperty(),
                curator.problems(), curator.savingProperty(), curator.validatingProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, undo, redo, spacer, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label refusal = new Label();
        refusal.setId("editor-refusal");
        refusal.getStyleClass().add("editor-refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(curator.refusalProperty());
        refusal.managedProperty().bind(refusal.textProperty().isNotEmpty());
        refusal.visibleProperty().bind(refusal.textProperty().isNotEmpty());
        VBox header = new VBox(6, buttons, state, refusal);
        header.setPadding(new Insets(10, 12, 4, 12));
        header.getStyleClass().add("editor-header");
        return header;
    }

    private String stateText() {
        if (curator.savingProperty().get()) {
            return words.get("edit.state.saving");
        }
        String saved = words.get(curator.isDirty() ? "edit.state.unsaved" : "edit.state.saved");
        int n = curator.problems().size();
        return n == 0 ? saved : words.get("edit.state.problems", saved, n);
    }

    /** The form shows the event {@code id} (the timeline's selection); null: none. */
    public void showEvent(String id) {
        if (id != null && id.equals(events.eventId())) {
            return;
        }
        events.show(id);
    }

    /** Starts a new event, from {@code quote} when given ("New event from this quote"). */
    public void newEvent(QuoteDto quote) {
        tabs.getSelectionModel().select(eventTab);
        events.newEvent(quote);
    }

    /** Attaches words selected in a source to the event shown; false when there is none or it was refused. */
    public boolean attachQuote(QuoteDto quote) {
        return events.isShowingEvent() && events.attach(quote);
    }

    /** Replaces quote {@code index} of the event shown (its ends moved). */
    public boolean replaceQuote(int index, QuoteDto quote) {
        return events.isShowingEvent() && events.replaceQuote(index, quote);
    }

    /** The event quotes go to: its id (null for a new one not yet added). */
    public String targetEventId() {
        return events.eventId();
    }

    /** The event quotes go to, in words; null when the form shows none. */
    public String targetEventTitle() {
        return events.isShowingEvent() ? events.eventTitle() : null;
    }

    /** The quotes of the event shown (in the form, so a new event's too). */
    public java.util.List<QuoteDto> targetQuotes() {
        return events.form().quotes();
    }

    /** Goes to the field a problem is about. */
    public void jumpTo(FieldRef f) {
        switch (f.section()) {
            case EVENT -> {
                tabs.getSelectionModel().select(eventTab);
                events.show(f.id());
                events.focus(f.path());
            }
            case ACTOR -> {
                tabs.getSelectionModel().select(actorsTab);
                actors.show(f.id());
                actors.focus(f.path());
            }
            case SOURCE -> {
                tabs.getSelectionModel().select(sourcesTab);
                sources.show(f.id());
                sources.focus(f.path());
            }
            case DATASET -> tabs.getSelectionModel().select(problemsTab);
        }
    }

    /** Shows the source {@code id} in the Sources tab. */
    public void showSource(String id) {
        tabs.getSelectionModel().select(sourcesTab);
        sources.show(id);
    }

    /** Shows the Problems tab. */
    public void showProblems() {
        tabs.getSelectionModel().select(problemsTab);
    }

    public TabPane tabs() {
        return tabs;
    }
}
