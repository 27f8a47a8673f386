package org.psoportal.servicelevels.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.psoportal.admintasks.TaskActivity;
import org.psoportal.admintasks.TaskActivity.Kind;
import org.psoportal.requests.RequestFiled;
import org.psoportal.requests.TargetUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each request's clock in step with its card, inside the transaction of the change (plain listeners): a clock
 * starts when a request with a target is filed, runs in To do and In progress, pauses in Waiting, stops at Done and
 * continues counting when the card is reopened. It also notes the first response: the first comment, move or
 * question by someone other than the requester.
 *
 * <p>The request's task is created before the request is announced, in the same transaction: what the creation said
 * (title, assignee, column) is held for the transaction until the request arrives, so the order of the two events
 * does not matter.
 */
@Component
class ServiceLevelClocks {

    private static final Object CREATED_KEY = ServiceLevelClocks.class.getName() + ".created";

    private final ClockRepository clocks;
    private final CalendarStore calendars;
    /** Not final: integration tests put a clock of their own in to control time. */
    private Clock clock;

    ServiceLevelClocks(ClockRepository clocks, CalendarStore calendars, Clock clock) {
        this.clocks = clocks;
        this.calendars = calendars;
        this.clock = clock;
    }

    @EventListener
    void filed(RequestFiled filed) {
        if (filed.targetAmount() == null || filed.targetUnit() == null || filed.targetAmount() <= 0) {
            return; // a type without a target has no clock
        }
        WorkingCalendar calendar = calendars.current().working();
        int target = filed.targetUnit() == TargetUnit.WORKING_HOURS
                ? filed.targetAmount() * 60
                : filed.targetAmount() * calendar.dayMinutes();
        TaskActivity created = createdInThisTransaction().get(filed.taskId());
        Instant filedAt = filed.filedAt() == null ? clock.instant() : filed.filedAt();
        clocks.insert(
                filed.taskId(),
                filed.projectId(),
                filed.requestTypeId(),
                filed.typeName(),
                created == null ? null : created.title(),
                created == null ? null : created.assigneeId(),
                target,
                created == null ? ClockState.RUNNING : ClockState.ofColumn(String.valueOf(created.to())),
                filedAt);
    }

    @EventListener
    void activity(TaskActivity activity) {
        if (activity.kind() == Kind.CREATED) {
            createdInThisTransaction().put(activity.taskId(), activity);
        }
        ClockRow row = clocks.find(activity.taskId()).orElse(null);
        if (row == null) {
            return;
        }
        Instant now = clock.instant();
        clocks.follow(activity.taskId(), activity.assigneeId(), activity.title());
        if (isResponse(activity)) {
            clocks.firstResponse(activity.taskId(), now);
        }
        ClockState next = ClockState.ofColumn(String.valueOf(activity.to()));
        if (next == row.state()) {
            return;
        }
        long add = 0;
        if (row.state() == ClockState.RUNNING && row.runningSince() != null) {
            Duration ran = calendars.current().working().between(row.runningSince(), now);
            add = ran.toSeconds();
        }
        clocks.change(activity.taskId(), next, add, now);
    }

    /** A comment, a move (also to Done) or a question by someone other than the requester. */
    static boolean isResponse(TaskActivity activity) {
        boolean kind = switch (activity.kind()) {
            case COMMENTED, MOVED, DONE, ASKED -> true;
            default -> false;
        };
        return kind && activity.actorId() != null && activity.actorId() != activity.requesterId();
    }

    /** The tasks created in the current transaction (empty and not kept outside one). */
    @SuppressWarnings("unchecked")
    private static Map<Long, TaskActivity> createdInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Map<Long, TaskActivity> map =
                (Map<Long, TaskActivity>) TransactionSynchronizationManager.getResource(CREATED_KEY);
        if (map == null) {
            Map<Long, TaskActivity> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(CREATED_KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CREATED_KEY);
                }
            });
            map = fresh;
        }
        return map;
    }
}
