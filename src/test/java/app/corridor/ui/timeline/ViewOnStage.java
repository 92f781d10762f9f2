package app.corridor.ui.timeline;

import app.corridor.model.Event;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A {@link TimelineView} on a stage of its own (the primary stage is shared with the app tests and
 * keeps its size), animation off, showing {@code events}.
 */
final class ViewOnStage {

    final Stage stage;
    final StackPane root;
    final TimelineView view;

    private ViewOnStage(Stage stage, StackPane root, TimelineView view) {
        this.stage = stage;
        this.root = root;
        this.view = view;
    }

    /** Shows the view {@code width × height} with {@code stylesheets} on its scene, and waits until it is laid out. */
    static ViewOnStage show(List<Event> events, double width, double height, String... stylesheets) throws Exception {
        FxToolkit.registerPrimaryStage();
        ViewOnStage[] made = new ViewOnStage[1];
        FxToolkit.setupStage(primary -> {
            Stage stage = new Stage();
            TimelineView view = new TimelineView();
            view.setAnimated(false);
            view.setEvents(events);
            StackPane root = new StackPane(view);
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().addAll(stylesheets);
            stage.setScene(scene);
            stage.show();
            made[0] = new ViewOnStage(stage, root, view);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return made[0];
    }

    /** Closes the stage (on the UI thread). */
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }
}
