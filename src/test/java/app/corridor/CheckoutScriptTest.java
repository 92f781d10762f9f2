package app.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options {@code ./corridor} starts Java with, for each way of calling it: the script runs
 * in a copy of the checkout whose {@code java} only writes down its arguments.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class CheckoutScriptTest {

    private static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";
    private static final String TENURED_AT_ONCE = "-XX:MaxTenuringThreshold=0";
    private static final String RECORD_ARCHIVE = "-XX:ArchiveClassesAtExit=";
    private static final String USE_ARCHIVE = "-XX:SharedArchiveFile=";
    private static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";
    private static final String PARALLEL_COLLECTOR = "-XX:+UseParallelGC";
    private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    private static final List<List<String>> COMMANDS = List.of(List.of("validate"), List.of("fmt", "--check"),
            List.of("--dataset", "events.json", "export", "-o", "x.png"));

    @TempDir
    Path dir;

    private Path checkout;
    private Path jdk;

    @BeforeEach
    void fakeCheckoutAndJava() throws IOException {
        checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(Path.of("corridor"), checkout.resolve("corridor"));
        Files.createDirectories(checkout.resolve("target/lib"));
        Files.write(checkout.resolve("target/corridor.jar"), new byte[0]);
        Files.write(checkout.resolve("target/lib/some-library.jar"), new byte[0]);
        jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"17.0.15\"\n");
        Path java = jdk.resolve("java");
        // It writes down its arguments, writes the class archive it is asked to record, and exits
        // with $EXIT_STATUS.
        Files.writeString(java, """
                #!/bin/sh
                printf '%s\\n' "$@" > "$ARGUMENTS"
                for a in "$@"; do
                  case $a in -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) echo classes > "${a#*=}" ;; esac
                done
                exit "${EXIT_STATUS:-0}"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void validateRunsOnTheQuickCompilerAloneAndTenuresAtOnceWhereverItIsNamed() throws Exception {
        for (List<String> call : List.of(List.of("validate", "events.json"),
                List.of("--dataset", "events.json", "validate"), List.of("--store-dir=store", "validate", "-v"))) {
            // Without its sizing policy the parallel collector never grows the heap past its first
            // size: a check of 200,000 events collected in full for minutes.
            assertThat(javaOptions(call)).as("%s", call).contains(QUICK_COMPILER_ONLY, TENURED_AT_ONCE)
                    .doesNotContain("-XX:-UseAdaptiveSizePolicy");
        }
    }

    @Test
    void onlyTheDesktopAppRecordsAndUsesTheClassArchive() throws Exception {
        for (List<String> call : List.of(List.<String>of(), List.of("--dataset", "events.json"),
                List.of("--store-dir", "store", "--dataset=events.json"))) {
            Path archive = checkout.toRealPath().resolve("target/corridor.jsa");
            Files.deleteIfExists(archive);
            assertThat(javaOptions(call)).as("%s", call)
                    .anyMatch(o -> o.startsWith(RECORD_ARCHIVE + archive + "."));
            assertThat(javaOptions(call)).as("%s, recorded", call)
                    .contains(USE_ARCHIVE + archive);
        }
        for (List<String> call : List.of(List.of("--help"), List.of("--dataset", "events.json", "export", "-o", "x.png"),
                List.of("fmt", "--check"), List.of("--version"))) {
            assertThat(javaOptions(call)).as("%s", call).noneMatch(o -> o.startsWith(RECORD_ARCHIVE))
                    .noneMatch(o -> o.startsWith(USE_ARCHIVE));
        }
    }

    /** A check has an archive of its own: its classes are not the app's, and neither uses the other's. */
    @Test
    void aCheckRecordsAndUsesItsOwnClassArchive() throws Exception {
        Path archive = checkout.toRealPath().resolve("target/corridor-validate.jsa");
        for (List<String> call : List.of(List.of("validate"), List.of("validate", "-v", "events.json"),
                List.of("--dataset", "events.json", "validate", "--verbose"), List.of("--dataset=events.json", "validate"))) {
            Files.deleteIfExists(archive);
            assertThat(javaOptions(call)).as("%s", call).anyMatch(o -> o.startsWith(RECORD_ARCHIVE + archive + "."));
            assertThat(javaOptions(call)).as("%s, recorded", call).contains(USE_ARCHIVE + archive);
        }
        assertThat(javaOptions(List.of())).as("the app").noneMatch(o -> o.contains("corridor-validate"));
        // Help and version check nothing: their few classes would make a poor archive.
        for (List<String> call : List.of(List.of("validate", "--help"), List.of("validate", "-vh"), List.of("validate", "-V"))) {
            assertThat(javaOptions(call)).as("%s", call).noneMatch(o -> o.startsWith(RECORD_ARCHIVE))
                    .noneMatch(o -> o.startsWith(USE_ARCHIVE));
        }
        // A check that found problems (or could not run) keeps nothing; the next one records.
        Files.deleteIfExists(archive);
        assertThat(run(List.of("validate"), 1)).isEqualTo(1);
        assertThat(archive).doesNotExist();
        assertThat(leftInTarget()).isEmpty();
    }

    @Test
    void aClassArchiveIsKeptOnlyFromAStartThatEndedWell() throws Exception {
        Path archive = checkout.resolve("target/corridor.jsa");
        // A start that failed (no GTK, say) had loaded a fraction of the app's classes.
        assertThat(run(List.of(), 1)).isEqualTo(1);
        assertThat(archive).doesNotExist();
        assertThat(leftInTarget()).as("nothing left of the recording").isEmpty();

        List<String> options = javaOptions(List.of());
        assertThat(options).as("recorded again").anyMatch(o -> o.startsWith(RECORD_ARCHIVE));
        assertThat(archive).hasContent("classes");
        assertThat(leftInTarget()).isEmpty();
        assertThat(javaOptions(List.of())).contains(USE_ARCHIVE + archive.toRealPath());
    }

    /** What is in target/ besides the jar, its libraries and the class archive. */
    private List<String> leftInTarget() throws IOException {
        try (var files = Files.list(checkout.resolve("target"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> !List.of("corridor.jar", "lib", "corridor.jsa", "corridor-validate.jsa").contains(n)).toList();
        }
    }

    @Test
    void theDesktopAppHasTheSameHeapFromEveryLauncherAndTheCommandsGrowTheirsFromTheDefaultValidateInParallel() throws Exception {
        List<String> app = heapOptions(javaOptions(List.of()));
        assertThat(app).contains(SERIAL_COLLECTOR, "-Xms64m", "-XX:MaxHeapFreeRatio=40", "-XX:MinHeapFreeRatio=40");
        assertThat(heapOptions(mavenRunOptions())).as("javafx:run").isEqualTo(app);
        assertThat(heapOptions(installerOptions())).as("the installers").isEqualTo(app);
        for (List<String> call : COMMANDS) {
            assertThat(javaOptions(call)).as("%s", call).doesNotContain("-Xms64m")
                    .contains("-XX:MaxHeapFreeRatio=40", "-XX:MinHeapFreeRatio=15")
                    .contains(call.contains("validate") ? PARALLEL_COLLECTOR : SERIAL_COLLECTOR)
                    .doesNotContain(call.contains("validate") ? SERIAL_COLLECTOR : PARALLEL_COLLECTOR);
        }
    }

    @Test
    void noRunAsksForHugePages() throws Exception {
        for (List<String> call : COMMANDS) {
            assertThat(javaOptions(call)).as("%s", call).doesNotContain(HUGE_PAGES);
        }
        assertThat(javaOptions(List.of())).doesNotContain(HUGE_PAGES);
        assertThat(javaOptions(List.of("--dataset", "events.json"))).doesNotContain(HUGE_PAGES);
    }

    /** The options that size the heap or pick its collector, in their order. */
    private static List<String> heapOptions(List<String> options) {
        return options.stream().filter(o -> o.matches("-Xm[sxn].*|-XX:[+-]Use\\w+GC|-XX:\\w+HeapFreeRatio=.*")).toList();
    }

    /**
     * The app and every command compile with the quick compiler alone, and the desktop app does so
     * however it is started; only a check tenures at once.
     */
    @Test
    void everyRunIsOnTheQuickCompilerAloneFromEveryLauncher() throws Exception {
        for (List<String> call : COMMANDS) {
            assertThat(compilerOptions(javaOptions(call))).as("%s", call).containsExactly(QUICK_COMPILER_ONLY);
            assertThat(javaOptions(call).contains(TENURED_AT_ONCE)).as("%s", call).isEqualTo(call.contains("validate"));
        }
        List<String> app = compilerOptions(javaOptions(List.of("--dataset", "events.json")));
        assertThat(app).containsExactly(QUICK_COMPILER_ONLY);
        assertThat(compilerOptions(javaOptions(List.of()))).isEqualTo(app);
        assertThat(javaOptions(List.of())).doesNotContain(TENURED_AT_ONCE);
        assertThat(compilerOptions(mavenRunOptions())).as("javafx:run").isEqualTo(app);
        assertThat(compilerOptions(installerOptions())).as("the installers").isEqualTo(app);
    }

    /** The JVM options {@code ./mvnw javafx:run} starts the app with. */
    private static List<String> mavenRunOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</options>"));
        return matches(plugin, "<option>([^<]+)</option>");
    }

    /** The JVM options the installers' launcher starts the app and the commands with. */
    private static List<String> installerOptions() throws IOException {
        return matches(Files.readString(Path.of("packaging/common/app.jpackage")), "--java-options \"([^\"]+)\"");
    }

    /** The options that choose the compilers or their thresholds. */
    private static List<String> compilerOptions(List<String> options) {
        return options.stream().filter(o -> o.matches("-XX:(TieredStopAtLevel|Tier\\d\\w*)=.*")).toList();
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void onlyTheDesktopAppPutsJavaFxOnTheModulePath() throws Exception {
        Files.write(checkout.resolve("target/lib/javafx-graphics-21.0.12-linux.jar"), new byte[0]);
        for (List<String> call : List.of(List.<String>of(), List.of("--dataset", "events.json"))) {
            List<String> options = javaOptions(call);
            assertThat(options).as("%s", call).contains("--add-modules", "javafx.controls");
            assertThat(options.get(options.indexOf("--module-path") + 1)).as("%s", call)
                    .endsWith("javafx-graphics-21.0.12-linux.jar");
        }
        for (List<String> call : List.of(List.of("validate"), List.of("--dataset", "events.json", "export", "-o", "x.png"),
                List.of("--version"))) {
            assertThat(javaOptions(call)).as("%s", call).doesNotContain("--module-path", "--add-modules");
        }
    }

    @Test
    void onJdk24AndLaterNativeAccessIsAllowedForJavaFxOnlyWhereItIsLoaded() throws Exception {
        Files.writeString(dir.resolve("jdk/release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        assertThat(javaOptions(List.of())).contains("--enable-native-access=ALL-UNNAMED,javafx.graphics")
                .anyMatch(o -> o.startsWith("-XX:AOTCacheOutput="));
        assertThat(javaOptions(List.of("validate"))).contains("--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow");
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"17.0.15\"\n");
        assertThat(javaOptions(List.of())).noneMatch(o -> o.startsWith("--enable-native-access"));
    }

    /** The arguments the script gave {@code java}, run with {@code arguments}. */
    private List<String> javaOptions(List<String> arguments) throws Exception {
        assertThat(run(arguments, 0)).isZero();
        List<String> all = Files.readAllLines(dir.resolve("arguments.txt"));
        // The options are what comes before the main class.
        return all.subList(0, all.indexOf("app.corridor.Launcher"));
    }

    /** The script's exit status, run with {@code arguments} and a {@code java} exiting with {@code javaStatus}. */
    private int run(List<String> arguments, int javaStatus) throws Exception {
        Path written = dir.resolve("arguments.txt");
        Files.deleteIfExists(written);
        List<String> command = new ArrayList<>(List.of("sh", checkout.resolve("corridor").toString()));
        command.addAll(arguments);
        ProcessBuilder pb = new ProcessBuilder(command).directory(checkout.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", jdk.getParent().toString());
        pb.environment().put("ARGUMENTS", written.toString());
        pb.environment().put("EXIT_STATUS", Integer.toString(javaStatus));
        pb.environment().remove("CORRIDOR_JAVA_OPTS");
        pb.environment().remove("CORRIDOR_CDS");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(written).as(output).exists();
        return p.exitValue();
    }
}
