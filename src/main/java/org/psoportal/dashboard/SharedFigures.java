package org.psoportal.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Figures computed once per key and shared by everyone who asks for the same key.
 *
 * <ul>
 * <li><b>Stale</b>: a change to the data ({@link #markStale()}) makes every stored result stale; so does age
 * ({@code maxAge}), for changes nobody announces.</li>
 * <li><b>Coalesced</b>: a stale result is still handed out until {@code minInterval} has passed since its
 * computation started, so a stream of changes costs at most one computation per key and interval.</li>
 * <li><b>Stale while recomputing</b>: once a key has figures, a caller who finds them stale gets them at once and
 * their recomputation runs on {@code refresher}; the next caller gets the new figures. Only figures older than
 * {@code maxStale} (or none at all) make the caller wait for the computation. The figures say when they were
 * computed, so nobody mistakes old figures for new ones.</li>
 * <li><b>Single-flight</b>: while a key is being computed, nobody starts another computation of it; whoever must
 * wait waits for that one.</li>
 * <li><b>Bounded</b>: at most {@code maxKeys} keys are kept (the least useful are evicted).</li>
 * </ul>
 *
 * <p>A computation reads the change counter before it starts, so a change that commits while it runs leaves its
 * result stale (it may or may not have seen the change).
 */
final class SharedFigures<K, V> {

    private static final Logger LOG = LoggerFactory.getLogger(SharedFigures.class);

    private final Clock clock;
    private final Duration minInterval;
    private final Duration maxAge;
    private final Duration maxStale;
    private final Executor refresher;
    private final Function<K, V> compute;
    private final Cache<K, Slot> slots;
    private final AtomicLong dataVersion = new AtomicLong();
    private final LongAdder computations = new LongAdder();

    SharedFigures(Clock clock, Duration minInterval, Duration maxAge, Duration maxStale, int maxKeys,
            Executor refresher, Function<K, V> compute) {
        if (maxAge.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("maxAge " + maxAge + " is shorter than minInterval " + minInterval);
        }
        if (maxStale.compareTo(maxAge) < 0) {
            throw new IllegalArgumentException("maxStale " + maxStale + " is shorter than maxAge " + maxAge);
        }
        this.clock = clock;
        this.minInterval = minInterval;
        this.maxAge = maxAge;
        this.maxStale = maxStale;
        this.refresher = refresher;
        this.compute = compute;
        // eviction in the caller's thread: no background pool, and the bound holds as soon as a call returns
        this.slots = Caffeine.newBuilder().maximumSize(maxKeys).executor(Runnable::run).build();
    }

    /** The figures of {@code key}: stored ones if still usable, otherwise computed (once, however many ask). */
    V get(K key) {
        return slots.get(key, k -> new Slot()).get(key);
    }

    /** The data changed: every stored result is stale from now on. */
    void markStale() {
        dataVersion.incrementAndGet();
    }

    /** How many computations ran (for tests and diagnostics). */
    long computations() {
        return computations.sum();
    }

    /** The number of keys kept. */
    long size() {
        slots.cleanUp();
        return slots.estimatedSize();
    }

    void clear() {
        slots.invalidateAll();
    }

    private boolean usable(Entry<V> e, Instant now) {
        if (e == null) {
            return false;
        }
        boolean current = e.dataVersion() == dataVersion.get() && now.isBefore(e.startedAt().plus(maxAge));
        boolean recentlyComputed = now.isBefore(e.startedAt().plus(minInterval));
        return current || recentlyComputed;
    }

    private record Entry<V>(V value, Instant startedAt, long dataVersion) {}

    /** One key: its latest result and the computation in flight, if any. */
    private final class Slot {

        private volatile Entry<V> latest;
        private CompletableFuture<Entry<V>> inFlight; // guarded by this

        V get(K key) {
            Entry<V> e = latest;
            if (usable(e, clock.instant())) {
                return e.value();
            }
            CompletableFuture<Entry<V>> mine = null;
            CompletableFuture<Entry<V>> running;
            boolean servedStale;
            synchronized (this) {
                e = latest;
                Instant now = clock.instant();
                if (usable(e, now)) {
                    return e.value();
                }
                servedStale = e != null && now.isBefore(e.startedAt().plus(maxStale));
                if (inFlight == null) {
                    inFlight = mine = new CompletableFuture<>();
                }
                running = inFlight;
            }
            if (servedStale) {
                if (mine != null) {
                    CompletableFuture<Entry<V>> refresh = mine;
                    try {
                        refresher.execute(() -> computeInBackground(refresh, key));
                    } catch (RejectedExecutionException shuttingDown) {
                        computeInBackground(refresh, key);
                    }
                }
                return latest.value(); // the stale figures, or already the new ones if the refresher ran inline
            }
            return mine != null ? computeInto(mine, key) : await(running);
        }

        private void computeInBackground(CompletableFuture<Entry<V>> mine, K key) {
            try {
                computeInto(mine, key);
            } catch (RuntimeException | Error failed) {
                // nobody waits for it: the stale figures stay, and the next caller tries again
                LOG.warn("Recomputing shared figures of {} failed: {}", key, failed.toString());
            }
        }

        private V computeInto(CompletableFuture<Entry<V>> mine, K key) {
            try {
                long version = dataVersion.get();
                Instant startedAt = clock.instant();
                computations.increment();
                Entry<V> fresh = new Entry<>(compute.apply(key), startedAt, version);
                synchronized (this) {
                    latest = fresh;
                    inFlight = null;
                }
                mine.complete(fresh);
                return fresh.value();
            } catch (RuntimeException | Error failed) {
                // the waiters get the same failure; the next caller tries again
                synchronized (this) {
                    inFlight = null;
                }
                mine.completeExceptionally(failed);
                throw failed;
            }
        }

        private V await(CompletableFuture<Entry<V>> running) {
            try {
                return running.join().value();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (failed.getCause() instanceof Error err) {
                    throw err;
                }
                throw failed;
            }
        }
    }
}
