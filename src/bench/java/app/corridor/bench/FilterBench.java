package app.corridor.bench;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.layout.EventIndex;
import app.corridor.layout.FilteredLanes;
import app.corridor.layout.Lane;
import app.corridor.layout.LaneMode;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import app.corridor.store.FilterIndex;
import app.corridor.store.Store;
import app.corridor.store.StoreManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A filter change, as the app's worker and then the timeline do it, on the generated data with its
 * store built: {@code memory} is the filter in memory (the store asked only for search text) with
 * the result's time index; {@code store} is what 0.1.0 did, the store's three queries (matching
 * ids and the two facet counts) and the events looked up by id; {@code lanes} cuts the result's
 * lanes by actor from every event's (the timeline's share of a filter change). Filters: five of
 * the recent years, the busiest actor, a search word, and none (clearing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class FilterBench {

    @Param({"1000", "10000", "100000"})
    public int events;

    @Param({"years", "actor", "text", "clear"})
    public String filter;

    private Path storeDir;
    private Store store;
    private Dataset dataset;
    private FilterIndex index;
    private EventIndex all;
    private EventFilter chosen;
    private Map<String, Event> byId;
    private FilteredLanes lanes;

    @Setup
    public void open() throws Exception {
        Path folder = BenchData.folder(events);
        storeDir = Path.of("target", "bench-data", "store-" + events);
        StoreManager.Opening opening = new StoreManager(storeDir, new DatasetLoader())
                .open(new DirectoryDatasetFiles(folder), DatasetLoader.DATASET_FILE, StoreManager.Progress.NONE);
        store = opening.store();
        dataset = store.loadDataset();
        index = new FilterIndex(dataset);
        all = new EventIndex(dataset.events());
        byId = new HashMap<>();
        dataset.events().forEach(e -> byId.put(e.id(), e));
        Map<String, Integer> perActor = index.totalsOfAll().eventsPerActor();
        String busiest = perActor.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int last = index.totalsOfAll().lastYear();
        chosen = switch (filter) {
            case "years" -> EventFilter.all().withRange(PartialDate.ofYear(last - 15), PartialDate.ofYear(last - 10));
            case "actor" -> EventFilter.all().withActors(Set.of(busiest), false);
            case "text" -> EventFilter.all().withText("gwadar");
            default -> EventFilter.all();
        };
        Map<String, app.corridor.model.Actor> actors = new HashMap<>();
        dataset.actors().forEach(a -> actors.put(a.id(), a));
        lanes = new FilteredLanes(all, LaneMode.ACTOR, actors::get, app.corridor.i18n.Language.ENGLISH);
        index.query(chosen.withText("warm"), store); // the first search learns the store's order
    }

    @TearDown
    public void close() {
        store.close();
    }

    @Benchmark
    public EventIndex memory() {
        FilterIndex.Result result = index.query(chosen, store);
        return all.subset(result.positions());
    }

    @Benchmark
    public List<Event> store() {
        List<String> ids = store.matchingEventIds(chosen);
        store.actorCounts(chosen);
        store.kindCounts(chosen);
        return ids.stream().map(byId::get).toList();
    }

    @Benchmark
    public List<Lane> lanes() {
        return lanes.of(all.subset(index.query(chosen, store).positions()));
    }
}
