package org.psoportal.admintasks.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the due reminders every half hour ({@code pso.tasks.due-reminders.interval}) from the morning on
 * ({@code pso.tasks.due-reminders.from}, portal time), so they arrive at the start of the working day and an instance
 * started later in the day still sends them. With several instances one runs at a time ({@link SchedulerLock}); each
 * reminder goes out once a day anyway ({@link TaskDueReminders}: a unique key).
 */
@Component
class TaskDueReminderScheduler {

    /** The job's name in the shedlock table. */
    static final String JOB = "task-due-reminders";

    private static final Logger log = LoggerFactory.getLogger(TaskDueReminderScheduler.class);

    private final TaskDueReminders reminders;
    private final Clock clock;
    private final ZoneId zone;
    private final LocalTime from;
    private final MeterRegistry meters;

    TaskDueReminderScheduler(
            TaskDueReminders reminders,
            Clock clock,
            ZoneId zone,
            @Value("${pso.tasks.due-reminders.from:07:00}") LocalTime from,
            MeterRegistry meters) {
        this.reminders = reminders;
        this.clock = clock;
        this.zone = zone;
        this.from = from;
        this.meters = meters;
    }

    @Scheduled(
            initialDelayString = "${pso.tasks.due-reminders.initial-delay:PT2M}",
            fixedDelayString = "${pso.tasks.due-reminders.interval:PT30M}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT15M")
    public void tick() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        if (now.toLocalTime().isBefore(from)) {
            return;
        }
        try {
            int sent = reminders.run(now.toLocalDate());
            if (sent > 0) {
                log.info("Sent {} due reminder(s) of tasks", sent);
            }
            meters.counter("pso.scheduler.runs", "job", "task_due_reminders", "outcome", "success")
                    .increment();
        } catch (RuntimeException e) {
            log.warn("Due reminders of tasks could not run; will retry", e);
            meters.counter("pso.scheduler.runs", "job", "task_due_reminders", "outcome", "failure")
                    .increment();
        }
    }
}
