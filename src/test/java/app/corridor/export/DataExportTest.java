package app.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.LoadResult;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Source;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataExportTest {

    private static final Dataset CURATED = new DatasetLoader()
            .load(new DirectoryDatasetFiles(Path.of("data")), DatasetLoader.DATASET_FILE).dataset();

    @TempDir
    Path dir;

    /** Events with a Chinese name, quotes with commas, quotation marks and line breaks: CSV's hard cases. */
    private final List<Event> events = CURATED.events().stream().filter(e -> e.date().firstDay().getYear() >= 2024)
            .toList();

    private DataExportService.Result export(DataFormat format, Path target) throws Exception {
        return new DataExportService().export(format, events, CURATED, "Selection", target, false,
                ExportProgress.NONE);
    }

    @Test
    void theCsvParsedBackGivesTheEventsOneRowEach() throws Exception {
        Path csv = dir.resolve("events.csv");
        export(DataFormat.CSV, csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").startsWith("\uFEFF\"id\",\"title\"");
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.read(); // the byte-order mark
            MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(r);
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Map<String, String> row = rows.get(i);
            assertThat(row.keySet()).containsExactlyElementsOf(EventCsv.COLUMNS);
            assertThat(row).containsEntry("id", e.id()).containsEntry("title", e.title())
                    .containsEntry("kind", e.kind().code()).containsEntry("date", e.date().toEdtf())
                    .containsEntry("earliest_day", e.date().firstDay().toString())
                    .containsEntry("latest_day", e.date().lastDay().toString()).containsEntry("summary", e.summary());
            assertThat(row.get("quotes").split("\n")).hasSize(e.quotes().size());
            assertThat(row.get("quotes")).contains(e.quotes().get(0).text().strip());
            e.participants().forEach(p -> assertThat(row.get("actors")).contains("(" + p.part().code() + ")"));
        }
    }

    @Test
    void theJsonDatasetValidatesAndRoundTripsWithOnlyWhatItsEventsUse() throws Exception {
        Path folder = dir.resolve("selection");
        DataExportService.Result result = export(DataFormat.JSON, folder);
        LoadResult loaded = new DatasetLoader().load(new DirectoryDatasetFiles(folder), "events.json");
        assertThat(loaded.problems()).isEmpty();
        Dataset back = loaded.dataset();
        assertThat(back.title()).isEqualTo("Selection");
        assertThat(back.events()).containsExactlyElementsOf(events);
        List<String> cited = events.stream().flatMap(e -> e.quotes().stream()).map(q -> q.sourceId()).distinct()
                .toList();
        assertThat(back.sources()).extracting(Source::id).containsExactlyInAnyOrderElementsOf(cited);
        assertThat(back.actors()).allSatisfy(a -> assertThat(events).anyMatch(e -> e.involves(a.id())));
        assertThat(result.sources()).isEqualTo(cited.size());
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary folder left").containsExactly(folder);
        }
    }

    @Test
    void anExistingFolderIsReplacedOnlyWithForceAndOnlyIfItHoldsNothingButAnEarlierExport() throws Exception {
        Path folder = dir.resolve("selection");
        export(DataFormat.JSON, folder);
        assertThatThrownBy(() -> export(DataFormat.JSON, folder)).isInstanceOf(TargetExistsException.class);
        new DataExportService().export(DataFormat.JSON, events.subList(0, 1), CURATED, "One", folder, true,
                ExportProgress.NONE);
        assertThat(new DatasetLoader().load(new DirectoryDatasetFiles(folder), "events.json").dataset().events())
                .hasSize(1);
        Path documents = Files.createDirectory(dir.resolve("documents"));
        Files.writeString(documents.resolve("thesis.tex"), "keep me");
        assertThatThrownBy(() -> new DataExportService().export(DataFormat.JSON, events, CURATED, "x", documents,
                true, ExportProgress.NONE)).isInstanceOf(ExportException.class).hasMessageContaining("other files");
        assertThat(Files.readString(documents.resolve("thesis.tex"))).isEqualTo("keep me");
    }

    @Test
    void cslJsonHasOneItemPerSourceQuotedWithTheFieldsTheDataHas() throws Exception {
        Path file = dir.resolve("refs.csl.json");
        export(DataFormat.CSL_JSON, file);
        JsonNode items = new ObjectMapper().readTree(file.toFile());
        List<Source> cited = DataExportService.cited(events, CURATED);
        assertThat(items).hasSize(cited.size());
        for (int i = 0; i < cited.size(); i++) {
            Source s = cited.get(i);
            JsonNode item = items.get(i);
            assertThat(item.get("id").asText()).isEqualTo(s.id());
            assertThat(item.get("title").asText()).isEqualTo(s.title());
            assertThat(item.get("type").asText()).isIn("article", "article-newspaper");
            if (s.author() != null) {
                assertThat(item.get("author").get(0).get("literal").asText()).isEqualTo(s.author());
            }
            if (s.published() != null) {
                assertThat(item.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(s.published().year());
            }
            assertThat(item.has("container-title")).isEqualTo(s.outlet() != null);
        }
    }

    @Test
    void bibtexParsesWithABibtexParserOneEntryPerSource() throws Exception {
        Path file = dir.resolve("refs.bib");
        export(DataFormat.BIBTEX, file);
        BibTeXDatabase db;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            db = new BibTeXParser().parse(r);
        }
        List<Source> cited = DataExportService.cited(events, CURATED);
        assertThat(db.getEntries()).hasSize(cited.size());
        for (Source s : cited) {
            BibTeXEntry entry = db.resolveEntry(new Key(s.id()));
            assertThat(entry).as(s.id()).isNotNull();
            assertThat(entry.getType().getValue()).isEqualTo(s.outlet() != null ? "article" : "misc");
            assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString()).isEqualTo("{" + s.title() + "}");
            if (s.published() != null) {
                assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString())
                        .isEqualTo(Integer.toString(s.published().year()));
            }
            if (s.author() != null) {
                assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("{" + s.author() + "}");
            }
        }
    }

    @Test
    void bibtexEscapesWhatLatexWouldReadAsCommands() {
        assertThat(Citations.escape("R&D 70% of #1 {x} a_b $5 ~ ^ \\")).isEqualTo(
                "R\\&D 70\\% of \\#1 \\{x\\} a\\_b \\$5 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
    }

    @Test
    void cancellingLeavesNothing() {
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        for (DataFormat f : List.of(DataFormat.CSV, DataFormat.JSON)) {
            Path target = dir.resolve("out" + f.suffix());
            assertThatThrownBy(() -> new DataExportService().export(f, events, CURATED, "x", target, false, cancelled))
                    .isInstanceOf(ExportCancelledException.class);
        }
        assertThat(dir.toFile().list()).isEmpty();
    }
}
