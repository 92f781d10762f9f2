package app.corridor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM on the test class path, to kill while it writes: how the fault-injection tests see
 * what a SIGTERM (Ctrl+C, logout) or a SIGKILL (out of memory killer, power cut) leaves behind.
 */
public final class ChildJvm implements AutoCloseable {

    /** How the child is stopped. */
    public enum Signal {
        /** {@code Process.destroy}: SIGTERM on Unix; shutdown hooks run. */
        TERM,
        /** {@code Process.destroyForcibly}: SIGKILL; nothing runs. */
        KILL
    }

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code mainClass} with {@code args}; its output goes to {@code log}. */
    public static ChildJvm start(Class<?> mainClass, Path log, String... args) throws IOException {
        return start(List.of("-Djava.awt.headless=true"), Map.of(), mainClass, log, args);
    }

    /** Starts {@code mainClass} with the JVM options {@code options} and {@code env} added to this environment. */
    public static ChildJvm start(List<String> options, Map<String, String> env, Class<?> mainClass, Path log,
            String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m"));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new ChildJvm(builder.start(), log);
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Waits until {@code file} exists (the child's sign that it reached the point to kill it at),
     * failing with the child's output if it ends first or does not get there within {@code limit}.
     */
    public void awaitFile(Path file, Duration limit) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!Files.exists(file)) {
            if (!process.isAlive()) {
                throw new AssertionError("the child ended (exit " + process.exitValue() + ") before " + file
                        + " appeared:\n" + output());
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(file + " did not appear within " + limit + ":\n" + output());
            }
            process.waitFor(20, TimeUnit.MILLISECONDS);
        }
    }

    /** Waits until a file whose name matches {@code name} appears in {@code folder}; returns it. */
    public Path awaitMatch(Path folder, java.util.regex.Pattern name, Duration limit)
            throws IOException, InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (true) {
            try (var files = Files.list(folder)) {
                var found = files.filter(f -> name.matcher(f.getFileName().toString()).matches()).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("the child ended (exit " + process.exitValue() + ") before a file matching "
                        + name + " appeared in " + folder + ":\n" + output());
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("no file matching " + name + " appeared in " + folder + " within " + limit);
            }
            process.waitFor(20, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the child with {@code signal} and waits for it to end; returns its exit status. */
    public int stop(Signal signal) throws InterruptedException {
        if (signal == Signal.TERM) {
            process.destroy();
        } else {
            process.destroyForcibly();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end after " + signal);
        }
        return process.exitValue();
    }

    /** Waits for the child to end by itself. */
    public int await(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end within " + limit);
        }
        return process.exitValue();
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
