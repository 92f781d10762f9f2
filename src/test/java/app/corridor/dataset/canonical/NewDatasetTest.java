package app.corridor.dataset.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewDatasetTest {

    @TempDir
    Path dir;

    @Test
    void createsACanonicalEmptyDatasetThatValidates() throws Exception {
        Path events = NewDataset.create(dir.resolve("my-data"), "Exchanges, 2020–2025");
        assertThat(Files.isDirectory(dir.resolve("my-data/sources"))).isTrue();
        LoadResult result = new DatasetLoader().load(new DirectoryDatasetFiles(events.getParent()), "events.json");
        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().title()).isEqualTo("Exchanges, 2020–2025");
        assertThat(CanonicalJson.format(Files.readAllBytes(events), "events.json").isCanonical()).isTrue();
    }

    @Test
    void anEmptyFolderIsFilledButOneWithAnythingInItIsLeftAlone() throws Exception {
        Files.createDirectory(dir.resolve("empty"));
        NewDataset.create(dir.resolve("empty"), "T");
        Path full = Files.createDirectory(dir.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> NewDataset.create(full, "T")).isInstanceOf(IOException.class)
                .hasMessageContaining("not empty");
        try (var entries = Files.list(full)) {
            assertThat(entries).containsExactly(full.resolve("notes.txt"));
        }
    }

    @Test
    void theBundledDatasetIsCopiedToAFolderWhereItValidatesAndCanBeEdited() throws Exception {
        Path events = NewDataset.copy(app.corridor.dataset.ClasspathDatasetFiles.bundled(), "events.json",
                dir.resolve("copy"));
        LoadResult copied = new DatasetLoader().load(new DirectoryDatasetFiles(events.getParent()), "events.json");
        LoadResult bundled = new DatasetLoader().load(app.corridor.dataset.ClasspathDatasetFiles.bundled(),
                "events.json");
        assertThat(copied.problems()).isEmpty();
        assertThat(copied.dataset()).isEqualTo(bundled.dataset());
        assertThatThrownBy(() -> NewDataset.copy(app.corridor.dataset.ClasspathDatasetFiles.bundled(), "events.json",
                dir.resolve("copy"))).hasMessageContaining("not empty");
    }
}
