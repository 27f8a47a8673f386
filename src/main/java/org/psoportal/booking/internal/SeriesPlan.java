package org.psoportal.booking.internal;

import java.time.LocalDate;

/**
 * A repeating booking as the dialog asks for it: how it repeats and either how many times in all (the first one
 * included) or until which day (inclusive). Exactly one of {@code times} and {@code until} is given.
 */
public record SeriesPlan(Repetition repetition, Integer times, LocalDate until) {

    public static SeriesPlan times(Repetition repetition, int times) {
        return new SeriesPlan(repetition, times, null);
    }

    public static SeriesPlan until(Repetition repetition, LocalDate until) {
        return new SeriesPlan(repetition, null, until);
    }
}
