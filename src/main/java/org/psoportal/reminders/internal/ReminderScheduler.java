package org.psoportal.reminders.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due reminders every minute ({@code pso.reminders.interval}). With several instances one runs at a time
 * ({@link SchedulerLock}); should two runs overlap anyway (a lock that outlived its {@code lockAtMostFor}), each
 * reminder still goes out once ({@link ReminderRun}).
 */
@Component
class ReminderScheduler {

    /** The job's name in the shedlock table. */
    static final String JOB = "reminders";

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final ReminderRun run;
    private final Clock clock;
    private final Counter succeeded;
    private final Counter failed;

    ReminderScheduler(ReminderRun run, Clock clock, MeterRegistry meters) {
        this.run = run;
        this.clock = clock;
        // pso.scheduler.runs{job, outcome}, as the other scheduled jobs (docs/operations.md, "Metrics")
        this.succeeded = meters.counter("pso.scheduler.runs", "job", "reminders", "outcome", "success");
        this.failed = meters.counter("pso.scheduler.runs", "job", "reminders", "outcome", "failure");
    }

    @Scheduled(
            initialDelayString = "${pso.reminders.initial-delay:PT30S}",
            fixedDelayString = "${pso.reminders.interval:PT1M}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT20S", lockAtMostFor = "PT5M")
    public void tick() {
        try {
            int sent = run.run(clock.instant());
            if (sent > 0) {
                log.info("Sent {} reminder(s)", sent);
            }
            succeeded.increment();
        } catch (RuntimeException e) {
            log.warn("Reminders could not run; will retry", e);
            failed.increment();
        }
    }
}
