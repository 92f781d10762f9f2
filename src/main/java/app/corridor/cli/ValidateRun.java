package app.corridor.cli;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DatasetRef;
import app.corridor.dataset.LoadResult;
import app.corridor.dataset.Problem;
import app.corridor.model.Dataset;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * One check of a dataset, as {@code corridor validate} makes it ({@link ValidateCommand} runs it after
 * picocli has read the arguments). {@link #of} reads the usual ones without picocli: its 176 classes,
 * read and verified from its Java 5 jar on the quick compiler alone, and its model of the commands,
 * took 0.15-0.2 s of each check before the dataset was opened (2.0-2.3 s at 100,000 events).
 *
 * @param dataset the dataset to check
 * @param verbose whether to print the time taken and the peak heap too
 */
public record ValidateRun(DatasetRef dataset, boolean verbose) {

    private static final String COMMAND = "validate";
    private static final String DATASET = "--dataset";

    /**
     * The check {@code args} ask for, or null unless they are, exactly, {@code [--dataset FILE] validate}
     * with at most one {@code -v} ({@code --verbose}) and at most one {@code FILE} after it, each file a
     * regular file, named once. Anything else, a mistake included, is left to picocli, whose messages
     * say what is wrong (and which expands {@code @files}).
     */
    public static ValidateRun of(String... args) {
        int i = 0;
        String named = null;
        if (args.length > 0 && args[0].startsWith(DATASET + "=")) {
            named = args[0].substring(DATASET.length() + 1);
            i = 1;
        } else if (args.length > 1 && args[0].equals(DATASET)) {
            named = args[1];
            i = 2;
        }
        // A command's name as the option's value is picocli's usage error, as it is for the app.
        if (named != null && (!plain(named) || CorridorCommand.isCommand(named))) {
            return null;
        }
        if (i >= args.length || !args[i].equals(COMMAND)) {
            return null;
        }
        boolean verbose = false;
        for (i++; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("-v") || arg.equals("--verbose")) && !verbose) {
                verbose = true;
            } else if (plain(arg) && named == null) {
                named = arg;
            } else {
                return null;
            }
        }
        DatasetRef ref = DatasetOption.namedOrStandard(named);
        return ref == null ? null : new ValidateRun(ref, verbose);
    }

    /** Neither an option nor an {@code @file} for picocli to expand. */
    private static boolean plain(String arg) {
        return !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@");
    }

    /**
     * Checks the dataset and prints every problem, or that there is none, to {@code out}; the exit
     * status: {@link ExitCodes#OK} or {@link ExitCodes#PROBLEMS}.
     */
    public int run(PrintWriter out) {
        Measurement measurement = new Measurement();
        LoadResult result = DatasetLoader.forChecking().load(dataset.files(), dataset.fileName());
        if (result.isValid()) {
            Dataset d = result.dataset();
            out.printf("%s: no problems (%d events, %d actors, %d sources)%n", dataset.display(), d.events().size(),
                    d.actors().size(), d.sources().size());
        } else {
            for (Problem p : result.problems()) {
                out.println(p.format());
            }
            int n = result.problems().size();
            out.printf("%d problem%s in %s%n", n, n == 1 ? "" : "s", dataset.display());
        }
        if (verbose) {
            out.println(measurement.summary());
        }
        out.flush();
        return result.isValid() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    /** The standard output as picocli writes to it: in {@code sun.stdout.encoding}, else the default charset. */
    public static PrintWriter standardOutput() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding == null ? Charset.defaultCharset()
                : Charset.forName("cp65001".equalsIgnoreCase(encoding) ? "UTF-8" : encoding);
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, charset)), true);
    }
}
