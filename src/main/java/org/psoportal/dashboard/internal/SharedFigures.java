package org.psoportal.dashboard.internal;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Figures computed once per key and shared by everyone who asks for the same key, kept in a Caffeine
 * {@link LoadingCache}. Caffeine gives the single-flight loading (concurrent callers of a key wait for one
 * computation), the background refresh (one in flight per key, the old value served meanwhile, a failed refresh keeps
 * the old value), the bound on keys and the expiry. What it cannot know is when the data changed, so this class adds
 * the rule for when a value is worth refreshing:
 *
 * <ul>
 * <li>a change to the data ({@link #markStale()}) or age ({@code maxAge}, for changes nobody announces) makes the
 * stored values stale;</li>
 * <li>a stale value is still handed out, without a refresh, until {@code minInterval} has passed since its computation
 * started, so a stream of changes costs at most one computation per key and interval;</li>
 * <li>then it is handed out while its refresh runs on {@code refresher}; only a value older than {@code maxStale} (it
 * expires) or none at all makes the caller wait.</li>
 * </ul>
 *
 * <p>A computation reads the change counter before it starts, so a change that commits while it runs leaves its
 * result stale (it may or may not have seen the change).
 */
final class SharedFigures<K, V> {

    private final Clock clock;
    private final Duration minInterval;
    private final Duration maxAge;
    private final Executor refresher;
    private final Function<K, V> compute;
    private final LoadingCache<K, Entry<V>> cache;
    private final AtomicLong dataVersion = new AtomicLong();
    private final LongAdder computations = new LongAdder();

    SharedFigures(
            Clock clock,
            Duration minInterval,
            Duration maxAge,
            Duration maxStale,
            int maxKeys,
            Executor refresher,
            Function<K, V> compute) {
        if (maxAge.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("maxAge " + maxAge + " is shorter than minInterval " + minInterval);
        }
        if (maxStale.compareTo(maxAge) < 0) {
            throw new IllegalArgumentException("maxStale " + maxStale + " is shorter than maxAge " + maxAge);
        }
        this.clock = clock;
        this.minInterval = minInterval;
        this.maxAge = maxAge;
        this.refresher = refresher;
        this.compute = compute;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterWrite(maxStale)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                // Caffeine's own upkeep (eviction) in the caller's thread: the bound holds as soon as a call returns,
                // and only recomputations go to the refresher.
                .executor(Runnable::run)
                .build(new Loader());
    }

    /** The figures of {@code key}: stored ones if still usable, otherwise computed (once, however many ask). */
    V get(K key) {
        Entry<V> stored = cache.get(key);
        if (usable(stored, clock.instant())) {
            return stored.value();
        }
        cache.refresh(key); // joins the refresh in flight, if any
        Entry<V> now = cache.getIfPresent(key); // already the new figures when the refresher ran inline
        return now != null ? now.value() : stored.value();
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
        cache.cleanUp();
        return cache.estimatedSize();
    }

    void clear() {
        cache.invalidateAll();
    }

    private boolean usable(Entry<V> e, Instant now) {
        boolean current = e.dataVersion() == dataVersion.get()
                && now.isBefore(e.startedAt().plus(maxAge));
        boolean recentlyComputed = now.isBefore(e.startedAt().plus(minInterval));
        return current || recentlyComputed;
    }

    private Entry<V> computeEntry(K key) {
        long version = dataVersion.get();
        Instant startedAt = clock.instant();
        computations.increment();
        return new Entry<>(compute.apply(key), startedAt, version);
    }

    private record Entry<V>(V value, Instant startedAt, long dataVersion) {}

    private final class Loader implements CacheLoader<K, Entry<V>> {

        @Override
        public Entry<V> load(K key) {
            return computeEntry(key);
        }

        @Override
        public CompletableFuture<Entry<V>> asyncReload(K key, Entry<V> old, Executor ignored) {
            return CompletableFuture.supplyAsync(() -> computeEntry(key), refresher);
        }
    }
}
