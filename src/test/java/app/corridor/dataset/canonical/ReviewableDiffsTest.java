package app.corridor.dataset.canonical;

import static app.corridor.curate.ReviewEdits.withDate;
import static app.corridor.curate.ReviewEdits.withSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diffs a reviewer can read: one event edited changes its lines only, and edits to different events merge. */
class ReviewableDiffsTest {

    private static final Path CURATED = Path.of("data", "events.json");

    @TempDir
    Path dir;

    private static DatasetDto curated() throws Exception {
        return DatasetDocuments.read(Files.readAllBytes(CURATED), "events.json");
    }

    /** {@code document} with the event {@code id} replaced by {@code change} of it. */
    static DatasetDto editEvent(DatasetDto document, String id, UnaryOperator<EventDto> change) {
        List<EventDto> events = new ArrayList<>(document.events());
        events.replaceAll(e -> e.id().equals(id) ? change.apply(e) : e);
        return new DatasetDto(document.schemaVersion(), document.title(), document.sources(), document.actors(), events);
    }

    @Test
    void editingOneEventChangesOnlyItsOwnLines() throws Exception {
        DatasetDto before = curated();
        EventDto target = before.events().get(10);
        DatasetDto after = editEvent(before, target.id(), e -> withSummary(e, "A new summary."));
        List<String> old = lines(CanonicalJson.write(before));
        List<String> now = lines(CanonicalJson.write(after));
        int[] changed = changedRange(old, now);
        int[] block = eventBlock(old, target.id());
        assertThat(changed[0]).isGreaterThanOrEqualTo(block[0]);
        assertThat(changed[1]).isLessThanOrEqualTo(block[1]);
        assertThat(now.size()).isEqualTo(old.size());
        assertThat(old.get(changed[0])).contains("\"summary\"");
    }

    @Test
    void redatingAnEventMovesItsLinesWholeAndTouchesNoOtherEvent() throws Exception {
        DatasetDto before = curated();
        EventDto target = before.events().get(10);
        DatasetDto after = editEvent(before, target.id(), e -> withDate(e, "1960"));
        List<String> old = lines(CanonicalJson.write(before));
        List<String> now = lines(CanonicalJson.write(after));
        List<String> oldWithout = withoutBlock(old, eventBlock(old, target.id()));
        List<String> nowWithout = withoutBlock(now, eventBlock(now, target.id()));
        assertThat(nowWithout).as("every other line is as it was").isEqualTo(oldWithout);
    }

    @Test
    void twoCuratorsEditingDifferentEventsMergeInGitWithoutConflict() throws Exception {
        assumeTrue(gitWorks(), "git is not installed");
        DatasetDto base = curated();
        String first = base.events().get(5).id();
        String second = base.events().get(6).id();
        Path file = dir.resolve("events.json");
        Files.write(file, CanonicalJson.bytes(base));
        git("init", "-q", "-b", "main");
        git("add", "events.json");
        git("commit", "-q", "-m", "base");
        git("checkout", "-q", "-b", "curator-a");
        Files.write(file, CanonicalJson.bytes(editEvent(base, first, e -> withSummary(e, "Edited by A."))));
        git("commit", "-q", "-am", "A edits " + first);
        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "curator-b");
        Files.write(file, CanonicalJson.bytes(editEvent(base, second, e -> withSummary(e, "Edited by B."))));
        git("commit", "-q", "-am", "B edits " + second);

        int merge = run("merge", "-q", "--no-edit", "curator-a");
        assertThat(merge).as("git merge exit status (0: merged without conflict)").isZero();
        DatasetDto both = editEvent(editEvent(base, first, e -> withSummary(e, "Edited by A.")), second,
                e -> withSummary(e, "Edited by B."));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(CanonicalJson.write(both));
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    /** First and last index (in {@code old}) of the lines that differ, by common prefix and suffix. */
    private static int[] changedRange(List<String> old, List<String> now) {
        int start = 0;
        while (start < old.size() && start < now.size() && old.get(start).equals(now.get(start))) {
            start++;
        }
        int end = 0;
        while (end < old.size() - start && end < now.size() - start
                && old.get(old.size() - 1 - end).equals(now.get(now.size() - 1 - end))) {
            end++;
        }
        return new int[] {start, old.size() - 1 - end};
    }

    /** The lines of the event {@code id}: from its opening brace to its closing one. */
    private static int[] eventBlock(List<String> lines, String id) {
        int idLine = lines.indexOf("      \"id\": \"" + id + "\",");
        int start = idLine - 1;
        int end = idLine;
        while (!lines.get(end).startsWith("    }")) {
            end++;
        }
        return new int[] {start, end};
    }

    private static List<String> withoutBlock(List<String> lines, int[] block) {
        List<String> out = new ArrayList<>(lines.subList(0, block[0]));
        out.addAll(lines.subList(block[1] + 1, lines.size()));
        // The closing line of the last event loses or gains its comma when it moves; nothing else may change.
        out.replaceAll(l -> l.equals("    },") ? "    }" : l);
        return out;
    }

    private static boolean gitWorks() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void git(String... args) throws Exception {
        assertThat(run(args)).as("git " + String.join(" ", args)).isZero();
    }

    private int run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Curator", "-c",
                "user.email=curator@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) {
            System.err.println(output);
        }
        return code;
    }
}
