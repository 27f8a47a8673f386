package org.psoportal.dashboard;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.shared.events.BookingsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The head's dashboard figures, computed once per filter and day and shared by every dashboard that shows them
 * (docs/performance.md: 13 statements, about 0.5 s on the large organisation; before, every page load and every open
 * dashboard after every card move ran them again). Package-private: only {@link DashboardService#office}, behind its
 * access check, hands the figures out.
 *
 * <p>A committed card or booking change makes them stale; once they may be recomputed (see
 * {@link #MIN_RECOMPUTE_INTERVAL}) this announces {@link OfficeFiguresChanged} so that open dashboards ask again.
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
     * recomputed after a minute, as often as an open dashboard polls (DashboardView.POLL_MILLIS).
     */
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    /**
     * Every period, custom range and project the head looks at today is a key of its own; 50 of them (a few MB on
     * the large organisation) cover the heads of an office, and a day's old keys fall out as the new ones come in.
     */
    static final int MAX_KEYS = 50;

    private record Key(DashboardFilter filter, LocalDate today) {}

    private final SharedFigures<Key, OfficeDashboard> figures;
    private final ApplicationEventPublisher events;
    private final AtomicBoolean announcementScheduled = new AtomicBoolean();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "office-figures-announcer");
        t.setDaemon(true);
        return t;
    });

    SharedOfficeFigures(OfficeFigures office, Clock clock, ApplicationEventPublisher events) {
        this.figures = new SharedFigures<>(clock, MIN_RECOMPUTE_INTERVAL, MAX_AGE, MAX_KEYS,
                key -> office.compute(key.filter(), key.today()));
        this.events = events;
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

    private void dataChanged() {
        figures.markStale();
        announceWhenRecomputable();
    }

    /**
     * Right away if no figures were computed within the interval (in the changer's thread, so a dashboard of the
     * changer's own session refreshes at once, as before); otherwise once, when the interval has passed: changes
     * meanwhile are covered by that one announcement.
     */
    private void announceWhenRecomputable() {
        Duration wait = figures.untilRecomputable();
        if (wait.isZero() || wait.isNegative()) {
            events.publishEvent(new OfficeFiguresChanged());
        } else if (announcementScheduled.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                announcementScheduled.set(false);
                // checked again with the portal's clock: the scheduler's timer may fire a moment early
                announceWhenRecomputable();
            }, wait.toMillis() + 1, TimeUnit.MILLISECONDS);
        }
    }

    long computations() {
        return figures.computations();
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    /** Forgets every stored result (tests and benchmarks that must measure a computation). */
    void clear() {
        figures.clear();
    }
}
