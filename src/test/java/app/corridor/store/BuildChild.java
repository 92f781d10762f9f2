package app.corridor.store;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs in a child JVM for {@link StoreKillTest}: opens the store of a dataset and, when the build
 * reaches a given step, writes a marker file and waits there to be killed.
 * Arguments: store folder, dataset file, step, marker file.
 */
public final class BuildChild {

    private BuildChild() {
    }

    public static void main(String[] args) throws Exception {
        Path storeDir = Path.of(args[0]);
        Path dataset = Path.of(args[1]);
        StoreBuilder.Step stop = StoreBuilder.Step.valueOf(args[2]);
        Path marker = Path.of(args[3]);
        StoreManager manager = new StoreManager(storeDir, new DatasetLoader(), step -> {
            if (step == stop) {
                waitHere(marker);
            }
        }, storeDir.resolveSibling("tmp"));
        manager.open(new DirectoryDatasetFiles(dataset.getParent()), dataset.getFileName().toString(),
                StoreManager.Progress.NONE);
        System.out.println("the build finished without reaching " + stop);
        System.exit(3);
    }

    private static void waitHere(Path marker) {
        try {
            Files.writeString(marker, "reached");
            new CountDownLatch(1).await();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
