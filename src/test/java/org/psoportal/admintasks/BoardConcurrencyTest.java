package org.psoportal.admintasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many people working the same cards at once: every card ends in exactly one column, every column's positions
 * stay 0..n-1, and every edit either shows in the final state (the version counts it) or was refused.
 */
@IntegrationTest
class BoardConcurrencyTest {

    private static final int THREADS = 8;
    private static final int OPS = 25;

    @Autowired BoardService board;
    @Autowired TaskService tasks;
    @Autowired BoardFixture fixture;
    @Autowired JdbcTemplate jdbc;

    @Test
    void concurrentMovesAndEditsNeitherCorruptPositionsNorLoseEdits() throws Exception {
        long project = fixture.newProject();
        List<Long> cards = new ArrayList<>();
        fixture.asRun(DemoAccounts.ADMINISTRATOR, () -> {
            for (int i = 0; i < 6; i++) {
                cards.add(tasks.create(BoardFixture.draft(project, "Shared card " + i)));
            }
        });
        // Successful edits per card, as the callers saw them. (Moves are counted from the history instead: a move
        // into the column the card already reached through someone else is a mere reorder and changes no version.)
        Map<Long, AtomicInteger> applied = new ConcurrentHashMap<>();
        cards.forEach(id -> applied.put(id, new AtomicInteger()));
        AtomicInteger refused = new AtomicInteger();
        String[] accounts = {DemoAccounts.ADMINISTRATOR, DemoAccounts.HEAD};
        BoardColumn[] targets = {BoardColumn.TODO, BoardColumn.IN_PROGRESS, BoardColumn.WAITING};

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int th = 0; th < THREADS; th++) {
            int thread = th;
            done.add(pool.submit(() -> {
                Random random = new Random(thread);
                start.await();
                for (int op = 0; op < OPS; op++) {
                    long id = cards.get(random.nextInt(cards.size()));
                    boolean edit = random.nextBoolean();
                    BoardColumn target = targets[random.nextInt(targets.length)];
                    int index = random.nextInt(5);
                    String title = "Edit " + thread + "-" + op;
                    fixture.asRun(accounts[thread % 2], () -> {
                        try {
                            TaskCard seen = board.card(id);
                            if (edit) {
                                tasks.update(id, seen.version(), BoardFixture.draft(project, title));
                                applied.get(id).incrementAndGet();
                            } else {
                                board.move(id, seen.version(), target, index, true);
                            }
                        } catch (TaskConflictException
                                | org.springframework.dao.PessimisticLockingFailureException e) {
                            // Refused: a stale version, or MariaDB rolled this transaction back as a deadlock
                            // victim (the UI shows both as "someone else changed this").
                            refused.incrementAndGet();
                        }
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();

        fixture.assertPositionsDense();
        for (long id : cards) {
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM admin_task WHERE id = ?", Integer.class, id);
            assertThat(rows).isEqualTo(1);
            // Every edit a caller was told succeeded is in the history: none was silently overwritten.
            int edits = jdbc.queryForObject("SELECT COUNT(*) FROM admin_task_history WHERE task_id = ? AND action = 'EDITED'",
                    Integer.class, id);
            assertThat(edits).as("edits of card %d", id).isEqualTo(applied.get(id).get());
            // Each edit and each column change bumped the version by exactly one, and each left a history entry.
            int changes = jdbc.queryForObject("SELECT COUNT(*) FROM admin_task_history WHERE task_id = ?"
                    + " AND action IN ('EDITED','MOVED')", Integer.class, id);
            long version = jdbc.queryForObject("SELECT version FROM admin_task WHERE id = ?", Long.class, id);
            assertThat(version).as("version of card %d", id).isEqualTo(changes);
        }
        assertThat(refused.get()).as("some stale writes were refused").isPositive();
    }
}
