package org.psoportal.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** The rows of the dashboard's figures and the personal overview: plain projections of aggregate queries. */
public final class Figures {

    private Figures() {}

    /** A count per key: key is what a drill-down needs (enum name, id or skill), label what people read. */
    public record Count(String key, String label, long count) implements Serializable {}

    /** Open tasks of one project per board column. */
    public record ProjectLoad(long projectId, String projectCode, long todo, long inProgress, long waiting)
            implements Serializable {
        public long total() {
            return todo + inProgress + waiting;
        }
    }

    public record WeekFlow(LocalDate weekStart, long created, long completed) implements Serializable {}

    /** Cycle time (created to completed) of the tasks of one type completed in the period, in days. */
    public record CycleTime(String taskType, long tasks, double medianDays, double p85Days) implements Serializable {}

    /** Open tasks per administrator; assigneeId null = not assigned to anyone. */
    public record Workload(Long assigneeId, String assigneeName, long openTasks) implements Serializable {}

    public record Utilisation(long expertId, String expertName, LocalDate weekStart, double bookedHours,
            double availableHours) implements Serializable {
        /** Booked share of available hours in percent; 0 when nothing is available. */
        public double percent() {
            return availableHours <= 0 ? 0 : Math.round(bookedHours / availableHours * 1000) / 10.0;
        }
    }

    public record ProjectHours(long projectId, String projectCode, double hours) implements Serializable {}

    /** Refused booking attempts per skill and expert; either may be null. */
    public record UnmetDemand(String skill, Long expertId, String expertName, long refusals) implements Serializable {}

    public record BookingRow(long bookingId, long expertId, String expertName, String projectCode, String bookedByName,
            ZonedDateTime start, ZonedDateTime end, String topic, String status) implements Serializable {}

    public record TaskRow(long taskId, String title, String projectCode, String taskType, String column,
            String assigneeName, LocalDate dueDate, boolean overdue) implements Serializable {}
}
