package org.psoportal.admintasks.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks for due templates shortly after start-up (catching up downtime) and then every few minutes. With several
 * instances only one of them runs a check at a time ({@link SchedulerLock}): the others skip theirs, and the lock is
 * held for at least a minute so that instances started a moment apart do not each run the same check in turn.
 * (Each template's run is idempotent as well: {@link TemplateRunner#runOne} locks the template's row.)
 */
@Component
class TemplateScheduler {

    /** The job's name in the shedlock table. */
    static final String JOB = "recurring-templates";

    private static final Logger log = LoggerFactory.getLogger(TemplateScheduler.class);

    private final TemplateRunner runner;
    private final Clock clock;
    private final Counter succeeded;
    private final Counter failed;

    TemplateScheduler(TemplateRunner runner, Clock clock, MeterRegistry meters) {
        this.runner = runner;
        this.clock = clock;
        // metric pso.scheduler.runs{job, outcome} (docs/operations.md, "Metrics"), both series from the start, so
        // that an alert on failures sees a 0 before the first one
        this.succeeded = runs(meters, "success");
        this.failed = runs(meters, "failure");
    }

    private static Counter runs(MeterRegistry meters, String outcome) {
        return meters.counter("pso.scheduler.runs", "job", "recurring_templates", "outcome", outcome);
    }

    @Scheduled(
            initialDelayString = "${pso.templates.initial-delay:PT30S}",
            fixedDelayString = "${pso.templates.interval:PT5M}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    public void tick() {
        try {
            LocalDate today = LocalDate.now(clock);
            int created = 0;
            for (long id : runner.dueIds(today)) {
                created += runner.runOne(id, today).isPresent() ? 1 : 0;
            }
            if (created > 0) {
                log.info("Created {} card(s) from recurring templates", created);
            }
            succeeded.increment();
        } catch (RuntimeException e) {
            log.warn("Recurring templates could not run; will retry", e);
            failed.increment();
        }
    }
}
