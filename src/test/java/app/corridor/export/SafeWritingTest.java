package app.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.model.Dataset;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An export is written whole or not at all, and never replaces a file it was not allowed to. */
class SafeWritingTest {

    @TempDir
    Path dir;

    private final Dataset data = MiniData.load();

    /** A disk that fills up after {@code limit} bytes. */
    private static AtomicFileWriter fullDiskAfter(long limit) {
        return new AtomicFileWriter(file -> new FilterOutputStream(Files.newOutputStream(file,
                StandardOpenOption.WRITE)) {
            private long written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > limit) {
                    throw new IOException("No space left on device");
                }
                written += len;
                out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
        });
    }

    private ExportResult export(ExportService service, ExportFormat format, Path target, boolean overwrite,
                                ExportProgress progress) throws ExportException {
        return service.export(ExportRequest.of(format, MiniData.RANGE), data.events(), MiniData.actors(data),
                data.sources(), "filters", target, overwrite, progress);
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aFullDiskLeavesNoFileAndNoTemporaryFileAndSaysWhatFailed(ExportFormat format) throws IOException {
        // A Markdown chronology of the mini data is under 3,000 bytes: fill the disk sooner.
        int room = format == ExportFormat.MARKDOWN ? 300 : 3000;
        ExportService service = new ExportService(MiniData.CLOCK, fullDiskAfter(room), PngExporter.DEFAULT_STRIP_PIXELS);
        Path target = dir.resolve("out." + format.extension());
        assertThatThrownBy(() -> export(service, format, target, false, ExportProgress.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("nothing was written");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aFailureWhileReplacingKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("out.svg");
        Files.writeString(target, "old content");
        ExportService service = new ExportService(MiniData.CLOCK, fullDiskAfter(1000), PngExporter.DEFAULT_STRIP_PIXELS);
        assertThatThrownBy(() -> export(service, ExportFormat.SVG, target, true, ExportProgress.NONE))
                .isInstanceOf(ExportException.class);
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAllowed() throws Exception {
        Path target = dir.resolve("out.svg");
        Files.writeString(target, "old content");
        assertThatThrownBy(() -> export(MiniData.service(), ExportFormat.SVG, target, false, ExportProgress.NONE))
                .isInstanceOf(TargetExistsException.class)
                .hasMessageContaining(target + " already exists");
        assertThat(Files.readString(target)).isEqualTo("old content");

        ExportResult result = export(MiniData.service(), ExportFormat.SVG, target, true, ExportProgress.NONE);
        assertThat(Files.readString(target)).startsWith("<?xml");
        assertThat(result.bytes()).isEqualTo(Files.size(target));
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsAClearError() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("out.png");
        assertThatThrownBy(() -> export(MiniData.service(), ExportFormat.PNG, missing, false, ExportProgress.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("Cannot write " + missing)
                .hasMessageContaining("the folder " + missing.getParent() + " does not exist");
        Path folder = Files.createDirectory(dir.resolve("a-folder.png"));
        assertThatThrownBy(() -> export(MiniData.service(), ExportFormat.PNG, folder, true, ExportProgress.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("it is a folder");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void cancellingLeavesNoFile(ExportFormat format) throws IOException {
        Path target = dir.resolve("out." + format.extension());
        AtomicInteger asked = new AtomicInteger();
        // Let the export start writing, then cancel.
        ExportProgress cancelLater = new ExportProgress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > 3;
            }
        };
        assertThatThrownBy(() -> export(MiniData.service(), format, target, false, cancelLater))
                .isInstanceOf(ExportCancelledException.class)
                .hasMessageContaining("cancelled");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void progressRisesToOne() throws Exception {
        List<Double> fractions = new java.util.ArrayList<>();
        ExportProgress record = new ExportProgress() {
            @Override
            public void update(double fraction, String message) {
                fractions.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        ExportService strips = new ExportService(MiniData.CLOCK, new AtomicFileWriter(), 1600 * 50);
        export(strips, ExportFormat.PNG, dir.resolve("out.png"), false, record);
        assertThat(fractions).isSorted().hasSizeGreaterThan(4).last().isEqualTo(1.0);
    }
}
