package app.corridor;

import app.corridor.cli.AppStart;
import app.corridor.cli.CorridorCommand;
import app.corridor.cli.ValidateRun;
import app.corridor.ui.CorridorApp;

/**
 * The one entry point: no arguments starts the desktop app, a subcommand runs the command line.
 * Deliberately not a JavaFX {@code Application}, so the headless commands never touch the toolkit
 * (and so the app starts from a plain class path).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        boolean gui = args.length == 0 || args[0].startsWith("--dataset") || args[0].startsWith("--store-dir");
        if (gui) {
            StartTrace.mark("main");
        } else {
            System.setProperty("java.awt.headless", "true");
        }
        // The usual starts, with nothing to parse or only the app's own options: picocli, whose
        // classes a class archive cannot keep (about 0.15 s of a start), is left out.
        AppStart start = gui ? AppStart.of(args) : null;
        if (start != null) {
            CorridorApp.launch(start.dataset(), start.storeDir());
            return;
        }
        // The usual check of a dataset likewise (its 0.15-0.2 s were a tenth of a large check).
        ValidateRun check = gui ? null : ValidateRun.of(args);
        if (check != null) {
            System.exit(check.run(ValidateRun.standardOutput()));
        }
        // A lambda, not a method reference: the JavaFX classes load only if the GUI really starts.
        int code = CorridorCommand.commandLine((dataset, storeDir) -> CorridorApp.launch(dataset, storeDir), args)
                .execute(args);
        if (code != 0 || !gui) {
            System.exit(code);
        }
    }
}
