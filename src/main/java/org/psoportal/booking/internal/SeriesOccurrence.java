package org.psoportal.booking.internal;

import java.util.List;

/**
 * One occurrence of a repeating booking as the dialog previews it: its time and, when a booking there would be
 * refused, the rule it breaks with that rule's message arguments (a hint: booking the series checks again).
 */
public record SeriesOccurrence(TimeRange time, BookingRule refusedBy, List<Object> refusalArgs) {

    public SeriesOccurrence {
        refusalArgs = refusalArgs == null ? List.of() : List.copyOf(refusalArgs);
    }

    public boolean free() {
        return refusedBy == null;
    }
}
