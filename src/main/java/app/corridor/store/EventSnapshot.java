package app.corridor.store;

import app.corridor.model.Coded;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.model.Part;
import app.corridor.model.Participation;
import app.corridor.model.Quote;
import app.corridor.model.SourceText;
import app.corridor.model.SourceTexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The store's events as the app reads them at each start: packed into a few blobs of the table
 * {@code event_snapshot}, {@value #EVENTS_PER_CHUNK} events each, beside the tables that search and
 * the command line query. Reading 100,000 events from the tables row by row took 1.3–1.4 s in a
 * fresh JVM, about half of it in the driver's calls (over two million), the rest in building and
 * checking each value again; unpacking the same events from their blobs takes 0.4 s (see the README).
 *
 * <p>Each chunk's bytes carry their CRC-32C, so a damaged chunk is found before it is unpacked; an
 * event that cannot be unpacked, or a count that disagrees with the tables, means the store is
 * damaged ({@link StoreDamagedException}), as a damaged row would. The events are packed in the
 * tables' order ({@code events.seq}), which search results refer to.
 *
 * <p>The layout of an event: its id; its title, kind, location as references into a dictionary
 * that the chunks share (titles and places recur, ids of kinds, actors and sources recur all the
 * time: each is written once and unpacked into one string); its dates as numbers; its summary and
 * note; its participants (actor, part) and its quotes (source, start, length in UTF-16 units, as
 * {@link Quote} counts). Numbers are unsigned variable-length (7 bits a byte), strings UTF-8 after
 * their length plus one (0 for none), references the entry's number plus one (0 for none) or, for a
 * new entry, the next number followed by the string. The schema version pins this layout: a change
 * to it is a new migration.
 */
final class EventSnapshot {

    /** Events per chunk: a chunk of 100,000 generated events is about 1 MB. */
    static final int EVENTS_PER_CHUNK = 4096;

    static final String CREATE_TABLE = """
            CREATE TABLE event_snapshot (
                chunk INTEGER PRIMARY KEY, events INTEGER NOT NULL, crc INTEGER NOT NULL, data BLOB NOT NULL)""";

    private EventSnapshot() {
    }

    /** Packs {@code events}, in their order, into the store's empty snapshot table. */
    static void write(Connection c, List<Event> events) throws SQLException {
        Packer packer = new Packer();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO event_snapshot (chunk, events, crc, data) VALUES (?,?,?,?)")) {
            for (int from = 0, chunk = 0; from < events.size(); from += EVENTS_PER_CHUNK, chunk++) {
                List<Event> part = events.subList(from, Math.min(events.size(), from + EVENTS_PER_CHUNK));
                packer.reset();
                part.forEach(packer::event);
                byte[] data = packer.bytes();
                insert.setInt(1, chunk);
                insert.setInt(2, part.size());
                insert.setLong(3, crc(data));
                insert.setBytes(4, data);
                insert.executeUpdate();
            }
        }
    }

    /**
     * Packs the events of a store that has none packed yet, read from its tables (and checked
     * there as every start did before the snapshot): how a store built by an earlier version gets
     * its snapshot, once.
     */
    static void fillFromTables(Connection c, Path file) throws SQLException {
        TableReader tables = new TableReader(c, file);
        Map<String, byte[]> texts = new HashMap<>();
        tables.sources(texts);
        write(c, tables.events(SourceTexts.ofUtf8(texts)));
    }

    /**
     * The events, each quote a span of its source's text in {@code texts}.
     *
     * @throws StoreDamagedException when a chunk is damaged or missing, or holds an event no valid
     *                               dataset has
     */
    static List<Event> read(Connection c, SourceTexts texts, Path file) throws SQLException {
        List<Event> events = new ArrayList<>();
        Unpacker unpacker = new Unpacker(texts);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT chunk, events, crc, data FROM event_snapshot ORDER BY chunk")) {
            for (int expected = 0; rs.next(); expected++) {
                int chunk = rs.getInt(1);
                int count = rs.getInt(2);
                long crc = rs.getLong(3);
                byte[] data = rs.getBytes(4);
                if (chunk != expected) {
                    throw new StoreDamagedException(file, "its packed events lack chunk " + expected, null);
                }
                if (data == null || crc(data) != crc) {
                    throw new StoreDamagedException(file, "chunk " + chunk + " of its packed events is not as it was "
                            + "written", null);
                }
                try {
                    unpacker.chunk(data, count, events);
                } catch (RuntimeException e) {
                    throw new StoreDamagedException(file, "chunk " + chunk + " of its packed events holds an "
                            + "event Corridor cannot read: " + e.getMessage(), e);
                }
            }
        }
        int rows = countEventRows(c);
        if (rows != events.size()) {
            throw new StoreDamagedException(file, "it holds " + rows + " events but " + events.size()
                    + " packed ones", null);
        }
        return events;
    }

    private static int countEventRows(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static long crc(byte[] data) {
        CRC32C crc = new CRC32C();
        crc.update(data, 0, data.length);
        return crc.getValue();
    }

    /** Writes events in the layout above; its dictionary lasts across chunks. */
    private static final class Packer {
        private final Map<String, Integer> dictionary = new HashMap<>();
        private byte[] buffer = new byte[1 << 16];
        private int size;

        void reset() {
            size = 0;
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }

        void event(Event e) {
            string(e.id());
            reference(e.title());
            reference(e.kind().code());
            date(e.date().start());
            date(e.date().end());
            reference(e.location());
            string(e.summary());
            string(e.note());
            number(e.participants().size());
            for (Participation p : e.participants()) {
                reference(p.actorId());
                reference(p.part().code());
            }
            number(e.quotes().size());
            for (Quote q : e.quotes()) {
                reference(q.sourceId());
                number(q.start());
                number(q.end() - q.start());
            }
        }

        private void date(PartialDate d) {
            number(d.year());
            number(d.month() * 32 + d.day());
            number((d.approximate() ? 1 : 0) | (d.uncertain() ? 2 : 0));
        }

        private void reference(String s) {
            if (s == null) {
                number(0);
                return;
            }
            Integer known = dictionary.get(s);
            if (known != null) {
                number(known + 1);
                return;
            }
            dictionary.put(s, dictionary.size());
            number(dictionary.size());
            string(s);
        }

        private void string(String s) {
            if (s == null) {
                number(0);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            number(utf8.length + 1);
            room(utf8.length);
            System.arraycopy(utf8, 0, buffer, size, utf8.length);
            size += utf8.length;
        }

        private void number(int v) {
            room(5);
            while ((v & ~0x7F) != 0) {
                buffer[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buffer[size++] = (byte) v;
        }

        private void room(int n) {
            if (size + n > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
            }
        }
    }

    /**
     * Reads events in the layout above; its dictionary lasts across chunks, as the packer's. The
     * participations and dates that recur across events are shared ({@link RecurringValues}).
     */
    private static final class Unpacker {
        private final SourceTexts texts;
        private final List<String> dictionary = new ArrayList<>();
        private final RecurringValues recurring = new RecurringValues();
        private byte[] data;
        private int at;

        Unpacker(SourceTexts texts) {
            this.texts = texts;
        }

        /** Unpacks the {@code count} events of one chunk into {@code events}, all its bytes and no more. */
        void chunk(byte[] bytes, int count, List<Event> events) {
            data = bytes;
            at = 0;
            for (int i = 0; i < count; i++) {
                events.add(event());
            }
            if (at != data.length) {
                throw new IllegalArgumentException((data.length - at) + " bytes follow its " + count + " events");
            }
        }

        private Event event() {
            String id = string();
            String title = reference();
            EventKind kind = Coded.require(EventKind.class, reference());
            PartialDate first = date();
            PartialDate last = date();
            // Dates are shared, so the same instance is the same date; a single one's event date is shared too.
            EventDate date = last == first ? recurring.single(first) : new EventDate(first, last);
            String location = reference();
            String summary = string();
            String note = string();
            Participation[] participants = new Participation[number()];
            for (int i = 0; i < participants.length; i++) {
                int actor = referenceNumber();
                participants[i] = recurring.participation(actor, entry(actor), Coded.require(Part.class, reference()));
            }
            Quote[] quotes = new Quote[number()];
            for (int i = 0; i < quotes.length; i++) {
                String sourceId = reference();
                SourceText source = texts.source(sourceId);
                if (source == null) {
                    throw new IllegalArgumentException("the event " + id + " quotes the source " + sourceId
                            + ", which is not in the store");
                }
                int start = number();
                quotes[i] = Quote.spanOf(sourceId, source, start, Math.addExact(start, number()));
            }
            return new Event(id, title, kind, date, location, List.of(participants), summary, note, List.of(quotes));
        }

        private PartialDate date() {
            int year = number();
            int monthDay = number();
            return recurring.day(year, monthDay, number());
        }

        private String reference() {
            return entry(referenceNumber());
        }

        /** The dictionary's number of the next reference, the entry read first when it is new; 0 for none. */
        private int referenceNumber() {
            int n = number();
            if (n == 0 || n <= dictionary.size()) {
                return n;
            }
            if (n != dictionary.size() + 1) {
                throw new IllegalArgumentException("a reference to entry " + n + " of a dictionary of "
                        + dictionary.size());
            }
            dictionary.add(string());
            return n;
        }

        private String entry(int n) {
            return n == 0 ? null : dictionary.get(n - 1);
        }

        private String string() {
            int n = number();
            if (n == 0) {
                return null;
            }
            int length = n - 1;
            if (length > data.length - at) {
                throw new IllegalArgumentException("a string of " + length + " bytes where " + (data.length - at) + " are left");
            }
            String s = new String(data, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }

        private int number() {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                if (at >= data.length) {
                    throw new IllegalArgumentException("the chunk ends inside an event");
                }
                byte b = data[at++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    if (v < 0) {
                        break;
                    }
                    return v;
                }
            }
            throw new IllegalArgumentException("a number beyond 31 bits");
        }
    }
}
