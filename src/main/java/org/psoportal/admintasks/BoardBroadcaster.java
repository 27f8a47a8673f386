package org.psoportal.admintasks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open board about committed changes. In-process (one portal instance); listeners are called on a
 * separate thread so a slow browser never holds up the person who made the change.
 */
@Component
public class BoardBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(BoardBroadcaster.class);

    private final List<Consumer<BoardChanged>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "board-broadcaster");
        t.setDaemon(true);
        return t;
    });

    /** Returns the unregistration (call it on detach). */
    public Runnable register(Consumer<BoardChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener
    void afterCommit(BoardChanged event) {
        for (Consumer<BoardChanged> l : listeners) {
            executor.execute(() -> {
                try {
                    l.accept(event);
                } catch (RuntimeException e) {
                    log.debug("Board listener failed", e);
                }
            });
        }
    }
}
