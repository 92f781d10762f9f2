package app.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.corridor.Fixtures;
import app.corridor.dataset.Hashing;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a hostile or careless user can hand {@code corridor validate}: each must end in exit 1 and
 * a message saying where (line:column or JSON path) and what, never a stack trace, an out-of-memory
 * error or a hang. The time limits here are hang guards (the old code never answered), not speed targets.
 */
class ValidateHostileInputTest {

    /** Generous: a hang guard only. Speed is measured by the benchmarks. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private CliRun validate(Path file) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.of("validate", file.toString()));
    }

    /** Exit 1, a located problem, and nothing that looks like a Java stack trace or internal name. */
    private static void assertCleanRefusal(CliRun run) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("StreamReadConstraints").doesNotContain("com.fasterxml").doesNotContain("Error:");
    }

    /** Replaces the article source's text and records its new checksum, as an editor would. */
    private static void replaceArticle(Path file, String text) throws IOException {
        replaceArticleBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNulInASourceFileNameIsAProblemOfThatField() {
        Path file = Fixtures.mini(dir);
        int line = Fixtures.lineOf(file, "\"file\": \"sources/article.txt\"");
        Fixtures.edit(file, "\"file\": \"sources/article.txt\"", "\"file\": \"sources/art\\u0000icle.txt\"");
        CliRun run = validate(file);
        assertCleanRefusal(run);
        assertThat(run.out()).contains(":" + line + ":").contains("/sources/1/file")
                .contains("control character U+0000");
    }

    @Test
    void aSchemaVersionWithAHugeExponentIsNotAWholeNumber() {
        for (String version : new String[] {"1e-2147483649", "1e2147483648", "1.0"}) {
            Path file = Fixtures.mini(dir.resolve(version));
            Fixtures.edit(file, "\"schemaVersion\": 1", "\"schemaVersion\": " + version);
            CliRun run = validate(file);
            assertCleanRefusal(run);
            assertThat(run.out()).as(version).contains(":2:").contains("/schemaVersion: expected a whole number, found the number "
                    + version);
        }
    }

    @Test
    void aSchemaVersionTooBigForAnIntIsNotReadAsOne() {
        String thousandDigits = "1" + "0".repeat(998) + "1";
        for (String version : new String[] {"4294967297", "-4294967295", thousandDigits}) {
            Path file = Fixtures.mini(dir.resolve(version.substring(0, 5)));
            Fixtures.edit(file, "\"schemaVersion\": 1", "\"schemaVersion\": " + version);
            CliRun run = validate(file);
            assertCleanRefusal(run);
            assertThat(run.out()).as(version).contains(":2:").contains("/schemaVersion: schema version "
                    + version.substring(0, 5)).contains("is not supported");
        }
    }

    @Test
    void aQuoteOfTenThousandWordsMatchingOnlyWithOtherWhitespaceIsFound() throws IOException {
        Path file = Fixtures.mini(dir);
        StringBuilder source = new StringBuilder("Title\n\n");
        StringBuilder quote = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            String word = "w" + i + (i % 7 == 0 ? "(*" : "") + (i % 11 == 0 ? "[" : "");
            source.append(word).append(i % 3 == 0 ? "\n" : i % 3 == 1 ? "\u2002" : "\u00a0 ");
            quote.append(i == 0 ? "" : " ").append(word);
        }
        replaceArticle(file, source.toString());
        Fixtures.edit(file, "\"text\": \"The airport commenced commercial operations\"",
                "\"text\": \"" + quote + "\"");
        Fixtures.edit(file, "\"text\": \"Leaders exchanged letters in 2024\"", "\"text\": \"w1 w2\"");
        CliRun run = validate(file);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @Test
    void aQuoteOfTenThousandWordsNotInItsSourceIsReportedNotCrashed() throws IOException {
        Path file = Fixtures.mini(dir);
        StringBuilder source = new StringBuilder();
        StringBuilder quote = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            source.append("w").append(i).append(i % 2 == 0 ? "\n" : " ");
            quote.append(i == 0 ? "" : " ").append("w").append(i == 9000 ? "x" : i).append(i % 5 == 0 ? "(" : "");
        }
        replaceArticle(file, source.toString());
        Fixtures.edit(file, "\"text\": \"The airport commenced commercial operations\"",
                "\"text\": \"" + quote + "\"");
        CliRun run = validate(file);
        assertCleanRefusal(run);
        assertThat(run.out()).contains("/events/2/quotes/0/text: quote not found in source \"article\"");
    }

    @Test
    void aLongQuoteAgainstTwoMegabytesOfRepeatedWordsAnswers() throws IOException {
        Path file = Fixtures.mini(dir);
        String source = "the same words again ".repeat(100_000); // 2.1 MB
        String quote = ("the same words again ".repeat(500) + "and then different").strip(); // 2,003 words
        replaceArticle(file, source);
        Fixtures.edit(file, "\"text\": \"The airport commenced commercial operations\"",
                "\"text\": \"" + quote + "\"");
        Fixtures.edit(file, "\"text\": \"Leaders exchanged letters in 2024\"",
                "\"text\": \"" + "again  the   same\u00a0words ".repeat(600).strip() + "\"");
        CliRun run = validate(file);
        assertCleanRefusal(run);
        assertThat(run.out()).contains("/events/2/quotes/0/text: quote not found in source \"article\"")
                .contains("\"...same words again the same words again\" and differs after that")
                .doesNotContain("/events/3/quotes/0/text");
    }

    @Test
    void aDatasetFileOfThreeGigabytesIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("events.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: takes no disk space
        }
        CliRun run = validate(file);
        assertCleanRefusal(run);
        assertThat(run.out()).contains("events.json: the file is 3.0 GB; a dataset file may be at most 256 MB");
    }

    /** What {@code validate} says of the mini dataset when its article source is replaced by what {@code make} makes. */
    private String validateWithArticle(IoAction make) throws Exception {
        Path file = Fixtures.mini(Files.createTempDirectory(dir, "case"));
        Path article = file.resolveSibling("sources/article.txt");
        Files.delete(article);
        make.run(article);
        CliRun run = validate(file);
        assertCleanRefusal(run);
        assertThat(run.out()).contains("/sources/1/file");
        return run.out();
    }

    @FunctionalInterface
    private interface IoAction {
        void run(Path path) throws Exception;
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSourceLinkedToADeviceIsRefusedBeforeReading() throws Exception {
        assertThat(validateWithArticle(article -> Files.createSymbolicLink(article, Path.of("/dev/zero"))))
                .contains("outside sources/");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSourceThatIsANamedPipeIsRefusedNotWaitedOn() throws Exception {
        assertThat(validateWithArticle(article -> assertThat(new ProcessBuilder("mkfifo", article.toString())
                .start().waitFor()).isZero())).contains("is not a regular file");
    }

    @Test
    void aSourceThatIsAFolderOrTooLargeIsRefused() throws Exception {
        assertThat(validateWithArticle(Files::createDirectory)).contains("is a folder, not a file");
        assertThat(validateWithArticle(article -> {
            try (RandomAccessFile f = new RandomAccessFile(article.toFile(), "rw")) {
                f.setLength(40L << 20); // sparse: takes no disk space
            }
        })).contains("is 40 MB; a source file may be at most 8 MB");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSourceLinkedOutsideSourcesIsRefusedAndItsTextNeverShown() throws IOException {
        Path file = Fixtures.miniWithSourceLinkedOutside(dir);
        Path secret = dir.resolve("secret.txt");
        Path article = dir.resolve("sources/article.txt");
        CliRun run = validate(file);
        assertCleanRefusal(run);
        assertThat(run.out()).contains("/sources/1/file").contains("outside sources/")
                .doesNotContain("matches up to").doesNotContain("Top secret");

        // A linked folder is no way round it either.
        Path outside = Files.createDirectory(dir.resolve("elsewhere"));
        Files.copy(secret, outside.resolve("article.txt"));
        Files.delete(article);
        Files.createSymbolicLink(dir.resolve("sources/linked"), outside);
        Fixtures.edit(file, "\"file\": \"sources/article.txt\"", "\"file\": \"sources/linked/article.txt\"");
        CliRun linkedFolder = validate(file);
        assertCleanRefusal(linkedFolder);
        assertThat(linkedFolder.out()).contains("/sources/1/file").contains("outside sources/")
                .doesNotContain("matches up to");
    }

    @Test
    void invalidUtf8IsLocatedAtItsFirstBadByte() throws IOException {
        Path file = Fixtures.mini(dir);
        int line = Fixtures.lineOf(file, "\"title\": \"Mini dataset\"");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("Mini dataset");
        // "Mini" then a Latin-1 é: column of the é = column of "Mini" + 4.
        int column = at - text.lastIndexOf('\n', at) + 4;
        byte[] broken = text.replace("Mini dataset", "Mini\u0000dataset").getBytes(StandardCharsets.UTF_8);
        broken[indexOf(broken, (byte) 0)] = (byte) 0xE9;
        Files.write(file, broken);
        CliRun run = validate(file);
        assertCleanRefusal(run);
        assertThat(run.out()).contains("events.json:" + line + ":" + column + ": ").contains("not valid UTF-8")
                .contains("0xE9");

        Path source = Fixtures.mini(dir.resolve("source"));
        replaceArticleBytes(source, "Line one\nLine two \u00e9\u00e9 \u00ff".getBytes(StandardCharsets.ISO_8859_1));
        CliRun sourceRun = validate(source);
        assertCleanRefusal(sourceRun);
        assertThat(sourceRun.out()).contains("/sources/1/file").contains("article.txt is not valid UTF-8")
                .contains("line 2, column 10");
    }

    @Test
    void jsonReaderLimitsAreSaidInPlainWordsWithTheirPlace() throws IOException {
        Path deep = Fixtures.mini(dir.resolve("deep"));
        Fixtures.edit(deep, "\"note\": \"Author not stated in the text.\"",
                "\"note\": " + "[".repeat(1500) + "]".repeat(1500));
        assertLimit(deep, "nested more than 1000 levels deep", Fixtures.lineOf(deep, "[[[["));

        Path longString = Fixtures.mini(dir.resolve("string"));
        Fixtures.edit(longString, "\"note\": \"Author not stated in the text.\"",
                "\"note\": \"" + "x".repeat(20_000_001) + "\"");
        assertLimit(longString, "longer than 20000000 characters", Fixtures.lineOf(longString, "xxxx"));

        Path longNumber = Fixtures.mini(dir.resolve("number"));
        Fixtures.edit(longNumber, "\"schemaVersion\": 1", "\"schemaVersion\": " + "9".repeat(1001));
        assertLimit(longNumber, "has more than 1000 digits", 2);

        Path longKey = Fixtures.mini(dir.resolve("key"));
        Fixtures.edit(longKey, "\"note\": \"Author not stated in the text.\"",
                "\"" + "k".repeat(60_000) + "\": 1");
        assertLimit(longKey, "key longer than 50000 characters", Fixtures.lineOf(longKey, "kkkk"));
    }

    private void assertLimit(Path file, String words, int line) {
        CliRun run = validate(file);
        assertCleanRefusal(run);
        assertThat(run.out()).contains(words).contains("events.json:" + line + ":");
    }

    private static void replaceArticleBytes(Path file, byte[] bytes) throws IOException {
        Path article = file.resolveSibling("sources/article.txt");
        String oldSha = Hashing.sha256(Files.readAllBytes(article));
        Files.write(article, bytes);
        Fixtures.edit(file, oldSha, Hashing.sha256(bytes));
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("no byte " + b);
    }
}
