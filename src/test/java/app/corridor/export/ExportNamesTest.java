package app.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Actor;
import app.corridor.model.ActorKind;
import app.corridor.model.Country;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportNamesTest {

    private static final ExportRange Y2019_2025 = ExportRange.window(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31));

    @Test
    void theDefaultNameSaysWhatIsShown() {
        EventFilter filter = EventFilter.all().withActors(Set.of("xi-jinping"), false)
                .withKinds(Set.of(EventKind.STATE_VISIT));
        assertThat(ExportNames.defaultFileName(ExportFormat.SVG, Y2019_2025, filter))
                .isEqualTo("corridor-2019-2025-xi-jinping-state-visits.svg");
        assertThat(ExportNames.defaultFileName(ExportFormat.PNG, Y2019_2025, EventFilter.all()))
                .isEqualTo("corridor-2019-2025.png");
        ExportRange y2024 = ExportRange.window(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        EventFilter busy = EventFilter.all().withActors(Set.of("a", "b", "c"), false)
                .withKinds(Set.of(EventKind.MEETING, EventKind.CALL, EventKind.LETTER)).withText("Gwadar Port");
        assertThat(ExportNames.defaultFileName(ExportFormat.PDF, y2024, busy))
                .isEqualTo("corridor-2024-3-actors-3-kinds-gwadar-port.pdf");
    }

    @Test
    void slugsAreAsciiAndShort() {
        assertThat(ExportNames.slug("Talks & meetings")).isEqualTo("talks-meetings");
        assertThat(ExportNames.slug("Zhōu Ēnlái — 周恩来")).isEqualTo("zhou-enlai");
        EventFilter longText = EventFilter.all().withText("a very long search ".repeat(10));
        assertThat(ExportNames.defaultFileName(ExportFormat.SVG, Y2019_2025, longText))
                .hasSizeLessThanOrEqualTo(ExportNames.MAX_LENGTH).endsWith(".svg").doesNotContain("-.svg");
    }

    @Test
    void theFiltersLineNamesEveryActiveFilter() {
        Actor xi = new Actor("xi-jinping", "Xi Jinping", null, Country.CN, ActorKind.PERSON, List.of());
        EventFilter filter = new EventFilter(PartialDate.parse("2019"), PartialDate.parse("2025-06"),
                Set.of("xi-jinping", "zz"), true, Set.of(EventKind.CALL, EventKind.STATE_VISIT), "cpec");
        assertThat(FilterDescription.of(filter, id -> id.equals("xi-jinping") ? xi : null, 3))
                .isEqualTo("3 events \u00b7 2019 \u2013 June 2025 \u00b7 Xi Jinping and zz \u00b7 State visits or Calls"
                        + " \u00b7 matching \u201ccpec\u201d");
        assertThat(FilterDescription.of(EventFilter.all(), id -> null, 1)).isEqualTo("1 event \u00b7 no filters");
    }
}
