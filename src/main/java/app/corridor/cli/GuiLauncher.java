package app.corridor.cli;

import app.corridor.dataset.DatasetRef;
import java.nio.file.Path;

/** Starts the desktop app; the command line calls it when no subcommand is given. */
@FunctionalInterface
public interface GuiLauncher {
    /**
     * @param dataset  the dataset to show
     * @param storeDir the store's directory, or null for the default
     */
    void launch(DatasetRef dataset, Path storeDir);
}
