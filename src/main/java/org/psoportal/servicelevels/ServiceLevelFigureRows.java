package org.psoportal.servicelevels;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The rows of the service-level figures ({@link ServiceLevelFigureQueries}). */
public final class ServiceLevelFigureRows {

    private ServiceLevelFigureRows() {}

    /**
     * Clocks stopped (requests done) in a period, met or breached, for one request type, project or week.
     *
     * @param key the type's or project's id, or the week's first day (ISO)
     */
    public record Compliance(String key, String label, long met, long breached) implements Serializable {

        /** Met in percent of all, rounded; 0 without any. */
        public long metPercent() {
            long all = met + breached;
            return all == 0 ? 0 : Math.round(met * 100.0 / all);
        }
    }

    /** A week of compliance (starting on Monday {@code start}). */
    public record WeekCompliance(LocalDate start, long met, long breached) implements Serializable {}

    /**
     * The median time to first response of the requests of one type (or of all, {@code key} "all") filed in a period
     * that have a response, in minutes of calendar time.
     */
    public record ResponseTime(String key, String label, long requests, long medianMinutes) implements Serializable {}

    /** A request waiting for its requester now, since {@code sinceUtc}, for {@code minutes} (calendar time). */
    public record WaitingRequest(
            long taskId, String title, String typeName, String projectCode, LocalDateTime sinceUtc, long minutes)
            implements Serializable {}
}
