package org.psoportal.booking.internal;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of time [start, end) in UTC instants. */
public record TimeRange(Instant start, Instant end) {

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** True when the two ranges leave less than {@code gap} between them (touching ranges with gap 0 do not overlap). */
    public boolean conflictsWith(TimeRange other, Duration gap) {
        return other.start.isBefore(end.plus(gap)) && start.isBefore(other.end.plus(gap));
    }
}
