package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 50 threads book one expert at the same moment: five conflicting sets of ten attempts each (all attempts of a
 * set overlap each other; the sets do not overlap). Exactly one booking per set may survive.
 */
@IntegrationTest
class BookingConcurrencyTest {

    static final String[] BOOKERS = {
        "staff@pso.example",
        "oliver.bennett@pso.example",
        "hannah.schmidt@pso.example",
        "kenji.tanaka@pso.example",
        "lea.dubois@pso.example"
    };

    @Autowired
    BookingService bookings;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyThreadsCannotDoubleBook() throws Exception {
        long expert = fixture.newExpert(0);
        long project = fixture.activeProjectId();
        int sets = 5;
        int perSet = 10;
        ExecutorService pool = Executors.newFixedThreadPool(sets * perSet);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int set = 0; set < sets; set++) {
            int hour = 8 + set * 2; // sets at 08, 10, 12, 14, 16 local: at least 30 minutes apart
            for (int i = 0; i < perSet; i++) {
                // Starts at :00 (60 or 90 min) or :30 (60 or 90 min): every attempt of a set covers hh:30-hh+1:00.
                Instant from = fixture.at(9, hour, (i % 2) * 30);
                Instant to = from.plusSeconds((60 + (i / 2 % 2) * 30) * 60L);
                String booker = BOOKERS[i % BOOKERS.length];
                futures.add(pool.submit(() -> {
                    start.await();
                    String outcome = fixture.runAs(booker, () -> {
                        try {
                            bookings.book(new BookingRequest(expert, project, from, to, "Race", null));
                            return "booked";
                        } catch (UserMessageException e) {
                            return e.messageKey();
                        }
                    });
                    outcomes.merge(outcome, 1, Integer::sum);
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS); // any unexpected exception fails the test here
        }
        pool.shutdown();

        assertThat(outcomes.get("booked")).isEqualTo(sets);
        assertThat(outcomes.keySet())
                .allMatch(k -> k.equals("booked")
                        || k.equals(BookingConflicts.JUST_TAKEN)
                        || k.equals(BookingRule.NO_OVERLAP.messageKey()));
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(sets * perSet);
        Integer overlappingPairs = jdbc.queryForObject("""
                SELECT COUNT(*) FROM booking a JOIN booking b
                  ON a.expert_id = b.expert_id AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at
                WHERE a.expert_id = ? AND a.status IN ('REQUESTED', 'CONFIRMED') AND b.status IN ('REQUESTED', 'CONFIRMED')
                """, Integer.class, expert);
        assertThat(overlappingPairs).isZero();
        Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE expert_id = ?", Integer.class, expert);
        assertThat(held).isEqualTo(sets);
    }

    /**
     * The race: 200 attempts at exactly the same hour of one expert, plus 200 that overlap partially (each
     * of a different shape). 100 of those overlap the hot hour and each other (they all cover its second half), so
     * with it they form one conflicting set of 300; the other 100 form a second set three hours later. A pool of
     * 32 threads fires them together. Exactly one booking per set survives, every other attempt gets the
     * "just taken" or "overlaps" message, nothing else is thrown, and no two holding bookings overlap anywhere.
     */
    @Test
    void fourHundredAttemptsLeaveExactlyOneBookingPerConflictingSet() throws Exception {
        long expert = fixture.newExpert(0);
        long project = fixture.activeProjectId();
        List<Instant[]> attempts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            attempts.add(new Instant[] {fixture.at(10, 10, 0), fixture.at(10, 11, 0)});
        }
        // Every shape here covers hh:30-hh+1:00, so any two of them (and the hot hour at 10) overlap.
        int[][] shapes = {{-30, 90}, {-30, 120}, {0, 90}, {30, 30}, {30, 60}};
        for (int hour : new int[] {10, 13}) {
            for (int i = 0; i < 100; i++) {
                int[] shape = shapes[i % shapes.length];
                Instant from = fixture.at(10, hour, 0).plusSeconds(shape[0] * 60L);
                attempts.add(new Instant[] {from, from.plusSeconds(shape[1] * 60L)});
            }
        }
        java.util.Collections.shuffle(attempts, new java.util.Random(42));

        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            Instant[] time = attempts.get(i);
            String booker = BOOKERS[i % BOOKERS.length];
            futures.add(pool.submit(() -> {
                start.await();
                String outcome = fixture.runAs(booker, () -> {
                    try {
                        bookings.book(new BookingRequest(expert, project, time[0], time[1], "Hot slot", null));
                        return "booked";
                    } catch (UserMessageException e) {
                        return e.messageKey();
                    }
                });
                outcomes.merge(outcome, 1, Integer::sum);
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS); // any other exception (a server error) fails the test here
        }
        pool.shutdown();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);

        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);
        assertThat(outcomes.get("booked"))
                .as("one booking per conflicting set (%s, %d s)", outcomes, seconds)
                .isEqualTo(2);
        assertThat(outcomes.keySet())
                .as("outcomes")
                .allMatch(k -> k.equals("booked")
                        || k.equals(BookingConflicts.JUST_TAKEN)
                        || k.equals(BookingRule.NO_OVERLAP.messageKey()));
        List<Map<String, Object>> held =
                jdbc.queryForList("SELECT start_at, end_at FROM booking WHERE expert_id = ? ORDER BY start_at", expert);
        assertThat(held).hasSize(2);
        assertThat(((java.sql.Timestamp) held.get(0).get("start_at")).toInstant())
                .isBetween(fixture.at(10, 9, 30), fixture.at(10, 10, 30));
        assertThat(((java.sql.Timestamp) held.get(1).get("start_at")).toInstant())
                .isBetween(fixture.at(10, 12, 30), fixture.at(10, 13, 30));
        assertThat(overlappingPairs())
                .as("overlapping holding bookings of any expert")
                .isZero();
    }

    /** The invariant, over every expert: no two bookings that hold time overlap. */
    private int overlappingPairs() {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM booking a JOIN booking b
                  ON a.expert_id = b.expert_id AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at
                WHERE a.status IN ('REQUESTED', 'CONFIRMED') AND b.status IN ('REQUESTED', 'CONFIRMED')
                """, Integer.class);
    }

    @Test
    void databaseConflictErrorsBecomeTheJustTakenMessage() {
        for (int code : new int[] {1213, 1205, 1062, 1020}) {
            var sql = new java.sql.SQLException("conflict", "40001", code);
            assertThat(BookingConflicts.isConflict(new RuntimeException(sql))).isTrue();
        }
        assertThat(BookingConflicts.isConflict(new RuntimeException(new java.sql.SQLException("fk", "23000", 1452))))
                .isFalse();
        assertThat(BookingConflicts.isConflict(new org.springframework.dao.CannotAcquireLockException("x")))
                .isTrue();
    }
}
