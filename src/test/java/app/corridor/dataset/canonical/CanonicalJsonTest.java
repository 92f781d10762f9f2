package app.corridor.dataset.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.Fixtures;
import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.Dto.RoleDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.dataset.LoadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canonical form: its exact layout, its order, and that it keeps every character. */
class CanonicalJsonTest {

    @TempDir
    Path dir;

    static EventDto event(String id, String date) {
        return new EventDto(id, "Title of " + id, "meeting", date, null, List.of(), "Summary.", null,
                List.of(new QuoteDto("s", "words")));
    }

    @Test
    void writesKeysInTheDocumentedOrderWithTwoSpacesEmptyArraysInlineAndAFinalNewline() {
        DatasetDto doc = new DatasetDto(java.math.BigInteger.ONE, "T", List.of(), List.of(new ActorDto("xi-jinping", "Xi Jinping",
                "习近平", "CN", "person", List.of(new RoleDto("President", "2013-03-14", null)))),
                List.of(new EventDto("e", "A \"quoted\" title", "call", "2024-06", null,
                        List.of(new ParticipationDto("xi-jinping", "host")), "آصف علی زرداری\tand a\\b", null,
                        List.of())));
        assertThat(CanonicalJson.write(doc)).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "title": "T",
                  "sources": [],
                  "actors": [
                    {
                      "id": "xi-jinping",
                      "name": "Xi Jinping",
                      "nativeName": "习近平",
                      "country": "CN",
                      "kind": "person",
                      "roles": [
                        {
                          "title": "President",
                          "from": "2013-03-14",
                          "to": null
                        }
                      ]
                    }
                  ],
                  "events": [
                    {
                      "id": "e",
                      "title": "A \\"quoted\\" title",
                      "kind": "call",
                      "date": "2024-06",
                      "location": null,
                      "actors": [
                        {
                          "actor": "xi-jinping",
                          "part": "host"
                        }
                      ],
                      "summary": "آصف علی زرداری\\tand a\\\\b",
                      "note": null,
                      "quotes": []
                    }
                  ]
                }
                """);
    }

    @Test
    void bytesAreUtf8WithoutAByteOrderMarkAndControlCharactersAreEscaped() throws Exception {
        DatasetDto doc = new DatasetDto(java.math.BigInteger.ONE, "习近平 \u0001 \u2028 \r\n", List.of(), List.of(), List.of());
        byte[] bytes = CanonicalJson.bytes(doc);
        assertThat(bytes[0]).isEqualTo((byte) '{');
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"习近平 \\u0001 \u2028 \\r\\n\"").doesNotContain("\r");
        assertThat(DatasetDocuments.read(bytes, "x").title()).isEqualTo(doc.title());
    }

    @Test
    void aLoneSurrogateIsEscapedAndSurvivesTheRoundTrip() throws Exception {
        DatasetDto doc = new DatasetDto(java.math.BigInteger.ONE, "broken \uD83D pair, whole \uD83D\uDE00", List.of(), List.of(), List.of());
        String text = CanonicalJson.write(doc);
        assertThat(text).contains("broken \\ud83d pair, whole \uD83D\uDE00");
        assertThat(DatasetDocuments.read(text.getBytes(StandardCharsets.UTF_8), "x").title()).isEqualTo(doc.title());
    }

    @Test
    void eventsAreOrderedByDateThenIdAndUnreadableDatesComeLast() {
        List<EventDto> events = List.of(event("b", "2024-06-07"), event("z", "not a date"), event("a", "2024-06-07"),
                event("m", "2024-06"), event("y", "2019"), event("c", "2024-06-01/2024-06-30"),
                event("n", null));
        assertThat(CanonicalOrder.sortedEvents(events)).extracting(EventDto::id)
                .containsExactly("y", "c", "m", "a", "b", "z", "n");
    }

    @Test
    void sourcesAndActorsAreOrderedByIdWhileAnEventsActorsKeepTheirOrder() {
        SourceDto s1 = new SourceDto("zeta", "sources/z.txt", "0", "Z", null, null, null, null, null, null);
        SourceDto s2 = new SourceDto("alpha", "sources/a.txt", "0", "A", null, null, null, null, null, null);
        ActorDto a1 = new ActorDto("xi", "Xi", null, "CN", "person", null);
        ActorDto a2 = new ActorDto("abe", "Abe", null, "other", "person", List.of());
        EventDto e = new EventDto("e", "E", "call", "2024", null,
                List.of(new ParticipationDto("xi", "host"), new ParticipationDto("abe", "guest")), "S", null, List.of(
                new QuoteDto("zeta", "second"), new QuoteDto("alpha", "first")));
        DatasetDto sorted = CanonicalJson.normalize(new DatasetDto(java.math.BigInteger.ONE, "T", List.of(s1, s2), List.of(a1, a2),
                List.of(e)));
        assertThat(sorted.sources()).extracting(SourceDto::id).containsExactly("alpha", "zeta");
        assertThat(sorted.actors()).extracting(ActorDto::id).containsExactly("abe", "xi");
        assertThat(sorted.actors().get(1).roles()).as("absent roles are written as none").isEmpty();
        assertThat(sorted.events().get(0)).isEqualTo(e);
    }

    @Test
    void loadSaveLoadGivesTheSameDataset() throws Exception {
        Path events = Fixtures.mini(dir);
        LoadResult before = new DatasetLoader().load(new DirectoryDatasetFiles(dir), "events.json");
        Files.write(events, CanonicalJson.bytes(ModelDocument.of(before.dataset())));
        LoadResult after = new DatasetLoader().load(new DirectoryDatasetFiles(dir), "events.json");
        assertThat(after.problems()).isEmpty();
        // The same content; only sources and actors are now in id order.
        assertThat(after.dataset().events()).isEqualTo(before.dataset().events());
        assertThat(after.dataset().sources()).containsExactlyInAnyOrderElementsOf(before.dataset().sources());
        assertThat(after.dataset().actors()).containsExactlyInAnyOrderElementsOf(before.dataset().actors());
        assertThat(after.dataset().sourceTexts()).isEqualTo(before.dataset().sourceTexts());
        assertThat(after.dataset().title()).isEqualTo(before.dataset().title());

        byte[] saved = Files.readAllBytes(events);
        Files.write(events, CanonicalJson.bytes(ModelDocument.of(after.dataset())));
        assertThat(Files.readAllBytes(events)).as("a second save writes the same bytes").isEqualTo(saved);
        assertThat(new DatasetLoader().load(new DirectoryDatasetFiles(dir), "events.json").dataset())
                .isEqualTo(after.dataset());
        assertThat(CanonicalJson.format(saved, "events.json").isCanonical()).isTrue();
    }

    @Test
    void formattingAFileReordersButKeepsEveryValueAndFormattingTwiceChangesNothing() throws Exception {
        Path events = Fixtures.mini(dir);
        byte[] original = Files.readAllBytes(events);
        CanonicalJson.Formatted once = CanonicalJson.format(original, "events.json");
        assertThat(once.isCanonical()).isFalse();
        assertThat(once.difference().orElseThrow().line()).isPositive();
        byte[] canonical = once.canonical();
        assertThat(CanonicalJson.format(canonical, "events.json").isCanonical()).isTrue();
        assertThat(DatasetDocuments.read(canonical, "x"))
                .isEqualTo(CanonicalJson.normalize(DatasetDocuments.read(original, "x")));
    }

    @Test
    void aByteOrderMarkANullSchemaVersionAndTextInAnyScriptReadAsWritten() throws Exception {
        String json = "{\"schemaVersion\": 1, \"title\": \"中巴 · پاکستان\", \"sources\": [], \"actors\": [], "
                + "\"events\": []}";
        DatasetDto plain = DatasetDocuments.read(json.getBytes(StandardCharsets.UTF_8), "f.json");
        assertThat(plain.title()).isEqualTo("中巴 · پاکستان");
        assertThat(plain.schemaVersion()).isEqualTo(java.math.BigInteger.ONE);
        assertThat(DatasetDocuments.read(("\uFEFF" + json).getBytes(StandardCharsets.UTF_8), "f.json")).isEqualTo(plain);
        // Null where a version belongs is kept as written, for the loader to report (a missing one is refused, below).
        DatasetDto unversioned = DatasetDocuments.read(json.replace("1,", "null,").getBytes(StandardCharsets.UTF_8), "f.json");
        assertThat(unversioned.schemaVersion()).isNull();
        assertThat(unversioned.title()).isEqualTo(plain.title());
    }

    @Test
    void aFileThatCannotBeKeptWholeIsRefusedSayingWhere() {
        assertRefused("{\"schemaVersion\": 1, \"title\": \"T\", \"sources\": [], \"actors\": [], \"events\": [],\n"
                + "  \"comment\": \"x\"}", 2, "unknown field \"comment\"");
        assertRefused("{\"schemaVersion\": 1,\n \"title\": \"T\",\n \"title\": \"U\"}", 3, "duplicate key \"title\"");
        assertRefused("{\"schemaVersion\": 1, \"title\": 5, \"sources\": [], \"actors\": [], \"events\": []}", 1,
                "cannot keep this value");
        assertRefused("{\"title\": \"T\"}", 1, "schemaVersion");
        assertRefused("{\"schemaVersion\": 1,\n\n \"title\": }", 3, "JSON syntax error");
        assertThatThrownBy(() -> DatasetDocuments.read(new byte[] {'{', (byte) 0xC3, '}'}, "f.json"))
                .hasMessageContaining("not valid UTF-8");
    }

    private static void assertRefused(String json, int line, String message) {
        assertThatThrownBy(() -> DatasetDocuments.read(json.getBytes(StandardCharsets.UTF_8), "f.json"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.problem().line()).isEqualTo(line);
                    assertThat(e.problem().message()).contains(message);
                });
    }
}
