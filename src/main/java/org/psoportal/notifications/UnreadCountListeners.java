package org.psoportal.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.psoportal.notifications.internal.UnreadCountChanged;
import org.psoportal.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open bells of a person that their unread count changed, once the change is committed (a rolled-back
 * booking rings no bell). The change may have been made on another instance ({@code UnreadCountChanged} crosses
 * instances through {@code shared.cluster.RedisEventRelay}). Listeners run on threads of their own, so the person who
 * made the change never waits for someone else's browser.
 */
@Component
public class UnreadCountListeners implements MeterBinder {

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();
    private final CurrentUser currentUser;

    UnreadCountListeners(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /**
     * Listens to the signed-in person's count; returns the release (call it on detach). Nothing to listen to for a
     * caller who is not a person of the portal (a test's mock user).
     */
    public Runnable listenToMine(Runnable onChange) {
        return currentUser.findPersonId().map(id -> register(id, onChange)).orElse(() -> {});
    }

    Runnable register(long personId, Runnable onChange) {
        listeners.computeIfAbsent(personId, id -> ConcurrentHashMap.newKeySet()).add(onChange);
        return () -> listeners.computeIfPresent(personId, (id, set) -> {
            set.remove(onChange);
            return set.isEmpty() ? null : set;
        });
    }

    /** Bells listening now (a bell lets go when its layout detaches or its session ends). */
    public int listenerCount() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    /** Metric pso.bells.open (docs/operations.md, "Metrics"). */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pso.bells.open", this, UnreadCountListeners::listenerCount)
                .description("Open notification bells (one per open page of a signed-in person) on this instance")
                .register(registry);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(UnreadCountChanged event) {
        for (Runnable listener : listeners.getOrDefault(event.personId(), Set.of())) {
            deliveries.execute(listener);
        }
    }

    @PreDestroy
    void stop() {
        deliveries.shutdownNow();
    }
}
