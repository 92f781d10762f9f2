package app.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dir;

    private Path dataset;

    @BeforeEach
    void copyFixture() throws Exception {
        dataset = Fixtures.mini(Files.createDirectory(dir.resolve("data")));
    }

    /** Runs {@code corridor export} on the mini fixture with a store in the temp dir. */
    private CliRun export(String... args) {
        return CliRun.in(dir, dataset, "export", args);
    }

    @Test
    void filtersAndWritesAnSvgAndExitsZero() throws Exception {
        Path out = dir.resolve("out.svg");
        CliRun run = export("--from", "2019", "--to", "2025", "--actor", "president-a", "--kind", "state-visit",
                "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + out + ": 1 event, ");
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(svg).contains("data-event-id=\"president-b-visit\"").doesNotContain("data-event-id=\"second-conference\"")
                .contains("1 event \u00b7 2019 \u2013 2025 \u00b7 President A \u00b7 State visits");
    }

    @Test
    void localeWritesTheFileInChineseOrUrduWhileTheCommandSpeaksEnglish() throws Exception {
        Path zh = dir.resolve("zh.svg");
        CliRun run = export("--locale", "zh", "--from", "2019", "--to", "2025", "--kind", "state-visit",
                "-o", zh.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + zh + ": 1 event, ");
        assertThat(Files.readString(zh, StandardCharsets.UTF_8)).contains("1个事件 \u00b7 2019年至2025年 \u00b7 国事访问");
        Path ur = dir.resolve("ur.svg");
        CliRun urdu = export("--locale", "ur", "--kind", "state-visit", "-o", ur.toString());
        assertThat(urdu.exitCode()).as(urdu.err()).isZero();
        assertThat(Files.readString(ur, StandardCharsets.UTF_8)).contains("ریاستی دورے", "direction=\"rtl\"");
        CliRun none = export("--locale", "ur", "--kind", "call", "-o", dir.resolve("x.svg").toString());
        assertThat(none.err()).contains("no events match the filters (0 events \u00b7 Calls)");
    }

    @Test
    void anUnknownLocaleIsAUsageError() {
        CliRun run = export("--locale", "fr", "-o", dir.resolve("x.png").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--locale must be en, zh or ur, not \"fr\"");
    }

    @Test
    void theFormatFollowsTheExtensionAndPngAndPdfOptionsWork() throws Exception {
        Path png = dir.resolve("out.png");
        CliRun p = export("--width", "800", "--scale", "2", "--theme", "dark", "-o", png.toString());
        assertThat(p.exitCode()).as(p.err()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(p.out()).contains("1600\u00d7");

        Path pdf = dir.resolve("out.pdf");
        CliRun d = export("--paper", "a3", "--orientation", "portrait", "--title", "Mini", "--lanes", "actor",
                "--no-legend", "--no-footer", "--no-filters-line", "-o", pdf.toString());
        assertThat(d.exitCode()).as(d.err()).isZero();
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(d.out()).contains("A3 portrait, 1 page");
    }

    @Test
    void anExistingFileIsKeptWithoutForceAndReplacedWithIt() throws Exception {
        Path out = dir.resolve("out.svg");
        Files.writeString(out, "keep me");
        CliRun refused = export("-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains(out + " already exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("keep me");

        CliRun forced = export("-o", out.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(out)).startsWith("<?xml");
    }

    @Test
    void unknownActorsAndKindsAreProblemsThatListTheValidOnes() {
        CliRun actor = export("--actor", "president-a,nobody", "-o", dir.resolve("a.svg").toString());
        assertThat(actor.exitCode()).isEqualTo(1);
        assertThat(actor.err()).contains("unknown actor: nobody").contains("Valid actor ids: party-c, president-a, president-b");
        CliRun kind = export("--kind", "visit", "-o", dir.resolve("k.svg").toString());
        assertThat(kind.exitCode()).isEqualTo(1);
        assertThat(kind.err()).contains("unknown kind: visit").contains("state-visit, official-visit");
        assertThat(dir.resolve("a.svg")).doesNotExist();
        assertThat(dir.resolve("k.svg")).doesNotExist();
    }

    @Test
    void whenNothingMatchesNothingIsWritten() {
        Path out = dir.resolve("none.png");
        CliRun run = export("--from", "2021", "--to", "2022", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no events match the filters (0 events \u00b7 2021 \u2013 2022); nothing written");
        assertThat(out).doesNotExist();
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        String out = dir.resolve("x.png").toString();
        assertThat(export("--format", "gif", "-o", out).exitCode()).isEqualTo(2);
        assertThat(export("--format", "svg", "-o", out).err()).contains("does not match the extension");
        assertThat(export("--from", "2020-13", "-o", out).exitCode()).isEqualTo(2);
        assertThat(export("--from", "2024", "--to", "2020", "-o", out).err()).contains("is before --from");
        assertThat(export("--width", "10", "-o", out).exitCode()).isEqualTo(2);
        assertThat(export("--scale", "4", "-o", out).exitCode()).isEqualTo(2);
        assertThat(export("--lanes", "year", "-o", out).exitCode()).isEqualTo(2);
        assertThat(export("--theme", "neon", "-o", out).exitCode()).isEqualTo(2);
        assertThat(export("--paper", "a5", "-o", out).exitCode()).isEqualTo(2);
        assertThat(Path.of(out)).doesNotExist();
    }

    @Test
    void aBrokenDatasetWithoutAGoodStoreIsAProblemAndWithOneAWarning() throws Exception {
        Fixtures.edit(dataset, "\"kind\": \"letter\"", "\"kind\": \"postcard\"");
        Path out = dir.resolve("out.svg");
        CliRun broken = export("-o", out.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).contains("unknown event kind \"postcard\"").contains("no earlier good store");
        assertThat(out).doesNotExist();

        Fixtures.edit(dataset, "\"kind\": \"postcard\"", "\"kind\": \"letter\"");
        assertThat(export("-o", dir.resolve("first.svg").toString()).exitCode()).isZero();
        Fixtures.edit(dataset, "\"kind\": \"letter\"", "\"kind\": \"postcard\"");
        CliRun kept = export("-o", out.toString());
        assertThat(kept.exitCode()).as(kept.err()).isZero();
        assertThat(kept.err()).contains("warning:").contains("1 problem").contains("last good version");
        assertThat(out).exists();
    }

    @Test
    void aSetTooDenseToReadIsRefusedWithAdviceUnlessAllowed() throws Exception {
        Path big = dir.resolve("big");
        app.corridor.dataset.DatasetWriter.write(app.corridor.dataset.DatasetGenerator.generate(6000, 1), big, false);
        Path out = dir.resolve("dense.svg");
        List<String> base = List.of("export", "--dataset", big.resolve("events.json").toString(), "--store-dir",
                dir.resolve("big-store").toString(), "-o", out.toString());
        CliRun refused = CliRun.of(base.toArray(String[]::new));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Too dense to read at 1,600 px").contains("nothing was written")
                .contains("What would help:").contains("narrow the filters").contains("--allow-dense");
        assertThat(out).doesNotExist();
        // Whatever else it advises (a width, ranges of a split) exports when followed, without asking again.
        java.util.regex.Matcher advised = java.util.regex.Pattern
                .compile("--width (\\d+)|--from (\\S+) --to (\\S+)").matcher(refused.err());
        int n = 0;
        while (advised.find()) {
            List<String> followed = new ArrayList<>(base.subList(0, base.size() - 1));
            followed.add(dir.resolve("advised-" + n++ + ".svg").toString());
            if (advised.group(1) != null) {
                followed.addAll(List.of("--width", advised.group(1)));
            } else {
                followed.addAll(List.of("--from", advised.group(2), "--to", advised.group(3)));
            }
            CliRun run = CliRun.of(followed.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", followed) + "\n" + run.err()).isZero();
        }
        List<String> allowed = new ArrayList<>(base);
        allowed.add("--allow-dense");
        CliRun drawn = CliRun.of(allowed.toArray(String[]::new));
        assertThat(drawn.exitCode()).as(drawn.err()).isZero();
        assertThat(Files.readString(out)).doesNotContain("class=\"cluster\"");
    }

    @Test
    void theSwitchesLeaveOutTheTodayLineTheBreaksAndTheFootnotes() throws Exception {
        Path with = dir.resolve("with.svg");
        assertThat(export("--to", "2025-12", "-o", with.toString()).exitCode()).isZero();
        Path without = dir.resolve("without.svg");
        CliRun r = export("--to", "2025-12", "--no-today", "--no-axis-breaks", "--no-footer", "-o",
                without.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String a = Files.readString(with);
        String b = Files.readString(without);
        assertThat(a).contains("no events").contains("href=\"#source-1\"");
        assertThat(b).doesNotContain("no events").doesNotContain("href=").doesNotContain(">Sources<");
    }

    @Test
    void aChronologyIsWrittenAsMarkdownOrPdfAndNotAsAnImage() throws Exception {
        Path md = dir.resolve("chronology.md");
        CliRun r = export("-o", md.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(md)).contains("## 2020").contains("[^1]:");
        Path pdf = dir.resolve("chronology.pdf");
        CliRun p = export("--layout", "chronology", "-o", pdf.toString());
        assertThat(p.exitCode()).as(p.err()).isZero();
        assertThat(p.out()).contains("A4 portrait, 1 page");
        CliRun png = export("--layout", "chronology", "-o", dir.resolve("c.png").toString());
        assertThat(png.exitCode()).isEqualTo(2);
        assertThat(png.err()).contains("a chronology is written as pdf or md");
    }

    @Test
    void aStoreCorridorCannotUseIsMovedAsideAndTheExportSaysWhereWithoutATrace() throws Exception {
        Path storeDir = Files.createDirectories(dir.resolve("store"));
        Files.writeString(storeDir.resolve("corridor.db"), "the user's file, not a store");
        CliRun run = export("-o", dir.resolve("out.svg").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path aside;
        try (var files = Files.list(storeDir)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("corridor.db.broken-")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(aside)).isEqualTo("the user's file, not a store");
        assertThat(run.err()).startsWith("corridor export: warning: Corridor could not use its store "
                + storeDir.resolve("corridor.db")).contains("moved aside to " + aside).contains("A new store was built")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aBadValueInTheStoreIsDamageNotATrace() throws Exception {
        assertThat(export("-o", dir.resolve("first.svg").toString()).exitCode()).isZero();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("store/corridor.db"));
             var st = c.createStatement()) {
            st.execute("UPDATE events SET date = '2024-13-45' WHERE id = 'letters-2024'");
        }
        CliRun run = export("-o", dir.resolve("out.svg").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("(a row of events (letters-2024) holds a value Corridor cannot read: month 13")
                .doesNotContain("DateTimeException").doesNotContain("\tat ");
        assertThat(run.out()).startsWith("Wrote ");
    }

    @Test
    void aStoreFromANewerCorridorIsLeftAloneAndTheExportRunsOnATemporaryOne() throws Exception {
        assertThat(export("-o", dir.resolve("first.svg").toString()).exitCode()).isZero();
        Path store = dir.resolve("store/corridor.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store); var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        byte[] newer = Files.readAllBytes(store);
        CliRun run = export("-o", dir.resolve("out.svg").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: The store " + store + " was made by Corridor ")
                .contains("store schema 99").contains("temporary store");
        assertThat(Files.readAllBytes(store)).isEqualTo(newer);
        assertThat(dir.resolve("out.svg")).exists();
    }

    @Test
    void anEditedSourceIsNoticedAndTheLastGoodStoreUsedWithAWarning() throws Exception {
        assertThat(export("-o", dir.resolve("first.svg").toString()).exitCode()).isZero();
        Files.writeString(dataset.resolveSibling("sources/speech.txt"), "rewritten");
        CliRun run = export("-o", dir.resolve("out.svg").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // The checksum and each quote from it no longer match.
        assertThat(run.err()).containsPattern("warning: .*events.json has \\d+ problems \\(see corridor validate\\)")
                .contains("last good version");
    }
}
