package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.export.ExportFormat;
import app.corridor.export.ExportLayout;
import app.corridor.export.ExportRequest.Part;
import app.corridor.export.ExportService;
import app.corridor.export.Paper;
import app.corridor.layout.LaneMode;
import app.corridor.layout.SyntheticEvents;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's logic, without a toolkit: defaults, memory, replacing, density. */
class ExportViewModelTest {

    private static final Dataset CURATED = new DatasetLoader()
            .load(new DirectoryDatasetFiles(Path.of("data")), DatasetLoader.DATASET_FILE).dataset();

    @TempDir
    Path dir;

    private final EventFilter filter = new EventFilter(PartialDate.ofYear(2019), PartialDate.ofYear(2025), Set.of(),
            false, Set.of(EventKind.STATE_VISIT, EventKind.OFFICIAL_VISIT), "");
    private final List<Event> events = CURATED.events().stream()
            .filter(e -> Set.of(EventKind.STATE_VISIT, EventKind.OFFICIAL_VISIT).contains(e.kind()))
            .filter(e -> e.date().lastDay().getYear() >= 2019 && e.date().firstDay().getYear() <= 2025).toList();

    private ExportViewModel open(Path settings) {
        // The screen showed a window of mid-2024 to mid-2027 (the whole range is the default anyway).
        ExportViewModel.Source source = new ExportViewModel.Source(events, CURATED, filter, LaneMode.KIND,
                id -> CURATED.actor(id).orElse(null), LocalDate.of(2024, 6, 1).toEpochDay(),
                LocalDate.of(2027, 6, 1).toEpochDay());
        return new ExportViewModel(source, new InlineBackground(), Runnable::run, new ExportService(),
                ExportSettings.load(settings), settings);
    }

    @Test
    void theDefaultsAreTheWholeFilteredRangeInTheLightThemeWithAFileNameMatchingTheFilters() {
        ExportViewModel vm = open(dir.resolve("store"));
        assertThat(vm.formatProperty().get()).isEqualTo(ExportFormat.PNG);
        assertThat(vm.wholeRangeProperty().get()).isTrue();
        assertThat(vm.range().firstDay()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(vm.range().lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(vm.themeProperty().get()).isEqualTo("light");
        assertThat(vm.widthProperty().get()).isEqualTo(ExportFormat.PNG.defaultWidth());
        assertThat(vm.scaleProperty().get()).isEqualTo(2);
        assertThat(Path.of(vm.fileProperty().get()).getFileName().toString())
                .isEqualTo("corridor-2019-2025-state-visits-official-visits.png");
        assertThat(vm.request().includes(Part.AXIS_BREAKS)).isTrue();
        assertThat(vm.request().includes(Part.TODAY)).isTrue();
    }

    @Test
    void pdfTakesThePrintThemeAndPaperAndTheNameFollowsTheFormatUntilTheUserTypesOne() {
        ExportViewModel vm = open(null);
        vm.formatProperty().set(ExportFormat.PDF);
        assertThat(vm.themeProperty().get()).isEqualTo("print");
        assertThat(vm.paperAppliesProperty().get()).isTrue();
        assertThat(vm.widthAppliesProperty().get()).isFalse();
        assertThat(vm.fileProperty().get()).endsWith("corridor-2019-2025-state-visits-official-visits.pdf");
        vm.formatProperty().set(ExportFormat.SVG);
        assertThat(vm.themeProperty().get()).isEqualTo("light");
        vm.fileProperty().set(dir.resolve("mine.svg").toString());
        vm.formatProperty().set(ExportFormat.PNG);
        assertThat(vm.fileProperty().get()).isEqualTo(dir.resolve("mine.svg").toString());
    }

    @Test
    void aChronologyIsAPdfOrMarkdownAndMarkdownIsAChronology() {
        ExportViewModel vm = open(null);
        vm.layoutProperty().set(ExportLayout.CHRONOLOGY);
        assertThat(vm.formatProperty().get()).isEqualTo(ExportFormat.PDF);
        assertThat(vm.orientationProperty().get()).isEqualTo(Paper.Orientation.PORTRAIT);
        assertThat(vm.fileProperty().get()).endsWith("-chronology.pdf");
        vm.formatProperty().set(ExportFormat.PNG);
        assertThat(vm.layoutProperty().get()).isEqualTo(ExportLayout.TIMELINE);
        vm.formatProperty().set(ExportFormat.MARKDOWN);
        assertThat(vm.layoutProperty().get()).isEqualTo(ExportLayout.CHRONOLOGY);
    }

    @Test
    void theChoicesOfASuccessfulExportAreRememberedNextTime() throws Exception {
        Path settings = dir.resolve("store");
        Path out = Files.createDirectory(dir.resolve("papers"));
        ExportViewModel first = open(settings);
        first.formatProperty().set(ExportFormat.SVG);
        first.themeProperty().set("dark");
        first.widthProperty().set(2400);
        first.paperProperty().set(Paper.Size.LETTER);
        first.partProperty(Part.TODAY).set(false);
        first.partProperty(Part.AXIS_BREAKS).set(false);
        first.fileProperty().set(out.resolve("figure.svg").toString());
        first.export();
        assertThat(first.resultProperty().get()).isNotNull();
        assertThat(out.resolve("figure.svg")).exists();
        assertThat(settings.resolve(ExportSettings.FILE_NAME)).exists();
        assertThat(settings.resolve("settings.json")).as("the app's own settings are not touched").doesNotExist();

        ExportViewModel next = open(settings);
        assertThat(next.formatProperty().get()).isEqualTo(ExportFormat.SVG);
        assertThat(next.themeProperty().get()).isEqualTo("dark");
        assertThat(next.widthProperty().get()).isEqualTo(2400);
        assertThat(next.paperProperty().get()).isEqualTo(Paper.Size.LETTER);
        assertThat(next.partProperty(Part.TODAY).get()).isFalse();
        assertThat(next.partProperty(Part.AXIS_BREAKS).get()).isFalse();
        assertThat(next.partProperty(Part.LEGEND).get()).isTrue();
        assertThat(Path.of(next.fileProperty().get()).getParent()).isEqualTo(out);
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Path target = dir.resolve("existing.png");
        Files.writeString(target, "keep me");
        ExportViewModel vm = open(null);
        vm.fileProperty().set(target.toString());
        vm.export();
        assertThat(vm.job().replaceQuestionProperty().get()).isEqualTo(target);
        vm.keep();
        assertThat(vm.job().replaceQuestionProperty().get()).isNull();
        assertThat(Files.readString(target)).isEqualTo("keep me");
        vm.export();
        vm.replace();
        assertThat(Files.readAllBytes(target)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aSetTooDenseToReadIsDrawnOnlyWhenTheUserSaysSo() {
        List<Event> many = SyntheticEvents.generate(6000, 5);
        Dataset generated = new Dataset("Generated", List.of(), SyntheticEvents.ACTORS, many, java.util.Map.of());
        ExportViewModel vm = new ExportViewModel(new ExportViewModel.Source(many, generated, EventFilter.all(),
                LaneMode.KIND, id -> null, 0, 1), new InlineBackground(), Runnable::run, new ExportService(),
                ExportSettings.none(), null);
        Path target = dir.resolve("dense.svg");
        vm.formatProperty().set(ExportFormat.SVG);
        vm.fileProperty().set(target.toString());
        vm.export();
        // Neither a wider image nor a split by time was found to fit this set: only what would help is said.
        assertThat(vm.denseWarningProperty().get()).contains("Too dense to read at 1,600 px")
                .contains("fewer events through the filters").doesNotContain("wider image")
                .doesNotContain("pages split by time");
        assertThat(target).doesNotExist();
        vm.exportAnyway();
        assertThat(vm.denseWarningProperty().get()).isNull();
        assertThat(target).exists();
    }

    @Test
    void theWarningOffersOnlyWhatWasFoundToHelp() {
        app.corridor.i18n.Messages words = app.corridor.i18n.Messages.english();
        List<app.corridor.export.Density.Slice> two = List.of(
                new app.corridor.export.Density.Slice(app.corridor.model.PartialDate.ofMonth(2020, 1),
                        app.corridor.model.PartialDate.ofMonth(2020, 6), 200),
                new app.corridor.export.Density.Slice(app.corridor.model.PartialDate.ofMonth(2020, 7),
                        app.corridor.model.PartialDate.ofMonth(2020, 12), 200));
        String both = ExportViewModel.advice(new app.corridor.export.Density(400, 1600, "Talks", 80, 3000, two), words);
        assertThat(both).contains("wider image (3,000 px)").contains("pages split by time (2 exports of about 200");
        String wider = ExportViewModel.advice(new app.corridor.export.Density(400, 1600, "Talks", 80, 3000, List.of()), words);
        assertThat(wider).contains("wider image (3,000 px)").doesNotContain("split");
        String split = ExportViewModel.advice(new app.corridor.export.Density(400, 1600, "Talks", 80, 0, two), words);
        assertThat(split).contains("pages split by time").doesNotContain("wider");
        String neither = ExportViewModel.advice(new app.corridor.export.Density(400, 1600, "Talks", 80, 0, List.of()), words);
        assertThat(neither).contains("Try fewer events through the filters, or export it anyway.")
                .doesNotContain("wider").doesNotContain("split");
    }
}
