package app.corridor.layout;

import app.corridor.model.Actor;
import app.corridor.model.ActorKind;
import app.corridor.model.Country;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.model.Part;
import app.corridor.model.Participation;
import app.corridor.model.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated events for scale tests: many, spread over decades, every precision and kind. */
public final class SyntheticEvents {

    public static final List<Actor> ACTORS = List.of(
            new Actor("a-cn", "Leader A", null, Country.CN, ActorKind.PERSON, List.of()),
            new Actor("b-pk", "Leader B", null, Country.PK, ActorKind.PERSON, List.of()),
            new Actor("c-pk", "Party C", null, Country.PK, ActorKind.ORGANISATION, List.of()),
            new Actor("d-un", "Body D", null, Country.OTHER, ActorKind.ORGANISATION, List.of()));

    private SyntheticEvents() {
    }

    /** {@code n} events between 1951 and 2026, reproducible for a {@code seed}. */
    public static List<Event> generate(int n, long seed) {
        Random random = new Random(seed);
        long first = LocalDate.of(1951, 1, 1).toEpochDay();
        long last = LocalDate.of(2026, 12, 31).toEpochDay();
        EventKind[] kinds = EventKind.values();
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first)));
            EventDate date = switch (random.nextInt(10)) {
                case 0 -> EventDate.of(PartialDate.ofYear(day.getYear()));
                case 1, 2 -> EventDate.of(PartialDate.ofMonth(day.getYear(), day.getMonthValue()));
                case 3, 4 -> new EventDate(PartialDate.of(day), PartialDate.of(day.plusDays(1 + random.nextInt(6))));
                default -> EventDate.of(PartialDate.of(day));
            };
            List<Participation> who = new ArrayList<>();
            for (Actor a : ACTORS) {
                if (random.nextInt(3) == 0) {
                    who.add(new Participation(a.id(), Part.PARTICIPANT));
                }
            }
            String title = "Event " + i + " " + "x".repeat(random.nextInt(40));
            events.add(new Event("e" + i, title, kinds[random.nextInt(kinds.length)], date, null, who,
                    "Summary " + i, null, List.of(new Quote("s", "q", 0, 1))));
        }
        return events;
    }

    /** A text measure that needs no fonts: every character is 7 px wide. */
    public static final TextMeasure MONO = (text, style) -> text.length() * 7.0;
}
