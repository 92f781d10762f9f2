package app.corridor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.ShapeReader.Entry;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader keeps of the values many events repeat. */
class ShapeReaderTest {

    private static final String EVENT = """
            {"id": "%s", "title": "Talks", "kind": "meeting", "date": "2024-05", "location": null,
             "actors": [{"actor": "xi-jinping", "part": "host"}], "summary": "Talks were held.", "note": null,
             "quotes": [{"source": "article", "text": "Talks were held."}]}""";

    @SuppressWarnings("unchecked")
    private static List<EventDto> events(String json) throws IOException {
        List<String> problems = new ArrayList<>();
        try (JsonParser parser = JsonLimits.FACTORY.createParser(json)) {
            parser.nextToken();
            Object[] root = new ShapeReader(parser, (at, pointer, message) -> problems.add(pointer + ": " + message),
                    (field, entries) -> { }).readRoot(DatasetDto.class);
            assertThat(problems).isEmpty();
            return ((List<Entry<EventDto>>) root[4]).stream().map(Entry::value).toList();
        }
    }

    @Test
    void referencesAndCodesThatRepeatAreKeptOnceAndOtherTextAsRead() throws IOException {
        List<EventDto> events = events("{\"schemaVersion\": 1, \"title\": \"t\", \"sources\": [], \"actors\": [], "
                + "\"events\": [" + EVENT.formatted("one") + ", " + EVENT.formatted("two") + "]}");
        EventDto one = events.get(0);
        EventDto two = events.get(1);
        assertThat(two.actors().get(0).actor()).isSameAs(one.actors().get(0).actor());
        assertThat(two.actors().get(0).part()).isSameAs(one.actors().get(0).part());
        assertThat(two.quotes().get(0).source()).isSameAs(one.quotes().get(0).source());
        assertThat(two.kind()).isSameAs(one.kind());
        assertThat(two.date()).isSameAs(one.date());
        // Free text is each event's own, equal or not.
        assertThat(two.summary()).isEqualTo(one.summary()).isNotSameAs(one.summary());
        assertThat(two.quotes().get(0).text()).isNotSameAs(one.quotes().get(0).text());
    }
}
