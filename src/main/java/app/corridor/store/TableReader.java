package app.corridor.store;

import app.corridor.model.Actor;
import app.corridor.model.ActorKind;
import app.corridor.model.Coded;
import app.corridor.model.Country;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.model.Part;
import app.corridor.model.Participation;
import app.corridor.model.Quote;
import app.corridor.model.Role;
import app.corridor.model.Source;
import app.corridor.model.SourceText;
import app.corridor.model.SourceTexts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Reads a store's tables back into the model, checking each value as it goes: a value no valid
 * dataset can hold (an unknown kind, a date that does not parse, a quote whose words are not its
 * source's at its place) means the store is damaged, and says which row.
 */
final class TableReader {

    private final Connection connection;
    private final Path file;

    TableReader(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** The sources; their texts into {@code texts}, as the UTF-8 the store holds (see {@link SourceTexts}). */
    List<Source> sources(Map<String, byte[]> texts) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, file, sha256, title, author, author_role, outlet, published, url, note, text"
                        + " FROM sources ORDER BY rowid")) {
            while (rs.next()) {
                String id = rs.getString(1);
                sources.add(row("sources", id, () -> new Source(id, rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        partial(rs.getString(8)), rs.getString(9), rs.getString(10))));
                texts.put(id, row("sources", id, () -> Objects.requireNonNull(rs.getBytes(11), "the source has no text")));
            }
        }
        return sources;
    }

    List<Actor> actors() throws SQLException {
        Map<String, List<Role>> roles = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT actor_id, title, date_from, date_to FROM actor_roles ORDER BY actor_id, ord")) {
            while (rs.next()) {
                String actor = rs.getString(1);
                roles.computeIfAbsent(actor, k -> new ArrayList<>()).add(row("actor_roles", actor,
                        () -> new Role(rs.getString(2), partial(rs.getString(3)), partial(rs.getString(4)))));
            }
        }
        List<Actor> actors = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, name, native_name, country, kind FROM actors ORDER BY rowid")) {
            while (rs.next()) {
                String id = rs.getString(1);
                actors.add(row("actors", id, () -> new Actor(id, rs.getString(2), rs.getString(3),
                        Coded.require(Country.class, rs.getString(4)), Coded.require(ActorKind.class, rs.getString(5)),
                        roles.getOrDefault(id, List.of()))));
            }
        }
        return actors;
    }

    /**
     * The events, each quote a span of its source's text in {@code texts}. The events and the rows
     * of their participants and quotes are read side by side in the order of the events, each
     * event's rows taken as its turn comes: no map from event to rows, and no key boxed per row.
     */
    List<Event> events(SourceTexts texts) throws SQLException {
        // Each row's text is a new string: the ids of the few actors and sources that 100,000 events
        // name over and over, and their recurring places and titles, are kept once (about 25 MB).
        Map<String, String> kept = new HashMap<>();
        UnaryOperator<String> once = text -> text == null ? null : kept.computeIfAbsent(text, k -> k);
        List<Event> events = new ArrayList<>();
        // Ordered by event only: by its order too would make SQLite sort the participants, whose
        // index is by event and actor (a group is put in order as it is read).
        try (Statement sp = connection.createStatement(); ResultSet participantRows = sp.executeQuery(
                     "SELECT event_seq, ord, actor_id, part FROM event_actors ORDER BY event_seq");
             Statement sq = connection.createStatement(); ResultSet quoteRows = sq.executeQuery(
                     "SELECT event_seq, ord, source_id, text, start_offset, end_offset FROM quotes ORDER BY event_seq");
             Statement se = connection.createStatement(); ResultSet rs = se.executeQuery(
                     "SELECT seq, id, title, kind, date, location, summary, note FROM events ORDER BY seq")) {
            EventRows<Participation> participants = new EventRows<>("event_actors", participantRows,
                    () -> new Participation(once.apply(participantRows.getString(3)),
                            Coded.require(Part.class, participantRows.getString(4))));
            EventRows<Quote> quotes = new EventRows<>("quotes", quoteRows, () -> span(texts,
                    once.apply(quoteRows.getString(3)), quoteRows.getBytes(4), quoteRows.getInt(5), quoteRows.getInt(6)));
            while (rs.next()) {
                long seq = rs.getLong(1);
                String id = rs.getString(2);
                List<Participation> taking = participants.of(seq);
                List<Quote> quoted = quotes.of(seq);
                events.add(row("events", id, () -> new Event(id, once.apply(rs.getString(3)),
                        Coded.require(EventKind.class, rs.getString(4)), EventDate.parse(rs.getString(5)),
                        once.apply(rs.getString(6)), taking, rs.getString(7), rs.getString(8), quoted)));
            }
        }
        return events;
    }

    /**
     * The rows of a table that belong to events ({@code event_seq, ord, …}, ordered by event), read
     * one event's group at a time as the events are read in the same order. Rows of an event the
     * store does not hold are passed over, as a map by event would have left them unread.
     */
    private final class EventRows<T> {
        private final String table;
        private final ResultSet rows;
        private final RowReader<T> reader;
        private boolean more;
        private long seq;
        /** The orders of the group being read, in the group's order. */
        private int[] ords = new int[8];

        EventRows(String table, ResultSet rows, RowReader<T> reader) throws SQLException {
            this.table = table;
            this.rows = rows;
            this.reader = reader;
            advance();
        }

        /** Event {@code event}'s rows in their order; {@code event} comes after every event asked before. */
        List<T> of(long event) throws SQLException {
            while (more && seq < event) {
                advance();
            }
            if (!more || seq != event) {
                return List.of();
            }
            List<T> group = new ArrayList<>(2);
            try {
                do {
                    // Each row goes in after those of lower order read before it: in order as read,
                    // a row just appended.
                    int ord = rows.getInt(2);
                    int at = group.size();
                    while (at > 0 && ords[at - 1] > ord) {
                        at--;
                    }
                    if (group.size() == ords.length) {
                        ords = Arrays.copyOf(ords, ords.length * 2);
                    }
                    System.arraycopy(ords, at, ords, at + 1, group.size() - at);
                    ords[at] = ord;
                    group.add(at, reader.read());
                    advance();
                } while (more && seq == event);
            } catch (RuntimeException e) {
                throw damaged(table, "event " + event, e);
            }
            return group;
        }

        private void advance() throws SQLException {
            more = rows.next();
            seq = more ? rows.getLong(1) : Long.MAX_VALUE;
        }
    }

    /**
     * The quote that is the span {@code start..end} of its source, once its words as stored are
     * found to be that span: a quote keeps only its place, so a place or words damaged in the store
     * would otherwise show other words than the source's.
     */
    private static Quote span(SourceTexts texts, String sourceId, byte[] words, int start, int end) {
        SourceText source = texts.source(sourceId);
        if (source == null) {
            throw new IllegalArgumentException("the quote's source " + sourceId + " is not in the store");
        }
        if (words == null || !source.spanEquals(start, end, words)) {
            throw new IllegalArgumentException("the quote's words are not those of its source at "
                    + start + ".." + end);
        }
        return Quote.spanOf(sourceId, source, start, end);
    }

    private static PartialDate partial(String edtf) {
        return edtf == null ? null : PartialDate.parse(edtf);
    }

    /** Reads one row's values; a value no valid dataset can hold means the store is damaged. */
    <T> T row(String table, String key, RowReader<T> reader) throws SQLException {
        try {
            return reader.read();
        } catch (RuntimeException e) {
            throw damaged(table, key, e);
        }
    }

    StoreDamagedException damaged(String table, String key, RuntimeException e) {
        return new StoreDamagedException(file, "a row of " + table + " (" + key + ") holds a value Corridor cannot "
                + "read: " + e.getMessage(), e);
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read() throws SQLException;
    }
}
