package app.corridor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.curate.EditSession;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source form's "not stated" fields and publication date, and importing a document with it. */
class SourceFormModelTest {

    @TempDir
    Path dir;

    private static final SourceDto SPEECH = new SourceDto("speech", "sources/speech.txt", "abc", "Speech on friendship",
            "A. Speaker", "Minister", "Daily Test", "2020-08", null, null);

    @Test
    void aFieldTheTextDoesNotStateIsMarkedSoAndSavedAsNull() {
        SourceFormModel form = new SourceFormModel(Messages.english());
        form.load(SPEECH);
        assertThat(form.notStated(SourceFormModel.Optional.URL).get()).isTrue();
        assertThat(form.notStated(SourceFormModel.Optional.AUTHOR).get()).isFalse();

        form.notStated(SourceFormModel.Optional.AUTHOR).set(true);
        assertThat(form.value(SourceFormModel.Optional.AUTHOR).get()).isEmpty();
        form.value(SourceFormModel.Optional.URL).set("https://example.org/speech");
        assertThat(form.notStated(SourceFormModel.Optional.URL).get()).isFalse();

        SourceDto edited = form.edit().source();
        assertThat(edited.author()).isNull();
        assertThat(edited.url()).isEqualTo("https://example.org/speech");
    }

    @Test
    void thePublicationDateIsTypedAsPeopleWriteItAndKeptAtItsPrecision() {
        SourceFormModel form = new SourceFormModel(Messages.english());
        form.load(SPEECH);
        form.value(SourceFormModel.Optional.PUBLISHED).set("9 September 2024");
        assertThat(form.toDto().published()).isEqualTo("2024-09-09");
        assertThat(form.publishedPreviewProperty().get()).startsWith("9 September 2024 · known to the day");
        form.value(SourceFormModel.Optional.PUBLISHED).set("September 2024");
        assertThat(form.toDto().published()).isEqualTo("2024-09");
        form.value(SourceFormModel.Optional.PUBLISHED).set("5–6 September 2024");
        assertThat(form.publishedAcceptedProperty().get()).isFalse();
        assertThat(form.toDto().published()).as("a range is refused, the stored date kept").isEqualTo("2020-08");
    }

    @Test
    void anImportedDocumentIsShownForApprovalThenWrittenAndAddedAsOneEdit() throws Exception {
        Path file = Fixtures.mini(dir.resolve("data"));
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>Envoy on the corridor</title>"
                + "<meta property=\"og:site_name\" content=\"Pakistan Observer\"></head><body><nav>Home | News</nav>"
                + "<article><p>The ambassador wrote about the corridor.</p></article></body></html>", StandardCharsets.UTF_8);
        CuratorModel curator = new CuratorModel(new app.corridor.ui.InlineBackground(), Messages.english());
        curator.attach(EditSession.open(file), dir.resolve("store.db"));
        ImportModel imports = new ImportModel(new app.corridor.ui.InlineBackground(), curator);

        imports.read(page);

        assertThat(imports.problemProperty().get()).isNull();
        assertThat(imports.textProperty().get()).contains("The ambassador wrote about the corridor.").doesNotContain("Home | News");
        SourceFormModel form = imports.form();
        assertThat(form.titleProperty().get()).isEqualTo("Envoy on the corridor");
        assertThat(form.value(SourceFormModel.Optional.OUTLET).get()).isEqualTo("Pakistan Observer");
        assertThat(form.origin(SourceFormModel.Optional.OUTLET).get()).isEqualTo("from the page's og:site_name");
        assertThat(form.notStated(SourceFormModel.Optional.AUTHOR).get()).isTrue();
        assertThat(Files.exists(dir.resolve("data/sources/envoy-on-the-corridor.txt"))).as("nothing written yet").isFalse();

        form.value(SourceFormModel.Optional.AUTHOR).set("Jiang Zaidong");
        String[] added = new String[1];
        imports.approve(id -> added[0] = id);

        assertThat(added[0]).isEqualTo("envoy-on-the-corridor");
        assertThat(Files.readString(dir.resolve("data/sources/envoy-on-the-corridor.txt"))).contains("The ambassador wrote");
        SourceDto source = curator.getDocument().sources().stream().filter(s -> s.id().equals(added[0])).findFirst()
                .orElseThrow();
        assertThat(source.author()).isEqualTo("Jiang Zaidong");
        assertThat(source.outlet()).isEqualTo("Pakistan Observer");
        assertThat(curator.undoTextProperty().get()).isEqualTo("Undo: Add source “Envoy on the corridor”");
        assertThat(curator.problems()).isEmpty();
        curator.detach();
    }

    @Test
    void aFileThatCannotBeImportedSaysWhyAndWritesNothing() throws Exception {
        Path file = Fixtures.mini(dir.resolve("data"));
        Path odd = dir.resolve("notes.docx");
        Files.writeString(odd, "x");
        CuratorModel curator = new CuratorModel(new app.corridor.ui.InlineBackground(), Messages.english());
        curator.attach(EditSession.open(file), dir.resolve("store.db"));
        ImportModel imports = new ImportModel(new app.corridor.ui.InlineBackground(), curator);
        imports.read(odd);
        assertThat(imports.problemProperty().get()).contains("Corridor imports .txt, .html (.htm) and .pdf files");
        assertThat(imports.proposalProperty().get()).isNull();
        curator.detach();
    }
}
