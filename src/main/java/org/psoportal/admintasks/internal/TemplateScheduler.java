package org.psoportal.admintasks.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks for due templates shortly after start-up (catching up downtime) and then every few minutes. */
@Component
class TemplateScheduler {

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
    void tick() {
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
