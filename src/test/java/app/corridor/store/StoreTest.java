package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.Fixtures;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.Hashing;
import app.corridor.dataset.LoadResult;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.Part;
import app.corridor.model.Participation;
import app.corridor.model.PartialDate;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import app.corridor.model.SourceTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    private Store store;
    private Dataset original;

    @BeforeEach
    void importMini() {
        Path file = Fixtures.mini(dir);
        LoadResult result = new DatasetLoader().load(new DirectoryDatasetFiles(file.getParent()), "events.json");
        original = result.dataset();
        store = Store.open(dir.resolve("store.db"));
        StoreImporter.importDataset(store, original, result.contentHash());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** What the store says it was checked from, only when this version of Corridor checked it. */
    @Test
    void theStoreGivesTheChecksumOfTheFileItWasCheckedFromWhenThisVersionCheckedIt() throws Exception {
        assertThat(store.checkedHash()).contains(Hashing.sha256(Files.readAllBytes(dir.resolve("events.json"))));
        try (java.sql.Statement st = store.connection().createStatement()) {
            st.execute("UPDATE meta SET value = '0.0.1' WHERE key = 'corridor_version'");
        }
        assertThat(store.checkedHash()).as("checked by another version").isEmpty();
    }

    /** Curator mode's first store in memory: a copy of the store file the window shows, changed in place as edits come. */
    @Test
    void aCopyInMemoryOfAStoreFileAnswersAsItAndIsChangedInPlaceWithoutTheFile() throws Exception {
        String hash = store.checkedHash().orElseThrow();
        Path file = dir.resolve("store.db");
        try (Store copy = Store.inMemoryCopy(file, original, hash, dir.resolve("stands-for.db")).orElseThrow()) {
            EventFilter search = EventFilter.all().withText("airport");
            assertThat(copy.matchingEventIds(search)).isEqualTo(store.matchingEventIds(search));
            assertThat(copy.actorCounts(EventFilter.all())).isEqualTo(store.actorCounts(EventFilter.all()));
            assertThat(copy.file()).isEqualTo(dir.resolve("stands-for.db"));

            List<Event> events = new java.util.ArrayList<>(original.events());
            Event first = events.get(0);
            events.set(0, new Event(first.id(), "Quokkaphone talks", first.kind(), first.date(), first.location(),
                    first.participants(), first.summary(), first.note(), first.quotes()));
            Dataset edited = new Dataset(original.title(), original.sources(), original.actors(), events,
                    original.sourceTexts());
            assertThat(copy.update(edited)).isTrue();
            assertThat(copy.matchingEventIds(EventFilter.all().withText("quokkaphone"))).containsExactly(first.id());
            assertThat(store.matchingEventIds(EventFilter.all().withText("quokkaphone"))).as("the file").isEmpty();
        }
        assertThat(Store.inMemoryCopy(file, original, "0".repeat(64), dir.resolve("x.db"))).as("built from another")
                .isEmpty();
        assertThat(Store.inMemoryCopy(dir.resolve("none.db"), original, hash, dir.resolve("x.db"))).isEmpty();
    }

    @Test
    void theDatasetReadBackEqualsTheOneImported() {
        assertThat(store.loadDataset()).isEqualTo(original);
        assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
    }

    /**
     * Source texts and quotes go into the store as the UTF-8 they are kept in: stored as text (what
     * the search index and any SQLite tool read), read back as written, in every script.
     */
    @Test
    void wordsInEveryScriptAreStoredAsTextAndReadBackAsWritten() throws Exception {
        String words = "Friendship — دوستی زندہ باد — 中巴友谊万岁 — 𝄞 😀 — “ironclad” café";
        SourceTexts texts = SourceTexts.of(Map.of("song", "Heard at the airport: " + words + "\nThe end."));
        int start = texts.get("song").indexOf(words);
        Quote quote = Quote.spanOf("song", texts.source("song"), start, start + words.length());
        Source source = new Source("song", "sources/song.txt", "0".repeat(64), "A song", null, null, null, null,
                null, null);
        Event event = new Event("song-sung", "A song sung", EventKind.MEETING, EventDate.parse("2024-05"), null,
                List.of(), "Sung by both sides.", null, List.of(quote));
        Dataset dataset = new Dataset("Scripts", List.of(source), List.of(), List.of(event), texts);
        try (Store scripts = Store.open(dir.resolve("scripts.db"))) {
            StoreImporter.importDataset(scripts, dataset, "hash");
            Dataset back = scripts.loadDataset();
            assertThat(back).isEqualTo(dataset);
            assertThat(back.events().get(0).quotes().get(0).text()).isEqualTo(words);
            assertThat(back.sourceTexts().get("song")).isEqualTo(texts.get("song"));
            try (var st = scripts.connection().createStatement();
                 var rs = st.executeQuery("SELECT (SELECT typeof(text) FROM sources), typeof(text), text FROM quotes")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("text");
                assertThat(rs.getString(2)).isEqualTo("text");
                assertThat(rs.getString(3)).isEqualTo(words);
            }
            assertThat(scripts.matchingEventIds(EventFilter.all().withText("دوستی"))).containsExactly("song-sung");
            assertThat(scripts.matchingEventIds(EventFilter.all().withText("cafe ironclad"))).containsExactly("song-sung");
        }
    }

    /**
     * An import checks the rows' references once, after writing them all: a row that refers to
     * nothing (a dataset the loader should have refused) fails it, and the store stays empty, with
     * the checks row by row on again for the edits that follow.
     */
    @Test
    void aRowThatRefersToNothingFailsTheImportAndTheStoreStaysEmpty() throws Exception {
        Event event = new Event("met-nobody", "A meeting", EventKind.MEETING, EventDate.parse("2024-05"), null,
                List.of(new Participation("no-such-actor", Part.HOST)), "Nobody came.", null, List.of());
        Dataset dataset = new Dataset("Dangling", List.of(), List.of(), List.of(event), Map.of());
        try (Store dangling = Store.open(dir.resolve("dangling.db"))) {
            assertThatThrownBy(() -> StoreImporter.importDataset(dangling, dataset, "hash"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("a row of event_actors (rowid 1) refers to no row of actors");
            try (var st = dangling.connection().createStatement()) {
                try (var rs = st.executeQuery("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_actors)")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isZero();
                    assertThat(rs.getInt(2)).isZero();
                }
                try (var rs = st.executeQuery("PRAGMA foreign_keys")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
        }
    }

    /** The indexes an import makes after its rows are the schema's own, and queries use them. */
    @Test
    void anImportLeavesTheSchemasIndexes() throws Exception {
        try (var st = store.connection().createStatement();
             var rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")) {
            Map<String, String> indexes = new java.util.HashMap<>();
            while (rs.next()) {
                indexes.put(rs.getString(1), rs.getString(2));
            }
            assertThat(indexes).isEqualTo(Migrations.SECONDARY_INDEXES);
        }
        try (var st = store.connection().createStatement();
             var rs = st.executeQuery("EXPLAIN QUERY PLAN SELECT event_seq FROM event_actors WHERE actor_id = 'x'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(4)).contains("event_actors_by_actor");
        }
    }

    /** The search index, gathered in a larger buffer than FTS5's own, holds what it was built from. */
    @Test
    void theSearchIndexOfThousandsOfEventsAgreesWithTheEventsItWasBuiltFrom() throws Exception {
        Dataset generated = app.corridor.dataset.DatasetGenerator.generate(3_000, 4);
        try (Store large = Store.open(dir.resolve("large.db"))) {
            StoreImporter.importDataset(large, generated, "hash");
            try (var st = large.connection().createStatement()) {
                // Fails with SQLITE_CORRUPT_VTAB when the index and its rows disagree.
                st.execute("INSERT INTO event_text (event_text, rank) VALUES ('integrity-check', 1)");
            }
            for (Event event : generated.events().stream().filter(e -> e.id().hashCode() % 50 == 0).toList()) {
                String word = event.title().split(" ")[0];
                assertThat(large.matchingEventIds(EventFilter.all().withText(word))).as(word).contains(event.id());
            }
        }
    }

    /** The editor's store in memory answers as the saved one does, and leaves no file behind. */
    @Test
    void aStoreInMemoryAnswersTheSameQueriesAndWritesNoFile() throws Exception {
        try (Store memory = Store.inMemory(original, "hash", dir.resolve("stands-for.db"))) {
            assertThat(memory.loadDataset()).isEqualTo(original);
            try (java.sql.Statement st = memory.connection().createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM event_snapshot")) {
                assertThat(rs.getInt(1)).as("no packed events: only a start from a file reads them").isZero();
            }
            EventFilter search = EventFilter.all().withText("airport");
            assertThat(memory.matchingEventIds(search)).isEqualTo(store.matchingEventIds(search));
            assertThat(memory.kindCounts(EventFilter.all())).isEqualTo(store.kindCounts(EventFilter.all()));
            try (Store another = Store.inMemory(original, "hash", dir.resolve("stands-for.db"))) {
                assertThat(another.matchingEventIds(EventFilter.all())).hasSize(4);
            }
        }
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(":memory:", "stands-for.db");
        }
    }

    @Test
    void withoutAFilterEveryEventMatchesInDateOrder() {
        assertThat(store.matchingEventIds(EventFilter.all()))
                .containsExactly("president-b-visit", "second-conference", "letters-2024", "airport-opens");
    }

    @Test
    void aYearRangeKeepsEventsWhoseSpanOverlapsIt() {
        EventFilter only2024 = EventFilter.all().withRange(PartialDate.ofYear(2024), PartialDate.ofYear(2024));
        assertThat(store.matchingEventIds(only2024)).containsExactly("letters-2024");
        EventFilter from2020to2024 = EventFilter.all().withRange(PartialDate.ofYear(2020), PartialDate.ofYear(2024));
        assertThat(store.matchingEventIds(from2020to2024)).hasSize(3);
    }

    @Test
    void aYearPreciseEventIsInsideAFilterOnAnyDayOfThatYear() {
        EventFilter oneDay = EventFilter.all().withRange(PartialDate.ofDay(2024, 6, 7), PartialDate.ofDay(2024, 6, 7));
        assertThat(store.matchingEventIds(oneDay)).containsExactly("letters-2024");
        EventFilter monthOf2025 = EventFilter.all().withRange(PartialDate.ofDay(2025, 1, 31), null);
        assertThat(store.matchingEventIds(monthOf2025)).containsExactly("airport-opens");
    }

    @Test
    void kindsCombineWithOr() {
        EventFilter f = EventFilter.all().withKinds(Set.of(EventKind.STATE_VISIT, EventKind.LETTER));
        assertThat(store.matchingEventIds(f)).containsExactly("president-b-visit", "letters-2024");
    }

    @Test
    void actorsCombineWithOrOrWithAnd() {
        EventFilter any = EventFilter.all().withActors(Set.of("president-b", "party-c"), false);
        assertThat(store.matchingEventIds(any)).containsExactly("president-b-visit", "second-conference", "letters-2024");
        EventFilter all = EventFilter.all().withActors(Set.of("president-a", "president-b"), true);
        assertThat(store.matchingEventIds(all)).containsExactly("president-b-visit", "letters-2024");
    }

    @Test
    void facetsCombineWithAnd() {
        EventFilter f = EventFilter.all().withActors(Set.of("president-a"), false)
                .withKinds(Set.of(EventKind.PARTY_CONFERENCE, EventKind.LETTER))
                .withRange(PartialDate.ofYear(2021), null);
        assertThat(store.matchingEventIds(f)).containsExactly("letters-2024");
    }

    @Test
    void textSearchFindsWordsInQuotesTitlesAndSummariesByPrefix() {
        assertThat(store.matchingEventIds(EventFilter.all().withText("critical moment")))
                .containsExactly("president-b-visit");
        assertThat(store.matchingEventIds(EventFilter.all().withText("commerc"))).containsExactly("airport-opens");
        assertThat(store.matchingEventIds(EventFilter.all().withText("LETTERS"))).containsExactly("letters-2024");
        assertThat(store.matchingEventIds(EventFilter.all().withText("critical europe"))).isEmpty();
    }

    @Test
    void theWordsThatFindNothingOnTheirOwnAreNamedAsTyped() {
        assertThat(store.wordsWithoutMatch("critical Zanzibar moment qwerty")).containsExactly("Zanzibar", "qwerty");
        assertThat(store.wordsWithoutMatch("critical europe")).containsExactly("europe");
        // Each word matches some event, just not the same one: no word is to blame.
        assertThat(store.wordsWithoutMatch("critical airport")).isEmpty();
        assertThat(store.wordsWithoutMatch("\"NEAR( -")).containsExactly("NEAR");
        assertThat(store.wordsWithoutMatch("")).isEmpty();
    }

    /**
     * The index keeps no words' places (schema 5), so a query word the tokenizer would split in two
     * is a phrase it cannot match: an error, not a search. Every letter and digit Java knows, inside
     * a word, leaves each word of the query one word to the index.
     */
    @Test
    void everyWordOfASearchIsOneWordToTheIndex() {
        StringBuilder terms = new StringBuilder();
        int checked = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String text = "a" + Character.toString(cp) + "b";
            if (!text.matches("a[\\p{L}\\p{N}]b")) {
                continue;
            }
            checked++;
            terms.append(terms.length() == 0 ? "" : " ").append(text);
            if (terms.length() > 20_000) {
                assertThat(store.textMatchSeqs(terms.toString())).as("up to U+%04X", cp).isEmpty();
                terms.setLength(0);
            }
        }
        assertThat(store.textMatchSeqs(terms.toString())).isEmpty();
        assertThat(checked).isGreaterThan(100_000);
        assertThat(SqlFilter.words("lue\u19B1xyz critical")).containsExactly("lue", "xyz", "critical");
    }

    @Test
    void searchTextIsNeverSql() {
        List<String> all = List.of("president-b-visit", "second-conference", "letters-2024", "airport-opens");
        // Words no event has: searched as words, they find nothing (no SQL or FTS syntax error either).
        for (String hostile : new String[] {"'; DROP TABLE events; --", "\"unbalanced", "NEAR(", "title:*"}) {
            assertThat(store.matchingEventIds(EventFilter.all().withText(hostile))).as(hostile).isEmpty();
        }
        // Only operators, no word: no text filter at all.
        for (String operators : new String[] {"*", "-", "\"", "()", "^"}) {
            assertThat(store.matchingEventIds(EventFilter.all().withText(operators))).as(operators)
                    .containsExactlyElementsOf(all);
        }
        // Syntax around a real word is dropped; the word is searched.
        assertThat(store.matchingEventIds(EventFilter.all().withText("critical\")* OR \"x"))).isEmpty();
        assertThat(store.matchingEventIds(EventFilter.all().withText("\"critical\"*"))).containsExactly("president-b-visit");
        assertThat(store.matchingEventIds(EventFilter.all())).containsExactlyElementsOf(all);
        store.verify();
    }

    @Test
    void facetCountsSayWhatEachChoiceWouldShowGivenTheOtherFacets() {
        EventFilter f = EventFilter.all().withKinds(Set.of(EventKind.LETTER)).withActors(Set.of("party-c"), false);
        Map<String, Integer> actors = store.actorCounts(f);
        assertThat(actors).containsEntry("president-a", 1).containsEntry("president-b", 1).doesNotContainKey("party-c");
        Map<EventKind, Integer> kinds = store.kindCounts(f);
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(EventKind.PARTY_CONFERENCE, 1));
    }

    @Test
    void recordsTheDatasetHashAndTitle() {
        assertThat(store.meta(StoreImporter.META_TITLE)).contains("Mini dataset");
        assertThat(store.meta(StoreImporter.META_HASH)).get().asString().hasSize(64);
    }
}
