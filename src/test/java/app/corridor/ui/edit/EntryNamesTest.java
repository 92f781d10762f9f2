package app.corridor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.curate.FieldRef;
import app.corridor.curate.FieldRef.Section;
import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.SourceDto;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the problems list calls the entries its problems are about. */
class EntryNamesTest {

    private static EventDto event(String id, String title) {
        return new EventDto(id, title, "meeting", "2024", null, List.of(), null, null, List.of());
    }

    private static final DatasetDto DOCUMENT = new DatasetDto(BigInteger.ONE, "T",
            List.of(new SourceDto("speech", "sources/speech.txt", null, "Speech on friendship", null, null, null, null,
                    null, null)),
            List.of(new ActorDto("president-a", "President A", null, "CN", "person", List.of())),
            List.of(event("talks", "Talks in Lahore"), event("untitled", " "), event("twice", "First"),
                    event("twice", "Second"), event(null, "No id")));

    private static FieldRef ref(Section section, String id, int index) {
        return new FieldRef(section, id, index, "title");
    }

    @Test
    void eachEntryByItsTitleOrNameElseItsIdElseItsPlace() {
        List<FieldRef> fields = List.of(ref(Section.EVENT, "talks", 0), ref(Section.EVENT, "untitled", 1),
                ref(Section.EVENT, "twice", 3), ref(Section.EVENT, null, 4), ref(Section.ACTOR, "president-a", 0),
                ref(Section.SOURCE, "speech", 0), ref(Section.EVENT, "gone", 7));
        EntryNames names = EntryNames.of(DOCUMENT, fields);
        assertThat(fields).map(names::of).containsExactly("Talks in Lahore", "untitled", "First", "#5",
                "President A", "Speech on friendship", "gone");
    }

    @Test
    void withNoDocumentEachEntryIsItsId() {
        assertThat(EntryNames.of(null, List.of(ref(Section.EVENT, "talks", 0))).of(ref(Section.EVENT, "talks", 0)))
                .isEqualTo("talks");
    }
}
