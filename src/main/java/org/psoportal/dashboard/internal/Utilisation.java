package org.psoportal.dashboard.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psoportal.booking.BookingFigureRows.BookedHours;
import org.psoportal.experts.ExpertCapacityQueries.AvailableHours;

/** An expert's booked and available hours in one week, as the dashboard's utilisation figures show them. */
public record Utilisation(
        long expertId, String expertName, LocalDate weekStart, double bookedHours, double availableHours)
        implements Serializable {

    /** Booked share of available hours in percent; 0 when nothing is available. */
    public double percent() {
        return availableHours <= 0 ? 0 : Math.round(bookedHours / availableHours * 1000) / 10.0;
    }

    /**
     * One row per expert and week the experts' owner reports as available, in its order, with the hours booking
     * reports for that expert and week (0 when none). Bookings of someone who is no longer an active expert are left
     * out, as the available side leaves that person out.
     */
    public static List<Utilisation> of(List<AvailableHours> available, List<BookedHours> booked) {
        Map<Long, Map<LocalDate, Double>> bookedByExpert = new HashMap<>();
        for (BookedHours b : booked) {
            bookedByExpert
                    .computeIfAbsent(b.expertId(), id -> new HashMap<>())
                    .merge(b.weekStart(), b.hours(), Double::sum);
        }
        List<Utilisation> rows = new ArrayList<>(available.size());
        for (AvailableHours a : available) {
            double hours = bookedByExpert.getOrDefault(a.expertId(), Map.of()).getOrDefault(a.weekStart(), 0.0);
            rows.add(new Utilisation(a.expertId(), a.expertName(), a.weekStart(), hours, a.hours()));
        }
        return rows;
    }
}
