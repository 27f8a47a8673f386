package org.psoportal.admintasks.internal;

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

    TemplateScheduler(TemplateRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
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
        } catch (RuntimeException e) {
            log.warn("Recurring templates could not run; will retry", e);
        }
    }
}
