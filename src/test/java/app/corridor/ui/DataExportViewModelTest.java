package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.export.DataExportService;
import app.corridor.export.DataFormat;
import app.corridor.model.Dataset;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataExportViewModelTest {

    private static final Dataset CURATED = new DatasetLoader()
            .load(new DirectoryDatasetFiles(Path.of("data")), DatasetLoader.DATASET_FILE).dataset();

    @TempDir
    Path dir;

    private DataExportViewModel open(Path settings) {
        EventFilter filter = EventFilter.all().withRange(PartialDate.ofYear(2024), null);
        return new DataExportViewModel(CURATED.events().stream().filter(e -> e.date().lastDay().getYear() >= 2024)
                .toList(), CURATED, filter, new InlineBackground(), Runnable::run, new DataExportService(),
                ExportSettings.load(settings), settings);
    }

    @Test
    void theTargetIsNamedAfterTheFiltersAndFollowsTheFormat() {
        DataExportViewModel vm = open(null);
        assertThat(vm.targetProperty().get()).endsWith("corridor-2024-2026.csv");
        vm.formatProperty().set(DataFormat.BIBTEX);
        assertThat(vm.targetProperty().get()).endsWith("corridor-2024-2026.bib");
        vm.formatProperty().set(DataFormat.JSON);
        assertThat(vm.targetProperty().get()).endsWith("corridor-2024-2026");
    }

    @Test
    void exportsAndRemembersFolderAndFormat() throws Exception {
        Path settings = dir.resolve("store");
        Path out = Files.createDirectory(dir.resolve("out"));
        DataExportViewModel vm = open(settings);
        vm.formatProperty().set(DataFormat.CSL_JSON);
        vm.targetProperty().set(out.resolve("refs.csl.json").toString());
        vm.export();
        assertThat(vm.resultProperty().get()).isNotNull();
        assertThat(out.resolve("refs.csl.json")).exists();
        DataExportViewModel next = open(settings);
        assertThat(next.formatProperty().get()).isEqualTo(DataFormat.CSL_JSON);
        assertThat(Path.of(next.targetProperty().get()).getParent()).isEqualTo(out);
        vm.export();
        assertThat(vm.job().replaceQuestionProperty().get()).isEqualTo(out.resolve("refs.csl.json"));
    }
}
