package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Scheduled work runs once across instances: the recurring-templates check takes its row in the shedlock table
 * first. Two "instances" here are two lock providers of their own on the one database, as two portals would have.
 */
@IntegrationTest
@WithUserDetails(DemoAccounts.ADMINISTRATOR)
class SchedulerOnceTest {

    @Autowired
    TemplateScheduler scheduler;

    @Autowired
    TemplateService templates;

    @Autowired
    BoardFixture fixture;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void whileAnotherInstanceRunsTheCheckThisOneSkipsIt() {
        LocalDate today = LocalDate.now(clock);
        long project = fixture.newProject();
        long template = templates.create(new TemplateDraft(
                "Monthly invoice run",
                null,
                TaskType.INVOICING,
                project,
                null,
                Priority.NORMAL,
                Recurrence.weekly(today.getDayOfWeek()),
                3,
                today));

        freeTheLock();
        // The other instance is in the middle of its check: it holds the job's lock.
        SimpleLock otherInstance = provider("instance-b")
                .lock(new LockConfiguration(Instant.now(), TemplateScheduler.JOB, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            scheduler.tick();
            assertThat(cards(template)).as("this instance skipped the check").isZero();
        } finally {
            otherInstance.unlock();
        }

        scheduler.tick();
        assertThat(cards(template)).as("with the lock free, the check ran").isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT lock_until > UTC_TIMESTAMP(3) FROM shedlock WHERE name = ?",
                        Boolean.class,
                        TemplateScheduler.JOB))
                .as("held for at least a minute, so an instance started a moment later does not run it again")
                .isTrue();
        freeTheLock();
    }

    /** As when the last instance to run the check finished over a minute ago. */
    private void freeTheLock() {
        jdbc.update("UPDATE shedlock SET lock_until = UTC_TIMESTAMP(3) WHERE name = ?", TemplateScheduler.JOB);
    }

    @Test
    void twoInstancesRacingForTheSameJobRunItOnce() throws Exception {
        String job = "race-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch bothStarted = new CountDownLatch(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        for (String instance : new String[] {"instance-a", "instance-b"}) {
            DefaultLockingTaskExecutor executor = new DefaultLockingTaskExecutor(provider(instance));
            instances.execute(() -> {
                bothStarted.countDown();
                awaitQuietly(bothStarted);
                executor.executeWithLock(
                        (Runnable) () -> {
                            runs.incrementAndGet();
                            sleepQuietly(500); // the job takes a while: the other instance arrives meanwhile
                        },
                        new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ofSeconds(5)));
            });
        }
        instances.shutdown();
        assertThat(instances.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.get()).isEqualTo(1);
    }

    /** A lock provider of its own, as another portal instance would have (same table, its own name). */
    private LockProvider provider(String instance) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withLockedByValue(instance)
                .usingDbTime()
                .build());
    }

    private int cards(long template) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM admin_task WHERE template_id = ?", Integer.class, template);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
