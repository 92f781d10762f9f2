package app.corridor.curate;

import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.ParticipationDto;
import java.nio.file.Path;
import java.util.List;

/**
 * A curator whose process is killed mid-session: run as its own JVM by {@link CrashRecoveryTest},
 * it makes some edits, says when they are journaled, and waits to be killed without saving.
 */
public final class CrashingCurator {

    static final String READY = "JOURNALED";

    private CrashingCurator() {
    }

    /** The edits of the session, applied to {@code session}: also run in the test to know what to expect. */
    static void edit(EditSession session) throws EditRefusedException {
        session.apply(new Edit.PutEvent(null, new EventDto("talks-2021", "Talks in Islamabad", "meeting",
                "2021-05-04/2021-05-06", "Islamabad, Pakistan", List.of(new ParticipationDto("president-b", "host")),
                "Talks on the corridor; 习近平 sent a letter.", null, List.of())));
        session.apply(new Edit.SetTitle("Mini dataset, curated"));
        session.apply(new Edit.DeleteEvent("airport-opens"));
        session.apply(new Edit.RemoveQuote("second-conference", 1));
        session.undo();
    }

    public static void main(String[] args) throws Exception {
        EditSession session = EditSession.open(Path.of(args[0]));
        edit(session);
        session.flushJournal();
        System.out.println(READY);
        System.out.flush();
        // Wait to be killed; never save, never close.
        System.in.read();
        Thread.sleep(Long.MAX_VALUE);
    }
}
