package app.corridor.bench;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite (every {@code @Benchmark} under {@code app.corridor.bench}) and prints one
 * table of the results. Run by {@code ./mvnw -Pbench verify}; arguments come from Maven properties:
 * {@code -Dbench=REGEX} (which benchmarks, default all), {@code -Dbench.events=1000,10000,100000}
 * (the sizes, for benchmarks with an {@code events} parameter), {@code -Dbench.quick=true} (one short
 * iteration each: checks the suite runs, the figures mean little).
 */
public final class BenchSuite {

    private BenchSuite() {
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException, InterruptedException {
        String include = args.length > 0 && !args[0].isBlank() ? args[0] : ".*";
        String events = args.length > 1 && !args[1].isBlank() ? args[1] : "1000,10000,100000";
        boolean quick = args.length > 2 && Boolean.parseBoolean(args[2]);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(BenchSuite.class.getPackageName() + "\\..*(" + include + ").*")
                .param("events", events.split(","))
                .addProfiler(org.openjdk.jmh.profile.GCProfiler.class)
                .shouldFailOnError(true)
                .result("target/bench/results.json")
                .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON);
        if (quick) {
            options.warmupIterations(0).measurementIterations(1).forks(1)
                    .measurementTime(TimeValue.seconds(1));
        }
        new java.io.File("target/bench").mkdirs();
        Collection<RunResult> results = List.of();
        try {
            results = new Runner(options.build()).run();
        } catch (org.openjdk.jmh.runner.NoBenchmarksException e) {
            // only the app's harness was asked for
        }
        String app = "AppBench".matches(".*(" + include + ").*") ? AppRuns.run(events.split(","), quick) : "";
        System.out.println();
        if (!results.isEmpty()) {
            System.out.println(table(results));
        }
        if (!app.isEmpty()) {
            System.out.println();
            System.out.println(app);
        }
    }

    /** Bytes allocated per operation, in B, KB or MB. */
    static String bytes(double b) {
        if (b < 10_000) {
            return String.format(Locale.ROOT, "%.0f B", b);
        }
        return b < 10_000_000 ? String.format(Locale.ROOT, "%.0f KB", b / 1e3) : String.format(Locale.ROOT, "%.1f MB", b / 1e6);
    }

    /** A Markdown table: one row per benchmark and size, the score with its 99.9% error and the bytes it allocates. */
    static String table(Collection<RunResult> results) {
        StringBuilder sb = new StringBuilder(
                "| benchmark | events | mode | score | error | unit | allocated |\n|---|---:|---|---:|---:|---|---:|\n");
        for (RunResult r : results) {
            var params = r.getParams();
            String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.', params.getBenchmark()
                    .lastIndexOf('.') - 1) + 1);
            String others = params.getParamsKeys().stream().filter(k -> !k.equals("events"))
                    .map(k -> k + "=" + params.getParam(k)).collect(Collectors.joining(" "));
            var score = r.getPrimaryResult();
            var allocated = r.getSecondaryResults().get("gc.alloc.rate.norm");
            sb.append(String.format(Locale.ROOT, "| %s%s | %s | %s | %.3f | %s | %s | %s |%n", name,
                    others.isEmpty() ? "" : " (" + others + ")",
                    params.getParamsKeys().contains("events") ? params.getParam("events") : "",
                    params.getMode().shortLabel(), score.getScore(),
                    Double.isNaN(score.getScoreError()) ? "" : String.format(Locale.ROOT, "±%.3f", score.getScoreError()),
                    score.getScoreUnit(), allocated == null ? "" : bytes(allocated.getScore())));
        }
        return sb.toString().strip() + "\n(" + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "; raw figures in "
                + "target/bench/results.json)";
    }
}
