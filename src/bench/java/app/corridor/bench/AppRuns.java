package app.corridor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the app's headless harness ({@code app.corridor.ui.AppBench}) on each dataset size, each in
 * fresh JVMs: once on an empty store (a first start: validate and import) and once with the store
 * built (start, memory, filter changes, animated zoom); then makes one table of what they print.
 */
final class AppRuns {

    private AppRuns() {
    }

    /** The table of the harness's figures for {@code sizes}, one column per size. */
    static String run(String[] sizes, boolean quick) throws IOException, InterruptedException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String size : sizes) {
            int events = Integer.parseInt(size.strip());
            Path folder = BenchData.folder(events);
            Path store = Path.of("target", "bench-data", "app-store-" + events);
            deleteTree(store);
            collect(rows, size, "first start: ", harness(folder, store, 0));
            collect(rows, size, "", harness(folder, store, quick ? 1 : 5));
        }
        StringBuilder sb = new StringBuilder("| app, headless (Monocle, software rendering) |");
        for (String size : sizes) {
            sb.append(' ').append(size.strip()).append(" |");
        }
        sb.append("\n|---|");
        sb.append("---:|".repeat(sizes.length)).append('\n');
        rows.forEach((name, bySize) -> {
            sb.append("| ").append(name).append(" |");
            for (String size : sizes) {
                sb.append(' ').append(bySize.getOrDefault(size.strip(), "")).append(" |");
            }
            sb.append('\n');
        });
        return sb.append("(each column: one JVM on an empty store, then one with the store built; "
                + "filters, lanes and zoom: median, min–max over the rounds)").toString();
    }

    private static void collect(Map<String, Map<String, String>> rows, String size, String prefix, List<String> lines) {
        for (String line : lines) {
            String[] w = line.trim().split("\\s+");
            if (w.length == 3 && w[0].contains(".")) {
                if (prefix.isEmpty() || w[0].startsWith("start.")) {
                    rows.computeIfAbsent(prefix + w[0], k -> new LinkedHashMap<>()).put(size.strip(), w[1] + " " + w[2]);
                }
            } else if (w.length >= 8 && w[1].equals("min") && prefix.isEmpty()) {
                rows.computeIfAbsent(w[0], k -> new LinkedHashMap<>()).put(size.strip(),
                        w[4] + " (" + w[2] + "–" + w[6] + ") " + w[7]);
            }
        }
    }

    private static List<String> harness(Path folder, Path store, int rounds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-XX:MaxHeapFreeRatio=40", "-XX:MinHeapFreeRatio=40", "-XX:+UseSerialGC", "-Xms64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "app.corridor.ui.AppBench",
                folder.toString(), store.toString(), Integer.toString(rounds)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.matches("^(start|memory|filter|lanes|zoom)\\..*")) {
                    lines.add(line);
                    System.out.println("app " + folder.getFileName() + ": " + line);
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IOException("the app harness failed on " + folder + " (exit " + p.exitValue() + ")");
        }
        return lines;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
