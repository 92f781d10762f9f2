package app.corridor.curate;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.Problem;
import app.corridor.dataset.canonical.DatasetDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LiveValidatorTest {

    @TempDir
    Path dir;

    private List<Problem> live(Path file) throws Exception {
        return new LiveValidator(file).validate(DatasetDocuments.read(Files.readAllBytes(file), file.toString()))
                .problems().stream().map(Validation.FieldProblem::problem).toList();
    }

    private List<Problem> fromFile(Path file) {
        return new DatasetLoader().load(new DirectoryDatasetFiles(file.getParent()), file.getFileName().toString())
                .problems();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSourceLinkedOutsideSourcesIsRefusedInCuratorModeAsByValidateAndItsTextNeverShown() throws Exception {
        Path file = Fixtures.mini(dir);
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "Top secret plans for the airport commenced commercial operations.");
        Path article = dir.resolve("sources/article.txt");
        Files.delete(article);
        Files.createSymbolicLink(article, secret);
        Fixtures.edit(file, "\"text\": \"The airport commenced commercial operations\"",
                "\"text\": \"Top secret plans for the moon\"");

        List<Problem> live = live(file);
        assertThat(live).extracting(Problem::message).anyMatch(m -> m.contains("outside sources/"))
                .noneMatch(m -> m.contains("Top secret") || m.contains("matches up to"));
        assertThat(live).extracting(Problem::message).isEqualTo(messages(fromFile(file)));
    }

    @Test
    void aSourceOverTheSourceLimitIsRefusedInCuratorModeAsByValidate() throws Exception {
        Path file = Fixtures.mini(dir);
        Path article = dir.resolve("sources/article.txt");
        Files.write(article, new byte[(int) DatasetLoader.MAX_SOURCE_BYTES + 1]);

        List<Problem> live = live(file);
        assertThat(live).extracting(Problem::message).anyMatch(m -> m.contains("a source file may be at most 8 MB"));
        assertThat(live).extracting(Problem::message).isEqualTo(messages(fromFile(file)));
    }

    /** What the problems say (the fixture is not in canonical order, so their places differ). */
    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }
}
