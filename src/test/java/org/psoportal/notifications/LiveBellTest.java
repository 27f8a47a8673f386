package org.psoportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** A new note rings the person's open bells once it is committed, and a rolled-back one rings none. */
@IntegrationTest
class LiveBellTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    UnreadCountListeners listeners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void aCommittedNoteRingsTheBellAndARolledBackOneDoesNot() throws Exception {
        long expertId = jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.EXPERT);
        BlockingQueue<String> rung = new LinkedBlockingQueue<>();
        Runnable release = listeners.register(expertId, () -> rung.add("ring"));
        try {
            tx.executeWithoutResult(status -> {
                notifications.notify(expertId, "notify.booking.made", List.of("A", "Mon 10:00", "Rolled back"), "x");
                status.setRollbackOnly();
            });
            assertThat(rung.poll(300, TimeUnit.MILLISECONDS))
                    .as("no bell for a rollback")
                    .isNull();

            tx.executeWithoutResult(status -> {
                notifications.notify(expertId, "notify.booking.made", List.of("A", "Mon 10:00", "Kept"), "x");
                assertThat(rung).as("not before the commit").isEmpty();
            });
            assertThat(rung.poll(5, TimeUnit.SECONDS)).isEqualTo("ring");
        } finally {
            release.run();
        }
    }
}
