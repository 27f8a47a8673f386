package org.psoportal.training.internal;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.psoportal.training.TrainingSessionsChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open Sessions pages that a session changed, once the change is committed (on this instance or, through
 * the Redis relay, on another). Each page refreshes its own list for its own person, so nothing about one person's
 * place travels to another's page. Listeners run on threads of their own: the person registering never waits for
 * other browsers.
 */
@Component
public class SessionListeners {

    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();

    /** Listens to every session change; returns the release (call it on detach). */
    public Runnable listen(Runnable onChange) {
        listeners.add(onChange);
        return () -> listeners.remove(onChange);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(TrainingSessionsChanged event) {
        for (Runnable listener : listeners) {
            deliveries.execute(listener);
        }
    }

    @PreDestroy
    void stop() {
        deliveries.shutdownNow();
    }
}
