package app.corridor.ui.timeline;

import app.corridor.i18n.Language;
import app.corridor.layout.EventIndex;
import app.corridor.layout.FilteredLanes;
import app.corridor.layout.LaneMode;
import app.corridor.model.Actor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Every event's lanes, grouped once per lane mode ({@link FilteredLanes}): a reader who looks at
 * the lanes by actor and goes back to those by kind finds both grouped already. A change of lane
 * mode over many events is grouped on a thread of its own (by actor at 100,000 events, the UI
 * thread was held for a quarter of a second); the lanes shown meanwhile are the same events in
 * the lanes of the mode shown before. Used on the UI thread only.
 */
final class LaneGroups {

    /** Below this many events a grouping takes a few milliseconds: done at once, in the frame that needs it. */
    static final int IN_BACKGROUND_FROM = 20_000;

    private static final Logger LOG = Logger.getLogger(LaneGroups.class.getName());
    /** One thread for every view: groupings are rare, and each wants a core to itself. */
    private static final Executor GROUPER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "corridor-lanes");
        thread.setDaemon(true);
        return thread;
    });

    private final Runnable ready;
    private final Map<LaneMode, FilteredLanes> byMode = new EnumMap<>(LaneMode.class);
    private final Set<LaneMode> grouping = EnumSet.noneOf(LaneMode.class);
    /** The grouping the lanes last handed out were cut from. */
    private FilteredLanes shown;
    /** False once a grouping failed in the background: groupings are then made where needed, which says why. */
    private boolean inBackground = true;

    /** @param ready run on the UI thread when a grouping made in the background is ready to be shown */
    LaneGroups(Runnable ready) {
        this.ready = ready;
    }

    /**
     * The grouping to cut the lanes shown from: {@code mode}'s when it is made, else (while it is
     * made in the background) that of the mode shown before, of the same events.
     */
    FilteredLanes lanesOf(EventIndex context, LaneMode mode, Function<String, Actor> actors, Language language) {
        FilteredLanes wanted = byMode.get(mode);
        if (wanted == null || !wanted.isFor(context, mode, actors, language)) {
            // Other events, actors or words: every mode's grouping is out of date, not just this one's.
            byMode.values().removeIf(g -> !g.isFor(context, g.mode(), actors, language));
            if (inBackground && context.size() >= IN_BACKGROUND_FROM && shown != null && shown.mode() != mode
                    && shown.isFor(context, shown.mode(), actors, language)) {
                groupInBackground(context, mode, actors, language);
                return shown;
            }
            wanted = new FilteredLanes(context, mode, actors, language);
            byMode.put(mode, wanted);
        }
        shown = wanted;
        return wanted;
    }

    /** Whether a grouping is being made in the background: the lanes shown are not yet those asked for. */
    boolean isGrouping() {
        return !grouping.isEmpty();
    }

    private void groupInBackground(EventIndex context, LaneMode mode, Function<String, Actor> actors,
                                   Language language) {
        if (!grouping.add(mode)) {
            return; // already under way
        }
        CompletableFuture.supplyAsync(() -> new FilteredLanes(context, mode, actors, language), GROUPER)
                .whenComplete((made, failure) -> Platform.runLater(() -> {
                    grouping.remove(mode);
                    if (failure != null) {
                        LOG.log(Level.WARNING, "cannot group the lanes by " + mode + " in the background", failure);
                        inBackground = false;
                    } else if (shown != null && shown.isFor(context, shown.mode(), actors, language)) {
                        // Still of the events, actors and words shown, and not made meanwhile (its lanes may be shown).
                        FilteredLanes had = byMode.get(mode);
                        if (had == null || !had.isFor(context, mode, actors, language)) {
                            byMode.put(mode, made);
                        }
                    }
                    ready.run();
                }));
    }
}
