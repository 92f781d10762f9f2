package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void marksWordsStartingWithASearchWordIgnoringCaseAndAccents() {
        List<Highlights.Run> runs = Highlights.split("Gwadar’s airport; the Airports of Québec",
                Highlights.words("airport QUEBEC"));
        assertThat(runs).extracting(Highlights.Run::text, Highlights.Run::highlighted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Gwadar’s ", false),
                org.assertj.core.groups.Tuple.tuple("airport", true),
                org.assertj.core.groups.Tuple.tuple("; the ", false),
                org.assertj.core.groups.Tuple.tuple("Airports", true),
                org.assertj.core.groups.Tuple.tuple(" of ", false),
                org.assertj.core.groups.Tuple.tuple("Québec", true));
    }

    @Test
    void withoutSearchWordsTheTextIsOnePlainRun() {
        assertThat(Highlights.split("Plain text", List.of())).containsExactly(new Highlights.Run("Plain text", false));
    }
}
