package app.corridor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.Dto.ActorDto;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The actor picker: matches by either name or id, closest first, and a new actor when none has the name. */
class ActorChoicesTest {

    private static ActorDto actor(String id, String name, String nativeName) {
        return new ActorDto(id, name, nativeName, "CN", "person", List.of());
    }

    private static final List<ActorDto> ACTORS = List.of(actor("xi-jinping", "Xi Jinping", "习近平"),
            actor("shehbaz-sharif", "Shehbaz Sharif", "شہباز شریف"), actor("li-qiang", "Li Qiang", "李强"),
            actor("idcpc", "International Department of the CPC", null));

    private static List<String> names(List<ActorChoices.Choice> choices) {
        return choices.stream().map(c -> c instanceof ActorChoices.Existing e ? e.actor().name()
                : "new: " + ((ActorChoices.NewActor) c).name()).toList();
    }

    @Test
    void namesStartingWithTheQueryComeFirstThenWordsThenAnywhere() {
        assertThat(names(ActorChoices.matching(ACTORS, "sh", Set.of())))
                .containsExactly("Shehbaz Sharif", "new: sh");
        assertThat(names(ActorChoices.matching(ACTORS, "qia", Set.of()))).containsExactly("Li Qiang", "new: qia");
        assertThat(names(ActorChoices.matching(ACTORS, "习", Set.of()))).containsExactly("Xi Jinping", "new: 习");
        assertThat(names(ActorChoices.matching(ACTORS, "cpc", Set.of())))
                .containsExactly("International Department of the CPC", "new: cpc");
    }

    @Test
    void aNewActorIsOfferedOnlyWhenNoActorHasThatName() {
        assertThat(names(ActorChoices.matching(ACTORS, "xi jinping", Set.of()))).containsExactly("Xi Jinping");
        assertThat(names(ActorChoices.matching(ACTORS, "Shah Mahmood Qureshi", Set.of())))
                .containsExactly("new: Shah Mahmood Qureshi");
    }

    @Test
    void theEventsOwnActorsAreLeftOutAndABlankQueryListsTheRest() {
        assertThat(names(ActorChoices.matching(ACTORS, "", Set.of("xi-jinping"))))
                .containsExactly("International Department of the CPC", "Li Qiang", "Shehbaz Sharif");
    }
}
