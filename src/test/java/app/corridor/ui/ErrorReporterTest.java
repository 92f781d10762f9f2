package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.junit.jupiter.api.Test;

/** An exception nobody caught is shown and logged, and the app keeps working. */
class ErrorReporterTest extends RunningAppTest {

    private static void throwOnUiThread(String message) {
        Platform.runLater(() -> {
            throw new IllegalStateException(message);
        });
    }

    @Test
    void anUncaughtExceptionShowsADialogNamingTheLogAndTheAppCarriesOn() throws Exception {
        throwOnUiThread("the painter tripped");
        AppFixture.waitUntil(() -> fx.app().errors().dialog() != null);
        Alert dialog = fx.app().errors().dialog();
        Path log = fx.store.resolve("logs").resolve("corridor-0.log");
        assertThat(dialog.getHeaderText()).isEqualTo("IllegalStateException: the painter tripped");
        assertThat(dialog.getContentText()).contains(log.toString());
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("the painter tripped")
                .contains("SEVERE");

        // A second failure while the dialog is up is counted, not stacked as another dialog.
        throwOnUiThread("again");
        AppFixture.waitUntil(() -> dialog.getHeaderText().contains("1 more"));
        assertThat(fx.app().errors().dialog()).isSameAs(dialog);

        interact(dialog::close);
        double before = fx.timeline().getScale().pxPerDay();
        interact(() -> fx.timeline().zoom(2));
        assertThat(fx.timeline().getScale().pxPerDay()).isGreaterThan(before);
    }

    @Test
    void anExceptionOnAnotherThreadIsReportedToo() throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("from a worker");
        }, "some-worker");
        worker.start();
        worker.join();
        AppFixture.waitUntil(() -> fx.app().errors().dialog() != null);
        assertThat(fx.app().errors().dialog().getHeaderText()).contains("from a worker");
        interact(() -> fx.app().errors().dialog().close());
    }
}
