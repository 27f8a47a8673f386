package org.psoportal.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** The rows {@link TrainingFigureQueries} publishes: plain projections of aggregate queries over the sessions. */
public final class TrainingFigureRows {

    private TrainingFigureRows() {}

    /**
     * The sessions held in the days [{@code start}, {@code endExclusive}): their seats, the seats filled, attendance
     * where the expert marked it (attended of marked) and the one-to-one hours they saved
     * ({@link TrainingFigureQueries#perPeriod}).
     */
    public record TrainingPeriod(
            LocalDate start,
            LocalDate endExclusive,
            long sessionsHeld,
            long seatsOffered,
            long seatsFilled,
            long attended,
            long attendanceMarked,
            double hoursSaved)
            implements Serializable {

        /** Attended share of the seats whose attendance was marked, in percent (one decimal); 0 when none was. */
        public double attendancePercent() {
            return attendanceMarked == 0 ? 0 : Math.round(attended * 1000.0 / attendanceMarked) / 10.0;
        }
    }

    /**
     * People still waiting for a seat at sessions of one skill ({@code skill} empty: sessions without one): the
     * signal to schedule more. {@code places} counts each waitlist place (a person waiting on two sessions twice).
     */
    public record WaitlistDemand(String skill, long people, long places, long sessions) implements Serializable {}

    /**
     * One session behind a figure: its seats, the people seated and waiting, and how many attended ({@code null}
     * while the expert has marked no attendance).
     */
    public record SessionFigures(
            long sessionId,
            String title,
            String skill,
            long expertId,
            String expertName,
            ZonedDateTime start,
            ZonedDateTime end,
            int seats,
            long seated,
            long waitlisted,
            Long attended)
            implements Serializable {}
}
