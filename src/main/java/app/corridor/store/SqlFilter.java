package app.corridor.store;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns an {@link EventFilter} into a WHERE clause over {@code events e} and its parameters. User
 * text only ever travels as a bound parameter, never inside the SQL.
 */
final class SqlFilter {

    /** Facets that a facet count leaves out, so each count says what choosing it would show. */
    enum Facet { ACTORS, KINDS }

    /**
     * Where a search's words end: at anything but a letter or a digit, and at the few letters that the
     * index's tokenizer (unicode61, on Unicode 6.1's tables, where they were spacing marks) splits
     * words at: New Tai Lue's vowel signs and tone marks, two Vedic signs. A word holding one would
     * be a phrase of two to the index, which keeps no places to match a phrase by.
     */
    private static final Pattern WORD_SEPARATORS =
            Pattern.compile("[[^\\p{L}\\p{N}]\\u19B0-\\u19C0\\u19C8\\u19C9\\u1CF2\\u1CF3]+");

    final String where;
    final List<Object> parameters;

    private SqlFilter(String where, List<Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    static SqlFilter of(EventFilter filter, Facet ignored) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.firstDay() != null) {
            clauses.add("e.end_day >= ?");
            params.add(filter.firstDay().toEpochDay());
        }
        if (filter.lastDay() != null) {
            clauses.add("e.start_day <= ?");
            params.add(filter.lastDay().toEpochDay());
        }
        if (!filter.kinds().isEmpty() && ignored != Facet.KINDS) {
            clauses.add("e.kind IN " + placeholders(filter.kinds().size()));
            filter.kinds().forEach(k -> params.add(k.code()));
        }
        if (!filter.actors().isEmpty() && ignored != Facet.ACTORS) {
            String in = "SELECT event_seq FROM event_actors WHERE actor_id IN " + placeholders(filter.actors().size());
            if (filter.allActors()) {
                in += " GROUP BY event_seq HAVING COUNT(DISTINCT actor_id) = " + filter.actors().size();
            }
            clauses.add("e.seq IN (" + in + ")");
            params.addAll(filter.actors());
        }
        String match = ftsQuery(filter.text());
        if (!match.isEmpty()) {
            clauses.add("e.seq IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)");
            params.add(match);
        }
        return new SqlFilter(clauses.isEmpty() ? "1" : String.join(" AND ", clauses), params);
    }

    /** Every word of {@code text} as a quoted FTS5 prefix term: {@code "gwadar"* "airport"*}. */
    static String ftsQuery(String text) {
        return words(text).stream().map(SqlFilter::ftsTerm).collect(Collectors.joining(" "));
    }

    /** The words of a search as the store matches them: letters and digits, split at anything else (none for null). */
    static List<String> words(String text) {
        return text == null ? List.of() : WORD_SEPARATORS.splitAsStream(text).filter(w -> !w.isEmpty()).toList();
    }

    /** One word as a quoted FTS5 prefix term: {@code "gwadar"*}. */
    static String ftsTerm(String word) {
        return "\"" + word.replace("\"", "\"\"") + "\"*";
    }

    private static String placeholders(int n) {
        StringJoiner j = new StringJoiner(",", "(", ")");
        for (int i = 0; i < n; i++) {
            j.add("?");
        }
        return j.toString();
    }
}
