package app.corridor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the {@code corridor} command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err, List<String> guiLaunches) {

    /** Runs {@code command} on {@code dataset} with its store in {@code dir}/store, then {@code args}. */
    static CliRun in(Path dir, Path dataset, String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--dataset", dataset.toString(), "--store-dir",
                dir.resolve("store").toString()));
        all.addAll(List.of(args));
        return of(all.toArray(String[]::new));
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> launches = new ArrayList<>();
        CommandLine cl = CorridorCommand.commandLine((dataset, storeDir) -> launches.add(dataset.display()));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString(), launches);
    }
}
