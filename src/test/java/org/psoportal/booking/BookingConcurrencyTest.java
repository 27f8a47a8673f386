package org.psoportal.booking;

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

    static final String[] BOOKERS = {"staff@pso.example", "oliver.bennett@pso.example", "hannah.schmidt@pso.example",
        "kenji.tanaka@pso.example", "lea.dubois@pso.example"};

    @Autowired BookingService bookings;
    @Autowired BookingFixture fixture;
    @Autowired JdbcTemplate jdbc;

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
        assertThat(outcomes.keySet()).allMatch(k -> k.equals("booked") || k.equals(BookingConflicts.JUST_TAKEN)
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

    @Test
    void databaseConflictErrorsBecomeTheJustTakenMessage() {
        for (int code : new int[] {1213, 1205, 1062, 1020}) {
            var sql = new java.sql.SQLException("conflict", "40001", code);
            assertThat(BookingConflicts.isConflict(new RuntimeException(sql))).isTrue();
        }
        assertThat(BookingConflicts.isConflict(new RuntimeException(new java.sql.SQLException("fk", "23000", 1452))))
                .isFalse();
        assertThat(BookingConflicts.isConflict(new org.springframework.dao.CannotAcquireLockException("x"))).isTrue();
    }
}
