package app.corridor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {

    @TempDir
    Path dir;

    private LoadResult load(Path file) {
        return new DatasetLoader().load(new DirectoryDatasetFiles(file.getParent()), file.getFileName().toString());
    }

    private List<Problem> problems(Path file) {
        LoadResult result = load(file);
        assertThat(result.isValid()).as("dataset should have problems").isFalse();
        return result.problems();
    }

    @Test
    void aValidDatasetLoadsWithEveryQuoteLocatedVerbatim() {
        Path file = Fixtures.mini(dir);
        LoadResult result = load(file);
        assertThat(result.problems()).isEmpty();
        Dataset d = result.dataset();
        assertThat(d.events()).extracting(Event::id)
                .containsExactly("president-b-visit", "second-conference", "letters-2024", "airport-opens");
        for (Event e : d.events()) {
            for (Quote q : e.quotes()) {
                assertThat(d.sourceTexts().get(q.sourceId()).substring(q.start(), q.end())).isEqualTo(q.text());
            }
        }
        // Typed with plain spaces, stored with the source's own U+2002.
        Quote both = d.events().get(1).quotes().get(1);
        assertThat(both.text()).isEqualTo("Both sides\u2002agreed to deepen cooperation.");
        assertThat(result.contentHash()).hasSize(64);
    }

    @Test
    void aLoaderForCheckingFindsTheSameDatasetAndProblemsButNoContentHash() throws IOException {
        Path file = Fixtures.mini(dir);
        DirectoryDatasetFiles files = new DirectoryDatasetFiles(dir);
        LoadResult kept = new DatasetLoader().load(files, "events.json");
        LoadResult checked = DatasetLoader.forChecking().load(files, "events.json");
        assertThat(kept.contentHash()).isEqualTo(Hashing.sha256(Files.readAllBytes(file)));
        assertThat(checked.contentHash()).isNull();
        assertThat(checked.dataset().events()).extracting(Event::id)
                .isEqualTo(kept.dataset().events().stream().map(Event::id).toList());

        Fixtures.edit(file, "\"date\": \"2025-01\"", "\"date\": \"2025-13\"");
        List<Problem> expected = new DatasetLoader().load(files, "events.json").problems();
        assertThat(expected).extracting(Problem::line).allMatch(line -> line > 0);
        assertThat(DatasetLoader.forChecking().load(files, "events.json").problems()).isEqualTo(expected);
    }

    @Test
    void aSyntaxErrorIsReportedWithLineAndColumn() throws IOException {
        Path file = Fixtures.mini(dir);
        int line = Fixtures.lineOf(file, "\"title\": \"Second conference\"");
        Fixtures.edit(file, "\"title\": \"Second conference\",", "\"title\": \"Second conference\" ,,");
        List<Problem> problems = problems(file);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(line);
        assertThat(problems.get(0).column()).isGreaterThan(1);
        assertThat(problems.get(0).message()).startsWith("JSON syntax error");
        assertThat(problems.get(0).format()).startsWith(problems.get(0).file() + ":" + line + ":");
    }

    @Test
    void schemaProblemsNameTheJsonPathAndPosition() {
        Path file = Fixtures.mini(dir);
        int line = Fixtures.lineOf(file, "\"date\": \"2025-01\"");
        Fixtures.edit(file, "\"date\": \"2025-01\"", "\"date\": 2025");
        Problem p = problems(file).get(0);
        assertThat(p.pointer()).isEqualTo("/events/2/date");
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.message()).isEqualTo("expected a string, found the number 2025");
        assertThat(p.format()).contains(":" + line + ":").contains("/events/2/date: expected a string");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"summary\": \"The leaders exchanged letters.\",", "");
        assertThat(problems(file)).extracting(Problem::pointer, Problem::message)
                .contains(org.assertj.core.groups.Tuple.tuple("/events/3/summary", "required field \"summary\" is missing"));
    }

    @Test
    void anUnknownFieldIsReportedAsATypo() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"location\": \"Beijing\"", "\"locaton\": \"Beijing\"");
        assertThat(problems(file)).extracting(Problem::pointer).contains("/events/1/locaton");
    }

    @Test
    void unknownKindsListWhatIsAllowed() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"kind\": \"letter\"", "\"kind\": \"postcard\"");
        Problem p = problems(file).get(0);
        assertThat(p.pointer()).isEqualTo("/events/3/kind");
        assertThat(p.message()).contains("unknown event kind \"postcard\"").contains("state-visit").contains("letter");
    }

    @Test
    void impossibleAndReversedDatesAreProblems() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"date\": \"2020-08-20\"", "\"date\": \"2020-02-30\"");
        Fixtures.edit(file, "\"date\": \"2020-03-16/2020-03-17\"", "\"date\": \"2020-03-17/2020-03-16\"");
        assertThat(problems(file)).extracting(Problem::pointer, Problem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/events/0/date",
                        "invalid date \"2020-02-30\": February 2020 has no day 30 (it has 29 days) "
                                + "(use YYYY, YYYY-MM, YYYY-MM-DD or START/END)"),
                org.assertj.core.groups.Tuple.tuple("/events/1/date",
                        "invalid date \"2020-03-17/2020-03-16\": the interval ends (2020-03-16) before it starts "
                                + "(2020-03-17) (use YYYY, YYYY-MM, YYYY-MM-DD or START/END)"));
    }

    @Test
    void duplicateIdsAreProblems() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"id\": \"letters-2024\"", "\"id\": \"airport-opens\"");
        Problem p = problems(file).get(0);
        assertThat(p.pointer()).isEqualTo("/events/3/id");
        assertThat(p.message()).contains("duplicate id \"airport-opens\"");
    }

    @Test
    void idsMustBeSlugs() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"id\": \"party-c\"", "\"id\": \"Party C\"");
        assertThat(problems(file)).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("not a slug"));
    }

    @Test
    void unknownActorAndSourceReferencesAreProblems() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"actor\": \"president-b\",\n          \"part\": \"guest\"",
                "\"actor\": \"president-z\",\n          \"part\": \"guest\"");
        Fixtures.edit(file, "\"source\": \"article\",\n          \"text\": \"Leaders",
                "\"source\": \"articel\",\n          \"text\": \"Leaders");
        assertThat(problems(file)).extracting(Problem::pointer, Problem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/events/1/actors/0/actor",
                        "unknown actor \"president-z\": no actor in /actors has this id"),
                org.assertj.core.groups.Tuple.tuple("/events/3/quotes/0/source",
                        "unknown source \"articel\": no source in /sources has this id"));
    }

    @Test
    void aQuoteNotInItsSourceSaysWhereItStopsMatching() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "at a critical moment.", "at a decisive moment.");
        Problem p = problems(file).get(0);
        assertThat(p.pointer()).isEqualTo("/events/1/quotes/0/text");
        assertThat(p.message()).contains("quote not found in source \"speech\"")
                .contains("in March 2020 at a\" and differs after that");
    }

    @Test
    void oneQuoteGivenTwiceIsFoundTwiceAndMisquotedTwiceIsReportedTwice() throws IOException {
        Path file = Fixtures.mini(dir);
        String same = "{\n          \"source\": \"speech\",\n          \"text\": \"Both sides agreed to deepen cooperation.\"\n        }";
        Fixtures.edit(file, same, same + ",\n        " + same);
        LoadResult result = load(file);
        assertThat(result.problems()).isEmpty();
        List<Quote> quotes = result.dataset().events().get(1).quotes();
        assertThat(quotes).hasSize(3);
        assertThat(quotes.get(2).start()).isEqualTo(quotes.get(1).start());
        assertThat(quotes.get(2).text()).isEqualTo("Both sides\u2002agreed to deepen cooperation.");

        Files.writeString(file, Files.readString(file).replace("deepen cooperation.", "widen cooperation."));
        assertThat(problems(file)).extracting(Problem::pointer)
                .containsExactly("/events/0/quotes/1/text", "/events/0/quotes/2/text");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"kind\": \"letter\"", "\"kind\": \"postcard\"");
        Fixtures.edit(file, "\"date\": \"2025-01\"", "\"date\": \"2025-13\"");
        Fixtures.edit(file, "at a critical moment.", "at a decisive moment.");
        Fixtures.edit(file, "\"country\": \"PK\",\n      \"kind\": \"organisation\"",
                "\"country\": \"IN\",\n      \"kind\": \"organisation\"");
        List<Problem> problems = problems(file);
        assertThat(problems).extracting(Problem::pointer).containsExactly(
                "/actors/2/country", "/events/1/quotes/0/text", "/events/2/date", "/events/3/kind");
        assertThat(problems).isSortedAccordingTo(java.util.Comparator.comparingInt(Problem::line));
    }

    @Test
    void aMissingSourceFileIsAProblem() throws IOException {
        Path file = Fixtures.mini(dir);
        Files.delete(dir.resolve("sources/article.txt"));
        Problem p = problems(file).get(0);
        assertThat(p.pointer()).isEqualTo("/sources/1/file");
        assertThat(p.message()).startsWith("source file not found: ").contains("article.txt");
    }

    @Test
    void aSourceOutsideTheSourcesFolderIsRefused() throws IOException {
        Path file = Fixtures.mini(dir);
        Files.copy(dir.resolve("sources/article.txt"), dir.resolve("article.txt"));
        Fixtures.edit(file, "\"file\": \"sources/article.txt\"", "\"file\": \"sources/../article.txt\"");
        assertThat(problems(file).get(0).message()).contains("is outside sources/");
        Fixtures.edit(file, "\"file\": \"sources/../article.txt\"", "\"file\": \"/etc/passwd\"");
        assertThat(problems(file).get(0).message()).contains("is outside sources/");
    }

    @Test
    void aSourceThatDiffersFromItsChecksumIsCaught() throws IOException {
        Path file = Fixtures.mini(dir);
        Path source = dir.resolve("sources/speech.txt");
        // "Fixing" a typo or a space in a source is exactly what must not pass silently.
        Files.writeString(source, Files.readString(source).replace('\u2002', ' '));
        Problem p = problems(file).get(0);
        assertThat(p.pointer()).isEqualTo("/sources/0/sha256");
        assertThat(p.message()).contains("differs from its recorded checksum");
    }

    @Test
    void anUnsupportedSchemaVersionIsNamed() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"schemaVersion\": 1", "\"schemaVersion\": 7");
        assertThat(problems(file).get(0).message()).contains("schema version 7 is not supported");
    }

    @Test
    void aDuplicateKeyIsAProblem() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"title\": \"Airport opens\",", "\"title\": \"Airport opens\", \"title\": \"Again\",");
        Problem p = problems(file).get(0);
        assertThat(p.pointer()).isEqualTo("/events/2/title");
        assertThat(p.message()).contains("duplicate key");
    }

    @Test
    void anEventWithoutQuotesIsAProblem() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "{\n          \"source\": \"article\",\n          \"text\": \"Leaders exchanged letters in 2024\"\n        }", "");
        assertThat(problems(file)).extracting(Problem::pointer, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/events/3/quotes", "an event needs at least one quote from a source"));
    }

    @Test
    void aMissingOrNonUtf8DatasetFileIsOneClearProblem() throws IOException {
        assertThat(problems(dir.resolve("absent.json"))).extracting(Problem::message).containsExactly("file not found");
        Path bad = dir.resolve("latin1.json");
        Files.write(bad, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        Problem p = problems(bad).get(0);
        assertThat(p.message()).startsWith("the file is not valid UTF-8 text").contains("0xE9");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(3);
    }

    /**
     * The file is parsed as it is read, in pieces: a character cut by a piece's end is still one
     * character, and what lies past the first piece is placed by line and column all the same.
     */
    @Test
    void problemsPastTheFirstPieceReadAreFoundAndPlaced() throws IOException {
        // "中" is three bytes: its first lies at the last byte of the first piece.
        String pad = "a".repeat(PieceReader.PIECE - 1 - "{\"title\": \"".length());
        byte[] start = ("{\"title\": \"" + pad + "中\",\n").getBytes(StandardCharsets.UTF_8);
        assertThat(new String(start, StandardCharsets.UTF_8).indexOf('中')).isEqualTo(PieceReader.PIECE - 1);

        Path syntax = dir.resolve("syntax.json");
        Files.write(syntax, concat(start, "  \"sources\": [] ]\n}".getBytes(StandardCharsets.UTF_8)));
        assertThat(problems(syntax)).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("JSON syntax error");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(17);
        });

        Path latin1 = dir.resolve("latin1-late.json");
        Files.write(latin1, concat(start, new byte[] {' ', ' ', '"', (byte) 0xE9, '"', ':', '1', '}'}));
        assertThat(problems(latin1)).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("the file is not valid UTF-8 text").contains("0xE9");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(4);
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    @Test
    void aQuoteOrTitleOfOnlyNoBreakSpacesIsEmpty() {
        // Before: String.isBlank() keeps U+00A0, and the old locator "found" such a quote as an empty span.
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"text\": \"Leaders exchanged letters in 2024\"", "\"text\": \"\u00a0\u00a0\"");
        Fixtures.edit(file, "\"title\": \"Airport opens\"", "\"title\": \"\u2002\u00a0\"");
        assertThat(problems(file)).extracting(Problem::pointer, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/events/2/title", "title is empty"),
                org.assertj.core.groups.Tuple.tuple("/events/3/quotes/0/text", "quote text is empty"));
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs({org.junit.jupiter.api.condition.OS.LINUX,
            org.junit.jupiter.api.condition.OS.MAC})
    void aLinkFromOneSourceToAnotherInsideSourcesIsFollowed() throws IOException {
        Path file = Fixtures.mini(dir);
        Path sources = dir.resolve("sources");
        Files.createDirectory(sources.resolve("originals"));
        Files.move(sources.resolve("article.txt"), sources.resolve("originals/article.txt"));
        Files.createSymbolicLink(sources.resolve("article.txt"), Path.of("originals/article.txt"));
        assertThat(load(file).problems()).isEmpty();
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsChangeNothingButTheBytes() throws IOException {
        Path file = Fixtures.mini(dir);
        int line = Fixtures.lineOf(file, "\"kind\": \"letter\"");
        Fixtures.edit(file, "\"kind\": \"letter\"", "\"kind\": \"postcard\"");
        String text = Files.readString(file);
        Files.write(file, ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Problem p = problems(file).get(0);
        assertThat(p.pointer()).isEqualTo("/events/3/kind");
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.column()).isEqualTo(15);
    }

    @Test
    void columnsCountCharactersNotBytes() {
        Path file = Fixtures.mini(dir);
        // "nativeName": "甲" is on one line: a problem after the Chinese character is one column on, not three.
        Fixtures.edit(file, "\"nativeName\": \"甲\",", "\"nativeName\": \"甲\", \"nick\": 1,");
        Problem p = problems(file).get(0);
        assertThat(p.pointer()).isEqualTo("/actors/0/nick");
        assertThat(p.column()).isEqualTo(34);
    }

    @Test
    void textWithControlCharactersOrHalfACharacterIsAProblem() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"title\": \"Airport opens\"", "\"title\": \"Airport \\ud800opens\"");
        Fixtures.edit(file, "\"summary\": \"The leaders exchanged letters.\"",
                "\"summary\": \"The leaders\\u001b[31m exchanged letters.\"");
        assertThat(problems(file)).extracting(Problem::pointer, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/events/2/title", "contains U+D800, half of a character (a lone "
                        + "surrogate): the text is damaged; retype it"),
                org.assertj.core.groups.Tuple.tuple("/events/3/summary", "contains the control character U+001B, "
                        + "which has no place in text; remove it"));
    }

    @Test
    void aPrintedProblemShowsCharactersATerminalWouldActOnAsEscapes() {
        Problem p = new Problem("events.json", "/events/0/id", 3, 4,
                "id \"a\u001b[2Jb\u202ec\ud800\" is not a slug; \u4e60\ud83d\ude00 stay");
        assertThat(p.format()).isEqualTo("events.json:3:4: /events/0/id: id \"a\\u001B[2Jb\\u202Ec\\uD800\" is not a slug; "
                + "\u4e60\ud83d\ude00 stay");
    }

    @Test
    void problemsFoundAfterReadingAreStillPlacedAtTheirValue() {
        Path file = Fixtures.mini(dir);
        int dateLine = Fixtures.lineOf(file, "\"date\": \"2025-01\"");
        int actorLine = Fixtures.lineOf(file, "\"actor\": \"president-b\",\n          \"part\": \"guest\"");
        Fixtures.edit(file, "\"date\": \"2025-01\"", "\"date\": \"2025-13\"");
        Fixtures.edit(file, "\"actor\": \"president-b\",\n          \"part\": \"guest\"",
                "\"actor\": \"president-z\",\n          \"part\": \"guest\"");
        assertThat(problems(file)).extracting(Problem::pointer, Problem::line, Problem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/events/1/actors/0/actor", actorLine, 20),
                org.assertj.core.groups.Tuple.tuple("/events/2/date", dateLine, 15));
    }

    @Test
    void aVeryLongIdOrFilePathIsCheckedWithoutExhaustingTheStack() {
        // Found by fuzzing: the slug and path patterns repeat a group, which Java's regex engine recurses on.
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"id\": \"party-c\"", "\"id\": \"" + "a-".repeat(100_000) + "a\"");
        Fixtures.edit(file, "\"file\": \"sources/article.txt\"", "\"file\": \"sources/" + "a/".repeat(100_000) + "b.txt\"");
        assertThat(problems(file)).extracting(Problem::pointer).contains("/sources/1/file");
        Fixtures.edit(file, "\"id\": \"" + "a-".repeat(100_000) + "a\"", "\"id\": \"" + "a-".repeat(100_000) + "\"");
        assertThat(problems(file)).extracting(Problem::pointer).contains("/actors/2/id", "/sources/1/file");
    }

    @Test
    void aSyntaxErrorAfterTheSourcesIsTheOnlyProblemEvenWhenASourceIsMissing() throws IOException {
        // The sources are checked while the parser reads on: their problems must not leak into this result.
        Path file = Fixtures.mini(dir);
        Files.delete(dir.resolve("sources/article.txt"));
        Fixtures.edit(file, "\"title\": \"Airport opens\",", "\"title\": \"Airport opens\",,");
        assertThat(problems(file)).extracting(Problem::message).singleElement()
                .satisfies(m -> assertThat(m).startsWith("JSON syntax error"));
    }

    @Test
    void aRepeatedSourcesKeyIsAProblemAndTheLastArrayIsTheOneChecked() {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\n  \"actors\": [", "\n  \"sources\": [{\"id\": \"gone\", \"file\": \"sources/gone.txt\", "
                + "\"sha256\": \"" + "0".repeat(64) + "\", \"title\": \"Gone\"}],\n  \"actors\": [");
        assertThat(problems(file)).extracting(Problem::pointer, Problem::message).contains(
                org.assertj.core.groups.Tuple.tuple("/sources", "duplicate key: an earlier value for the same key is lost; keep one"),
                org.assertj.core.groups.Tuple.tuple("/sources/0/file", "source file not found: " + dir.resolve("sources/gone.txt")))
                .noneSatisfy(t -> assertThat(t.toList().get(0)).isEqualTo("/sources/1/file"));
    }

    @Test
    void aDatasetFileChangedWhileBeingCheckedGetsItsProblemsWithoutAPlaceRatherThanAWrongOne() throws IOException {
        Path file = Fixtures.mini(dir);
        Fixtures.edit(file, "\"date\": \"2025-01\"", "\"date\": \"2025-13\"");
        DirectoryDatasetFiles disk = new DirectoryDatasetFiles(dir);
        int[] reads = {0};
        DatasetFiles changing = new DatasetFiles() {
            @Override
            public byte[] read(String relativePath) throws IOException {
                byte[] bytes = disk.read(relativePath);
                // The second read (to place the problems) sees an edited file: two lines more at the top.
                return relativePath.equals("events.json") && reads[0]++ > 0
                        ? ("\n\n" + new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).getBytes(
                                java.nio.charset.StandardCharsets.UTF_8) : bytes;
            }

            @Override
            public byte[] read(String relativePath, String within, long maxBytes) throws IOException {
                return disk.read(relativePath, within, maxBytes);
            }

            @Override
            public String display(String relativePath) {
                return disk.display(relativePath);
            }
        };
        Problem p = new DatasetLoader().load(changing, "events.json").problems().get(0);
        assertThat(p.pointer()).isEqualTo("/events/2/date");
        assertThat(p.line()).isZero();
        assertThat(reads[0]).isEqualTo(2);
    }
}
