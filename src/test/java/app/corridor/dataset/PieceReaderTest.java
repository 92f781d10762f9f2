package app.corridor.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parser and the digest see the same bytes: every piece shown, in order, none held whole. */
class PieceReaderTest {

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    @Test
    void theReaderGetsTheFileAndTheWatcherSeesItInPiecesNoLargerThanOne() throws IOException {
        byte[] file = bytes(2 * PieceReader.PIECE + 1234);
        List<byte[]> seen = new ArrayList<>();
        PieceReader in = new PieceReader(new ByteArrayInputStream(file), file.length, seen::add);
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8000];
        read.write(in.read()); // one byte at a time works too
        for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
            read.write(buffer, 0, n);
        }
        assertThat(read.toByteArray()).isEqualTo(file);
        assertThat(seen).extracting(p -> p.length).containsExactly(PieceReader.PIECE, PieceReader.PIECE, 1234);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        seen.forEach(joined::writeBytes);
        assertThat(joined.toByteArray()).isEqualTo(file);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void whatTheParserLeftUnreadIsStillShownToTheWatcher() throws IOException {
        byte[] file = bytes(PieceReader.PIECE + 10);
        List<byte[]> seen = new ArrayList<>();
        PieceReader in = new PieceReader(new ByteArrayInputStream(file), file.length, seen::add);
        in.read(new byte[10], 0, 10);
        assertThat(in.drain()).isEqualTo(file.length);
        assertThat(seen).extracting(p -> p.length).containsExactly(PieceReader.PIECE, 10);
    }

    @Test
    void aFileThatGrewPastTheLimitSinceItWasMeasuredIsRefusedNotReadOn() {
        byte[] file = bytes(PieceReader.PIECE * 3);
        List<byte[]> seen = new ArrayList<>();
        PieceReader in = new PieceReader(new ByteArrayInputStream(file), PieceReader.PIECE + 1, seen::add);
        assertThatThrownBy(in::drain).isInstanceOfSatisfying(RefusedFileException.class,
                e -> assertThat(e.isTooLarge()).isTrue());
        assertThat(seen).hasSize(1);
    }
}
