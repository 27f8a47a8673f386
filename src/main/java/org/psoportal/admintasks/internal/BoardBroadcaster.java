package org.psoportal.admintasks.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.psoportal.admintasks.BoardChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open board of this instance about committed changes, its own and, when several instances run, those
 * of the others ({@code BoardChanged} crosses instances through {@code shared.cluster.RedisEventRelay}); listeners are
 * called on a thread of their own so a slow browser never holds up the person who made the change.
 *
 * <p>Changes are coalesced per listener: a listener hears of a change at most {@link #COALESCE} after it, and
 * of everything that happened meanwhile as one merged {@link BoardChanged}. Without this, every card move in the
 * organisation made every open board re-read its columns (the load test: 200 users, dozens of open boards, several
 * moves a second; docs/performance.md), and a burst of moves queued up refreshes nobody would see.
 */
@Component
public class BoardBroadcaster implements MeterBinder {

    /** Short enough to feel live, long enough to fold a burst of moves into one refresh. */
    static final Duration COALESCE = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(BoardBroadcaster.class);

    /** The changes each listener has not heard of yet; a listener is in here while its delivery is scheduled. */
    private final Map<Consumer<BoardChanged>, BoardChanged> pending = new ConcurrentHashMap<>();

    private final Set<Consumer<BoardChanged>> listeners = ConcurrentHashMap.newKeySet();
    /** One thread of its own, so deliveries never wait for (or hold up) other scheduled work. */
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    public BoardBroadcaster() {
        scheduler.setThreadNamePrefix("board-broadcaster-");
        scheduler.setDaemon(true);
        scheduler.initialize();
    }

    /** Spring calls this when the context closes: pending deliveries are dropped with the boards they were for. */
    @PreDestroy
    void stop() {
        scheduler.shutdown();
    }

    /** Returns the unregistration (call it on detach). */
    public Runnable register(Consumer<BoardChanged> listener) {
        listeners.add(listener);
        return () -> {
            listeners.remove(listener);
            pending.remove(listener);
        };
    }

    /** Open boards listening now (a board's listener is released when its UI detaches or its session ends). */
    public int listenerCount() {
        return listeners.size();
    }

    /** Metrics pso.boards.open and pso.board.push.pending (docs/operations.md, "Metrics"). */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pso.boards.open", this, BoardBroadcaster::listenerCount)
                .description("Open boards listening for changes on this instance")
                .register(registry);
        Gauge.builder("pso.board.push.pending", pending, Map::size)
                .description("Boards with a change waiting to be pushed to them")
                .register(registry);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(BoardChanged event) {
        for (Consumer<BoardChanged> listener : listeners) {
            if (pending.merge(listener, event, BoardChanged::merge) == event) {
                // first change since the last delivery: deliver it, and whatever joins it, a moment later
                scheduler.schedule(() -> deliver(listener), Instant.now().plus(COALESCE));
            }
        }
    }

    private void deliver(Consumer<BoardChanged> listener) {
        BoardChanged changes = pending.remove(listener);
        if (changes == null || !listeners.contains(listener)) {
            return;
        }
        try {
            listener.accept(changes);
        } catch (RuntimeException e) {
            log.debug("Board listener failed", e);
        }
    }
}
