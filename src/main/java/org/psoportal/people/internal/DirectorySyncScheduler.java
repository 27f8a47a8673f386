package org.psoportal.people.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled directory sync ({@code PSO_LDAP_SYNC_INTERVAL}, hourly by default), only when a directory is
 * configured. With several instances each has this schedule; the lock lets one run at a time, and a run that finds
 * a scheduled run younger than half the interval skips, so instances started minutes apart do not each sync in
 * turn. It runs as the system: no head is signed in, so it calls {@link DirectorySync} directly, not the service.
 */
@Component
@ConditionalOnExpression("!'${pso.ldap.url:}'.isBlank()")
class DirectorySyncScheduler {

    private static final Logger log = LoggerFactory.getLogger(DirectorySyncScheduler.class);

    private final DirectorySync sync;
    private final Clock clock;
    private final Duration interval;
    private final Counter succeeded;
    private final Counter failed;

    DirectorySyncScheduler(
            DirectorySync sync,
            Clock clock,
            @Value("${pso.ldap.sync-interval:PT1H}") Duration interval,
            MeterRegistry meters) {
        this.sync = sync;
        this.clock = clock;
        this.interval = interval;
        // pso.scheduler.runs{job, outcome}, as the recurring templates' job (docs/operations.md, "Metrics"); a run
        // that could not read the directory counts as a failure
        this.succeeded = meters.counter("pso.scheduler.runs", "job", "directory_sync", "outcome", "success");
        this.failed = meters.counter("pso.scheduler.runs", "job", "directory_sync", "outcome", "failure");
    }

    @Scheduled(
            initialDelayString = "${pso.ldap.sync-initial-delay:PT1M}",
            fixedDelayString = "${pso.ldap.sync-interval:PT1H}")
    @SchedulerLock(name = DirectorySync.LOCK, lockAtMostFor = "PT30M")
    public void tick() {
        boolean ranRecently = sync.lastRuns().stream()
                .filter(run -> DirectorySyncRun.SCHEDULE.equals(run.getStartedBy()))
                .findFirst()
                .map(run -> run.getStartedAt().isAfter(clock.instant().minus(interval.dividedBy(2))))
                .orElse(false);
        if (ranRecently) {
            return;
        }
        try {
            DirectorySyncRun run = sync.run(DirectorySyncRun.SCHEDULE);
            (run.getRead() == 0 && run.getErrorCount() > 0 ? failed : succeeded).increment();
        } catch (RuntimeException e) {
            log.warn("Scheduled directory sync failed; will retry at the next interval", e);
            failed.increment();
        }
    }
}
