package org.psoportal.experts;

import java.time.LocalDate;

/** Whole days off, first..last inclusive. */
public record TimeOff(LocalDate first, LocalDate last, String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
