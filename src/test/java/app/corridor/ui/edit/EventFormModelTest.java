package app.corridor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.curate.Edit;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The event form: dates as typed with their preview, ids proposed, the edit it makes. */
class EventFormModelTest {

    private final EventFormModel form = new EventFormModel(Messages.english());

    private static final EventDto TALKS = new EventDto("talks-2021", "Talks in Lahore", "meeting", "2021-05-10",
            "Lahore, Pakistan", List.of(new ParticipationDto("president-b", "host")), "They talked.", null,
            List.of(new QuoteDto("speech", "Both sides agreed to deepen cooperation.")));

    @Test
    void aTypedDateIsPreviewedInWordsWithItsPrecisionAndShapeAndStoredAsEdtf() {
        form.load(TALKS);
        form.dateProperty().set("4–8 June 2024");

        assertThat(form.datePreviewProperty().get())
                .isEqualTo("4–8 June 2024 · known to the day · drawn as a bar from its first to its last day");
        assertThat(form.toDto().date()).isEqualTo("2024-06-04/2024-06-08");

        form.dateProperty().set("c. 2013");
        assertThat(form.datePreviewProperty().get())
                .isEqualTo("c. 2013 · known only to the year · drawn as a dashed span over the whole period"
                        + " · approximate: a hollow marker");
        form.dateProperty().set("25/12/2023");
        assertThat(form.datePreviewProperty().get()).endsWith("(read as day/month/year: 25 cannot be a month)");
    }

    @Test
    void anImpossibleDateIsRefusedThereWithTheReasonAndNotStored() {
        form.load(TALKS);
        form.dateProperty().set("31 June 2024");

        assertThat(form.dateAcceptedProperty().get()).isFalse();
        assertThat(form.datePreviewProperty().get()).isEqualTo("There is no such date: June 2024 has no day 31 (it has 30 days).");
        assertThat(form.toDto().date()).as("the date stored before stays").isEqualTo("2021-05-10");
        assertThat(form.edit()).isNull();
    }

    @Test
    void thePreviewIsInTheReadersLanguage() {
        EventFormModel chinese = new EventFormModel(Messages.of(Language.CHINESE));
        chinese.dateProperty().set("June 2024");
        assertThat(chinese.datePreviewProperty().get()).startsWith("2024年6月").contains("仅知月份");
    }

    @Test
    void theIdsTakenAreGatheredOnceAndOnlyWhenAnIdIsProposed() {
        java.util.concurrent.atomic.AtomicInteger gathered = new java.util.concurrent.atomic.AtomicInteger();
        form.load(TALKS);
        form.setTakenIds(() -> {
            gathered.incrementAndGet();
            return Set.of("talks-in-karachi");
        });
        form.titleProperty().set("Talks in Karachi");
        assertThat(gathered).as("an existing event's id is not proposed").hasValue(0);
        form.load(null);
        assertThat(gathered).as("nothing to propose from an empty title").hasValue(0);
        form.titleProperty().set("Talks in Karachi");
        form.titleProperty().set("Talks in Karachi again");
        assertThat(gathered).hasValue(1);
        assertThat(form.idProperty().get()).isEqualTo("talks-in-karachi-again");
        form.titleProperty().set("Talks in Karachi");
        assertThat(form.idProperty().get()).isEqualTo("talks-in-karachi-2");
    }

    @Test
    void aNewEventsIdFollowsItsTitleAndDateUntilOneIsTyped() {
        form.load(null);
        form.setTakenIds(() -> Set.of("talks-in-lahore-2021-05-10"));
        form.titleProperty().set("Talks in Lahore");
        form.dateProperty().set("10 May 2021");

        assertThat(form.idProperty().get()).isEqualTo("talks-in-lahore-2021-05-10-2");
        form.idProperty().set("my-own-id");
        form.titleProperty().set("Talks in Lahore, again");
        assertThat(form.idProperty().get()).isEqualTo("my-own-id");
        assertThat(form.canAdd()).isTrue();

        Edit.PutEvent add = form.edit();
        assertThat(add.id()).as("added, not replacing").isNull();
        assertThat(add.event().date()).isEqualTo("2021-05-10");
        assertThat(add.event().summary()).as("left empty: the validator will ask for it").isNull();
    }

    @Test
    void anExistingEventIsReplacedUnderItsOwnIdAndAnUnchangedFormMakesNoEdit() {
        form.load(TALKS);
        assertThat(form.edit()).isNull();
        form.idProperty().set("talks-lahore-2021");
        form.locationProperty().set("  ");

        Edit.PutEvent edit = form.edit();
        assertThat(edit.id()).isEqualTo("talks-2021");
        assertThat(edit.event().id()).isEqualTo("talks-lahore-2021");
        assertThat(edit.event().location()).isNull();
        assertThat(edit.event().quotes()).isEqualTo(TALKS.quotes());
    }

    @Test
    void aNewEventFromAQuoteStartsWithThatQuote() {
        form.loadNew(new QuoteDto("speech", "Both sides agreed"));
        assertThat(form.isCreating()).isTrue();
        assertThat(form.quotes()).containsExactly(new QuoteDto("speech", "Both sides agreed"));
        assertThat(form.canAdd()).as("no title yet").isFalse();
    }
}
