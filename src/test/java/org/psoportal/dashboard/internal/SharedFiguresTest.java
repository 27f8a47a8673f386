package org.psoportal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sharing rules of the dashboard figures (Caffeine plus our staleness rule), with a clock the test moves and real threads. */
class SharedFiguresTest {

    static final Duration INTERVAL = Duration.ofSeconds(5);
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final Duration MAX_STALE = Duration.ofMinutes(10);

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-26T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger computed = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    /** Each computation returns "key#n", n counting all computations: a recomputed value differs from the last. */
    private SharedFigures<String, String> figures(int maxKeys) {
        return new SharedFigures<>(
                clock,
                INTERVAL,
                MAX_AGE,
                MAX_STALE,
                maxKeys,
                Runnable::run,
                key -> key + "#" + computed.incrementAndGet());
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void theSameKeyAskedAgainIsComputedOnceAndOtherKeysOnTheirOwn() {
        SharedFigures<String, String> figures = figures(10);
        assertThat(figures.get("quarter")).isEqualTo("quarter#1");
        clock.advance(Duration.ofSeconds(30));
        assertThat(figures.get("quarter")).isEqualTo("quarter#1");
        assertThat(figures.get("week")).isEqualTo("week#2");
        assertThat(figures.computations()).isEqualTo(2);
    }

    @Test
    void concurrentCallersForOneKeyWaitForTheOneComputationInFlight() throws Exception {
        int callers = 8;
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SharedFigures<String, String> figures =
                new SharedFigures<>(clock, INTERVAL, MAX_AGE, MAX_STALE, 10, Runnable::run, key -> {
                    started.countDown();
                    await(release);
                    return key + "#" + computed.incrementAndGet();
                });

        List<Thread> waiting = new ArrayList<>();
        List<Future<String>> answers = new ArrayList<>();
        answers.add(threads.submit(() -> figures.get("quarter")));
        assertThat(started.await(10, TimeUnit.SECONDS))
                .as("first computation started")
                .isTrue();
        for (int i = 1; i < callers; i++) {
            answers.add(threads.submit(() -> {
                synchronized (waiting) {
                    waiting.add(Thread.currentThread());
                }
                return figures.get("quarter");
            }));
        }
        // all the others are parked (waiting for the computation in flight) before it may finish
        awaitParked(waiting, callers - 1);
        release.countDown();

        for (Future<String> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("quarter#1");
        }
        assertThat(figures.computations()).isEqualTo(1);
        assertThat(computed).hasValue(1);
    }

    /**
     * A failure is never stored: the caller gets it, and whoever waited for that computation tries again itself
     * (Caffeine does not hand one failure to every waiter), so a database outage costs each dashboard its own attempt.
     */
    @Test
    void aFailedComputationReachesItsCallerAndWhoeverWaitedTriesAgain() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        SharedFigures<String, String> figures =
                new SharedFigures<>(clock, INTERVAL, MAX_AGE, MAX_STALE, 10, Runnable::run, key -> {
                    if (calls.incrementAndGet() == 1) {
                        started.countDown();
                        await(release);
                        throw new IllegalStateException("database gone");
                    }
                    return key + " ok";
                });
        Future<String> first = threads.submit(() -> figures.get("quarter"));
        started.await(10, TimeUnit.SECONDS);
        List<Thread> waiting = new ArrayList<>();
        Future<String> second = threads.submit(() -> {
            synchronized (waiting) {
                waiting.add(Thread.currentThread());
            }
            return figures.get("quarter");
        });
        awaitParked(waiting, 1);
        release.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("quarter ok");
        assertThat(figures.get("quarter")).isEqualTo("quarter ok");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aChangeMakesTheFiguresStaleAndTheyAreRecomputedOnceTheIntervalHasPassed() {
        SharedFigures<String, String> figures = figures(10);
        assertThat(figures.get("quarter")).isEqualTo("quarter#1");

        clock.advance(Duration.ofSeconds(1));
        figures.markStale();
        // coalesced: computed 1 s ago, so the stale figures are still handed out
        assertThat(figures.get("quarter")).isEqualTo("quarter#1");
        clock.advance(Duration.ofSeconds(3));
        assertThat(figures.get("quarter")).as("4 s after the computation").isEqualTo("quarter#1");

        clock.advance(Duration.ofSeconds(1));
        assertThat(figures.get("quarter")).isEqualTo("quarter#2");
        assertThat(figures.get("quarter")).isEqualTo("quarter#2");
    }

    @Test
    void aStreamOfChangesCostsAtMostOneComputationPerInterval() {
        SharedFigures<String, String> figures = figures(10);
        figures.get("quarter");
        // a card move every 100 ms for 60 s, each followed by the dashboards asking (10 per move)
        for (int move = 0; move < 600; move++) {
            clock.advance(Duration.ofMillis(100));
            figures.markStale();
            for (int dashboard = 0; dashboard < 10; dashboard++) {
                figures.get("quarter");
            }
        }
        // 60 s / 5 s = 12 recomputations after the first
        assertThat(figures.computations()).isEqualTo(13);
    }

    @Test
    void withoutAnyChangeTheFiguresAreRecomputedAfterTheMaximumAge() {
        SharedFigures<String, String> figures = figures(10);
        figures.get("quarter");
        clock.advance(MAX_AGE.minusSeconds(1));
        assertThat(figures.get("quarter")).isEqualTo("quarter#1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(figures.get("quarter")).isEqualTo("quarter#2");
    }

    @Test
    void aChangeCommittedWhileComputingLeavesTheResultStale() {
        AtomicReference<SharedFigures<String, String>> self = new AtomicReference<>();
        Function<String, String> computeWhileAChangeCommits = key -> {
            self.get().markStale();
            return key + "#" + computed.incrementAndGet();
        };
        SharedFigures<String, String> figures =
                new SharedFigures<>(clock, INTERVAL, MAX_AGE, MAX_STALE, 10, Runnable::run, computeWhileAChangeCommits);
        self.set(figures);
        assertThat(figures.get("quarter")).isEqualTo("quarter#1");
        clock.advance(INTERVAL);
        assertThat(figures.get("quarter")).isEqualTo("quarter#2");
    }

    /** Runs the background recomputations when the test says so. */
    private final List<Runnable> queued = new ArrayList<>();

    private SharedFigures<String, String> refreshingLater(Function<String, String> compute) {
        return new SharedFigures<>(clock, INTERVAL, MAX_AGE, MAX_STALE, 10, queued::add, compute);
    }

    private void runQueued() {
        List<Runnable> now = List.copyOf(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void staleFiguresAreHandedOutAtOnceWhileOneRecomputationRunsInTheBackground() {
        SharedFigures<String, String> figures = refreshingLater(key -> key + "#" + computed.incrementAndGet());
        assertThat(figures.get("quarter"))
                .as("the first figures are waited for")
                .isEqualTo("quarter#1");
        assertThat(queued).isEmpty();

        figures.markStale();
        clock.advance(INTERVAL);
        assertThat(figures.get("quarter")).as("stale, handed out at once").isEqualTo("quarter#1");
        assertThat(figures.get("quarter")).isEqualTo("quarter#1");
        assertThat(queued).as("one recomputation however many ask").hasSize(1);
        assertThat(computed).hasValue(1);

        runQueued();
        assertThat(figures.get("quarter")).isEqualTo("quarter#2");
        assertThat(queued).isEmpty();
    }

    @Test
    void figuresOlderThanTheStaleLimitAreWaitedFor() {
        SharedFigures<String, String> figures = refreshingLater(key -> key + "#" + computed.incrementAndGet());
        figures.get("quarter");
        clock.advance(MAX_STALE);
        assertThat(figures.get("quarter")).isEqualTo("quarter#2");
        assertThat(queued).isEmpty();
    }

    @Test
    void aFailedBackgroundRecomputationKeepsTheStaleFiguresAndTheNextCallerTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        SharedFigures<String, String> figures = refreshingLater(key -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("database gone");
            }
            return key + "#" + calls.get();
        });
        figures.get("quarter");
        figures.markStale();
        clock.advance(INTERVAL);
        assertThat(figures.get("quarter")).isEqualTo("quarter#1");
        runQueued();
        assertThat(figures.get("quarter")).as("the failure is not handed out").isEqualTo("quarter#1");
        runQueued();
        assertThat(figures.get("quarter")).isEqualTo("quarter#3");
    }

    @Test
    void atMostMaxKeysAreKept() {
        SharedFigures<String, String> figures = figures(3);
        for (int day = 1; day <= 20; day++) {
            figures.get("quarter@" + day);
        }
        assertThat(figures.size()).isLessThanOrEqualTo(3);
        assertThat(figures.computations()).isEqualTo(20);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until that many threads registered and each is parked or blocked (no fixed sleep: a bounded spin). */
    private static void awaitParked(List<Thread> threads, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            synchronized (threads) {
                if (threads.size() == count
                        && threads.stream()
                                .allMatch(t -> t.getState() == Thread.State.WAITING
                                        || t.getState() == Thread.State.TIMED_WAITING
                                        || t.getState() == Thread.State.BLOCKED)) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the callers did not all wait for the computation in flight");
    }
}
