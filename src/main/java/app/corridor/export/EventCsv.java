package app.corridor.export;

import app.corridor.model.Actor;
import app.corridor.model.Event;
import app.corridor.model.Participation;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Events as CSV through Jackson's CSV module: one row per event, a header row, every field quoted,
 * CRLF line ends, UTF-8 with a byte-order mark (so Excel reads the Chinese and Urdu names right
 * and LibreOffice offers UTF-8). Cells holding several values: actors and sources separated by
 * "; ", quotes by a line break.
 */
final class EventCsv {

    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("id", "title", "kind", "date", "earliest_day", "latest_day",
            "precision", "approximate", "uncertain", "location", "actors", "summary", "note", "sources", "quotes");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EventCsv() {
    }

    static void write(List<Event> events, Function<String, Actor> actors, Map<String, Source> sources,
                      OutputStream out, Runnable checkpoint) throws IOException {
        out.write(BOM);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter rows = mapper.writer(schema.build()).writeValues(w)) {
            for (Event e : events) {
                checkpoint.run();
                rows.write(row(e, actors, sources));
            }
        }
        w.flush();
    }

    private static List<String> row(Event e, Function<String, Actor> actors, Map<String, Source> sources) {
        List<String> who = new ArrayList<>();
        for (Participation p : e.participants()) {
            Actor a = actors.apply(p.actorId());
            who.add((a == null ? p.actorId() : a.name()) + " (" + p.part().code() + ")");
        }
        List<String> cited = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (Quote q : e.quotes()) {
            Source s = sources.get(q.sourceId());
            String ref = s == null ? q.sourceId() : Footnotes.reference(s);
            if (!cited.contains(ref)) {
                cited.add(ref);
            }
            quotes.add("\u201c" + q.text().strip() + "\u201d");
        }
        return List.of(e.id(), e.title(), e.kind().code(), e.date().toEdtf(), e.date().firstDay().toString(),
                e.date().lastDay().toString(), e.date().precision().name().toLowerCase(Locale.ROOT),
                Boolean.toString(e.date().start().approximate() || e.date().end().approximate()),
                Boolean.toString(e.date().start().uncertain() || e.date().end().uncertain()),
                nullToEmpty(e.location()), String.join("; ", who), e.summary(), nullToEmpty(e.note()),
                String.join("; ", cited), String.join("\n", quotes));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
