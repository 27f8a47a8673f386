package org.psoportal.booking.internal;

import java.util.List;

/** A repeating booking: how it repeats and all its occurrences in time order (closed ones included). */
public record SeriesSummary(long seriesId, Repetition repetition, List<BookingRow> occurrences) {

    public SeriesSummary {
        occurrences = List.copyOf(occurrences);
    }

    /** The occurrences that still hold the expert's time. */
    public List<BookingRow> holding() {
        return occurrences.stream().filter(o -> o.status().holdsTime()).toList();
    }
}
