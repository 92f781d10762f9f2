package app.corridor.ui;

import app.corridor.AppInfo;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DatasetRef;
import app.corridor.dataset.Problem;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.store.Store;
import app.corridor.store.StoreLocation;
import app.corridor.store.StoreManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop application: loads the store off the UI thread, then shows the events. */
public final class CorridorApp extends Application {

    private Store store;

    /** Starts the app on {@code dataset}, keeping the store in {@code storeDir} (null: the default). */
    public static void launch(DatasetRef dataset, Path storeDir) {
        List<String> args = new ArrayList<>();
        if (dataset.files() instanceof app.corridor.dataset.DirectoryDatasetFiles dir) {
            args.add("--dataset=" + dir.directory().resolve(dataset.fileName()));
        }
        if (storeDir != null) {
            args.add("--store-dir=" + storeDir);
        }
        Application.launch(CorridorApp.class, args.toArray(String[]::new));
    }

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        DatasetRef dataset = named.containsKey("dataset") ? DatasetRef.of(Path.of(named.get("dataset")))
                : DatasetRef.bundled();
        Path storeDir = StoreLocation.directory(named.get("store-dir"));

        BorderPane root = new BorderPane(new ProgressIndicator());
        Task<StoreManager.Opening> opening = new Task<>() {
            @Override
            protected StoreManager.Opening call() {
                return new StoreManager(storeDir, new DatasetLoader())
                        .open(dataset.files(), dataset.fileName(), (fraction, message) -> {
                            updateProgress(fraction, 1);
                            updateMessage(message);
                        });
            }
        };
        opening.setOnSucceeded(e -> show(root, opening.getValue()));
        opening.setOnFailed(e -> root.setCenter(new Label("Cannot open the store: " + opening.getException().getMessage())));
        Thread thread = new Thread(opening, "corridor-store");
        thread.setDaemon(true);
        thread.start();

        stage.setTitle(AppInfo.NAME);
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }

    private void show(BorderPane root, StoreManager.Opening opening) {
        VBox problems = new VBox(4);
        for (Problem p : opening.problems()) {
            problems.getChildren().add(new Label(p.format()));
        }
        root.setTop(problems);
        if (opening.store() == null) {
            root.setCenter(new Label("No events to show: the dataset has problems."));
            return;
        }
        store = opening.store();
        Task<Dataset> load = new Task<>() {
            @Override
            protected Dataset call() {
                return store.loadDataset();
            }
        };
        load.setOnSucceeded(e -> {
            ListView<Event> list = new ListView<>();
            list.getItems().setAll(load.getValue().events());
            list.setCellFactory(v -> new ListCell<>() {
                @Override
                protected void updateItem(Event item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.date().label() + " \u2014 " + item.title());
                }
            });
            root.setCenter(list);
        });
        Thread thread = new Thread(load, "corridor-load");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
    }
}
