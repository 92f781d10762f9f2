package app.corridor.ui;

import app.corridor.model.Quote;
import app.corridor.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints how long the source viewer takes to work out its marks for a source quoted thousands of
 * times (what "Show in source" and previous/next do): a bench command, not a test. Run after
 * {@code ./mvnw test-compile}:
 * <pre>java -cp "target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' :)" app.corridor.ui.SourceMarksBench [quotes]</pre>
 */
public final class SourceMarksBench {

    private SourceMarksBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        StringBuilder text = new StringBuilder();
        int lines = Math.max(100, n / 4);
        for (int i = 0; i < lines; i++) {
            text.append("Paragraph ").append(i).append(": words a source says and an event quotes, then more words.\n");
        }
        String full = text.toString();
        int lineLength = full.indexOf('\n') + 1;
        List<SourceDocument.CitedQuote> quotes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = (i % lines) * lineLength + (i * 7) % 30;
            quotes.add(new SourceDocument.CitedQuote(new Quote("s", "x", start, start + 20), List.of()));
        }
        Source source = new Source("s", "sources/s.txt", "0".repeat(64), "Bench", null, null, null, null, null, null);
        long t = System.nanoTime();
        SourceDocument doc = new SourceDocument(source, full, quotes);
        double open = (System.nanoTime() - t) / 1e6;
        int rounds = 20;
        long marks = 0;
        t = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            marks += doc.marks(r % n, doc.find("quotes"), 0).stream().mapToInt(List::size).sum();
        }
        double each = (System.nanoTime() - t) / 1e6 / rounds;
        System.out.printf("%,d quotes over %,d lines (%,d chars): document %.1f ms, marks with a search %.1f ms"
                + " per quote shown (%,d marks)%n", n, lines, full.length(), open, each, marks / rounds);
    }
}
