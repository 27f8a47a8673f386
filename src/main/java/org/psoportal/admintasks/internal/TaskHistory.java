package org.psoportal.admintasks.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Writes history entries; every change to a task goes through here. */
@Component
class TaskHistory {

    private final HistoryEntryRepository entries;
    private final Clock clock;

    TaskHistory(HistoryEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    void record(long taskId, Long actorId, HistoryAction action, String detail) {
        entries.save(new HistoryEntry(taskId, actorId, clock.instant(), action, detail));
    }
}
