package org.psoportal.servicelevels.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks the running service-level clocks every 5 minutes ({@code pso.service-levels.interval}) and tells assignees
 * of clocks at risk or breached. With several instances one runs at a time ({@link SchedulerLock}); should two runs
 * overlap anyway, each note still goes out once ({@link ServiceLevelAlertRun}).
 */
@Component
class ServiceLevelScheduler {

    /** The job's name in the shedlock table. */
    static final String JOB = "service-levels";

    private static final Logger log = LoggerFactory.getLogger(ServiceLevelScheduler.class);

    private final ServiceLevelAlertRun run;
    private final Clock clock;
    private final Counter succeeded;
    private final Counter failed;

    ServiceLevelScheduler(ServiceLevelAlertRun run, Clock clock, MeterRegistry meters) {
        this.run = run;
        this.clock = clock;
        // pso.scheduler.runs{job, outcome}, as the other scheduled jobs (docs/operations.md, "Metrics")
        this.succeeded = meters.counter("pso.scheduler.runs", "job", "service_levels", "outcome", "success");
        this.failed = meters.counter("pso.scheduler.runs", "job", "service_levels", "outcome", "failure");
    }

    @Scheduled(
            initialDelayString = "${pso.service-levels.initial-delay:PT1M}",
            fixedDelayString = "${pso.service-levels.interval:PT5M}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    public void tick() {
        try {
            int sent = run.run(clock.instant());
            if (sent > 0) {
                log.info("Sent {} service-level note(s)", sent);
            }
            succeeded.increment();
        } catch (RuntimeException e) {
            log.warn("Service-level check could not run; will retry", e);
            failed.increment();
        }
    }
}
