package org.psoportal.dashboard.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.booking.BookingsChanged;
import org.psoportal.training.TrainingSessionsChanged;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The head's dashboard figures, computed once per filter and day and shared by every dashboard that shows them
 * (docs/performance.md: 13 statements, about 0.5 s on the large organisation; before, every page load and every open
 * dashboard after every card move ran them again). Package-private: only {@link DashboardService#office}, behind its
 * access check, hands the figures out.
 *
 * <p>A committed card, booking or training session change makes them stale; they are recomputed when a dashboard next asks, at most
 * once per {@link #MIN_RECOMPUTE_INTERVAL}, on a thread of their own: the dashboard that asked shows the figures it
 * has (with the time they were computed) and its next poll shows the new ones. Under the 200-user load test a page
 * load that waited for the recomputation took seconds (docs/performance.md); now only the very first computation
 * of a filter, or figures older than {@link #MAX_STALE}, is waited for. Open dashboards ask by polling
 * (DashboardView.POLL_MILLIS) rather than being pushed to: a push to every open dashboard after changes queued
 * work and memory in sessions nobody was collecting (docs/performance.md, load test).
 */
@Component
class SharedOfficeFigures {

    /**
     * At most one recomputation per filter in this time, however many cards move: under a stream of moves the
     * dashboard is up to 5 s behind, and the 0.5 s of database work costs at most a tenth of one core per filter.
     */
    static final Duration MIN_RECOMPUTE_INTERVAL = Duration.ofSeconds(5);

    /**
     * Figures nobody announces a change of (a renamed project, an expert's working hours, tasks growing older) are
     * recomputed after a minute.
     */
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    /**
     * Every period, custom range and project the head looks at today is a key of its own; 50 of them (a few MB on
     * the large organisation) cover the heads of an office, and a day's old keys fall out as the new ones come in.
     */
    static final int MAX_KEYS = 50;

    /** Figures older than this are not shown while recomputing: the dashboard waits for new ones instead. */
    static final Duration MAX_STALE = Duration.ofMinutes(10);

    private record Key(DashboardFilter filter, LocalDate today) {}

    private final SharedFigures<Key, OfficeDashboard> figures;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("dashboard-figures").daemon().factory());

    SharedOfficeFigures(OfficeFigures office, Clock clock, MeterRegistry meters) {
        // metric pso.dashboard.figures: how long one computation of the head's figures takes (docs/operations.md)
        Timer computation = Timer.builder("pso.dashboard.figures")
                .description("Computing the dashboard's figures for one filter")
                .register(meters);
        this.figures = new SharedFigures<>(
                clock,
                MIN_RECOMPUTE_INTERVAL,
                MAX_AGE,
                MAX_STALE,
                MAX_KEYS,
                this::asCaller,
                key -> computation.record(() -> office.compute(key.filter(), key.today())));
    }

    /**
     * Runs a recomputation on the refresher as the head who found the figures stale: the owners' published queries
     * check their caller, and a background thread has no caller of its own.
     */
    private void asCaller(Runnable recompute) {
        refresher.execute(new DelegatingSecurityContextRunnable(recompute, SecurityContextHolder.getContext()));
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    OfficeDashboard get(DashboardFilter filter, LocalDate today) {
        return figures.get(new Key(filter, today));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onBoardChanged(BoardChanged event) {
        dataChanged();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onBookingsChanged(BookingsChanged event) {
        dataChanged();
    }

    /** A session, a seat, a waitlist place or attendance changed: the training figures are stale. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onTrainingSessionsChanged(TrainingSessionsChanged event) {
        dataChanged();
    }

    private void dataChanged() {
        figures.markStale();
    }

    long computations() {
        return figures.computations();
    }

    /** Forgets every stored result (tests and benchmarks that must measure a computation). */
    void clear() {
        figures.clear();
    }
}
