package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.model.Event;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import app.corridor.store.Store;
import app.corridor.ui.timeline.ViewRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's wording and decisions, with no toolkit: background work runs inline. */
class MainWindowModelTest {

    @TempDir
    Path dir;

    private Store store;
    private AppModel model;
    private MainWindowModel window;

    @BeforeEach
    void load() {
        store = Fixtures.miniStore(dir);
        model = new AppModel(new InlineBackground());
        window = new MainWindowModel(model);
        model.loaded(store, store.loadDataset());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    private void view(String from, String toExclusive) {
        window.visibleStartProperty().set(day(from));
        window.visibleEndProperty().set(day(toExclusive));
    }

    private List<Event> only(String... ids) {
        return model.getDataset().events().stream().filter(e -> List.of(ids).contains(e.id())).toList();
    }

    @Test
    void untilTheDataIsInTheStatusSaysLoading() {
        assertThat(window.statusProperty().get()).isEqualTo("Loading\u2026");
        window.loadingProperty().set(false);
        view("2019-06-01", "2025-03-01");
        assertThat(window.statusProperty().get()).isEqualTo("4 of 4 events \u00b7 Jun 2019 \u2013 Feb 2025");
    }

    @Test
    void whenNoDataCouldBeShownTheStatusStopsSayingLoading() {
        // Also through the window: RestartTest.aBrokenDatasetWithNoEarlierStoreLeavesNoWordOfLoading.
        MainWindowModel failed = new MainWindowModel(new AppModel(new InlineBackground()));
        assertThat(failed.statusProperty().get()).isEqualTo("Loading\u2026");
        failed.failedProperty().set(true); // what a dataset with problems and no earlier copy leaves
        assertThat(failed.statusProperty().get()).isEqualTo("No events");
    }

    @Test
    void aFewWeeksInViewAreNamedByTheirDays() {
        window.loadingProperty().set(false);
        view("2024-09-04", "2024-09-10");
        assertThat(window.statusProperty().get()).endsWith("4 Sep \u2013 9 Sep 2024");
        view("2024-12-28", "2025-01-03");
        assertThat(window.statusProperty().get()).endsWith("28 Dec 2024 \u2013 2 Jan 2025");
    }

    @Test
    void aYearFilterAsksForThoseYears() {
        view("2025-01-01", "2025-02-01");
        EventFilter years = EventFilter.all().withRange(PartialDate.ofYear(2019), PartialDate.ofYear(2021));
        Optional<ViewRequest> request = window.follow(EventFilter.all(), years, only("president-b-visit"));
        assertThat(request).contains(new ViewRequest.FitRange(day("2019-01-01"), day("2022-01-01"), 0, true));
    }

    @Test
    void otherFiltersFitTheirResultsAtAReadableZoomUnlessAllAreInView() {
        view("2025-01-01", "2025-02-01");
        EventFilter actor = EventFilter.all().withActors(java.util.Set.of("president-b"), false);
        List<Event> results = only("president-b-visit", "letters-2024");
        ViewRequest request = window.follow(EventFilter.all(), actor, results).orElseThrow();
        assertThat(request).isInstanceOf(ViewRequest.FitRange.class);
        ViewRequest.FitRange fit = (ViewRequest.FitRange) request;
        assertThat(fit.start()).isEqualTo(day("2020-03-16"));
        assertThat(fit.end()).isEqualTo(day("2025-01-01"));
        assertThat(fit.minDays()).isEqualTo(app.corridor.layout.ViewBounds.READABLE_FIT_DAYS);

        view("2019-01-01", "2026-01-01");
        assertThat(window.follow(EventFilter.all(), actor, results)).isEmpty();
        assertThat(window.follow(EventFilter.all(), actor, List.of())).isEmpty();
    }

    @Test
    void clearingEveryFilterGoesBackToFitAllUnlessEveryEventIsInView() {
        view("2025-01-01", "2025-02-01");
        EventFilter actor = EventFilter.all().withActors(java.util.Set.of("president-b"), false);
        List<Event> every = model.getDataset().events();
        assertThat(window.follow(actor, EventFilter.all(), every)).contains(new ViewRequest.Fit(1, true));
        EventFilter years = EventFilter.all().withRange(PartialDate.ofYear(2019), PartialDate.ofYear(2021));
        assertThat(window.follow(years, EventFilter.all(), every)).contains(new ViewRequest.Fit(1, true));

        view("2019-01-01", "2026-01-01");
        assertThat(window.follow(actor, EventFilter.all(), every)).isEmpty();
    }

    @Test
    void theQuietBarCountsMatchesOutsideTheViewOnlyWhileAFilterIsOn() {
        window.loadingProperty().set(false);
        view("2024-01-01", "2024-12-31");
        assertThat(window.outsideProperty().get()).isEqualTo(3);
        assertThat(window.outsideShownProperty().get()).as("no filter: nothing to tell").isFalse();
        model.filterToActor("president-b");
        assertThat(window.outsideProperty().get()).isEqualTo(1);
        assertThat(window.outsideTextProperty().get()).isEqualTo("1 match outside the view");
        assertThat(window.outsideShownProperty().get()).isTrue();
        assertThat(window.showMatches()).contains(new ViewRequest.FitRange(day("2020-03-16"), day("2025-01-01"),
                app.corridor.layout.ViewBounds.READABLE_FIT_DAYS, true));
    }

    @Test
    void theTitleNamesTheDatasetAndTheBannerCountsProblems() {
        assertThat(window.titleProperty().get()).isEqualTo("Corridor \u2014 Mini dataset");
        assertThat(window.bannerProperty().get()).isEmpty();
        model.problems().add(new app.corridor.dataset.Problem("events.json", "/events/0/kind", 3, 4, "unknown kind"));
        assertThat(window.bannerProperty().get())
                .isEqualTo("The dataset has 1 problem; Corridor shows the last good version until they are fixed.");
    }
}
