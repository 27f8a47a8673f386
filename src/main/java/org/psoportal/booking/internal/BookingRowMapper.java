package org.psoportal.booking.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.springframework.stereotype.Component;

/** Bookings as rows with names: people and projects for many bookings in two queries, never one per row. */
@Component
class BookingRowMapper {

    private final PersonService people;
    private final ProjectService projects;
    private final BookingSeriesRepository series;

    BookingRowMapper(PersonService people, ProjectService projects, BookingSeriesRepository series) {
        this.people = people;
        this.projects = projects;
        this.series = series;
    }

    List<BookingRow> rows(List<Booking> list) {
        Map<Long, BookingRow> byId = rowsById(list);
        return list.stream().map(b -> byId.get(b.getId())).toList();
    }

    Map<Long, BookingRow> rowsById(Collection<Booking> list) {
        Set<Long> personIds = new HashSet<>();
        Set<Long> projectIds = new HashSet<>();
        Set<Long> seriesIds = new HashSet<>();
        for (Booking b : list) {
            if (b.getSeriesId() != null) {
                seriesIds.add(b.getSeriesId());
            }
            personIds.add(b.getExpertId());
            personIds.add(b.getBookedById());
            if (b.getCancelledById() != null) {
                personIds.add(b.getCancelledById());
            }
            projectIds.add(b.getProjectId());
        }
        Map<Long, PersonSummary> names = people.summaries(personIds);
        Map<Long, ProjectSummary> projectNames = projects.summaries(projectIds);
        Map<Long, Repetition> repetitions = new HashMap<>();
        if (!seriesIds.isEmpty()) {
            series.findAllById(seriesIds).forEach(s -> repetitions.put(s.getId(), s.getRepetition()));
        }
        Map<Long, BookingRow> out = new HashMap<>();
        for (Booking b : list) {
            out.put(b.getId(), row(b, names, projectNames.get(b.getProjectId()), repetitions.get(b.getSeriesId())));
        }
        return out;
    }

    /** Names of the given people in one query, for a booking whose row is built with {@link #row}. */
    Map<Long, PersonSummary> names(long... personIds) {
        Set<Long> ids = new HashSet<>();
        for (long id : personIds) {
            ids.add(id);
        }
        return people.summaries(ids);
    }

    /** One row from names and project already at hand (no query); names missing from the map show as "?". */
    BookingRow row(Booking b, Map<Long, PersonSummary> names, ProjectSummary p) {
        return row(b, names, p, null);
    }

    /** As above, for an occurrence of a series that repeats as {@code repetition}. */
    BookingRow row(Booking b, Map<Long, PersonSummary> names, ProjectSummary p, Repetition repetition) {
        return new BookingRow(
                b.getId(),
                b.getExpertId(),
                name(names, b.getExpertId()),
                b.getBookedById(),
                name(names, b.getBookedById()),
                b.getProjectId(),
                p == null ? "?" : p.label(),
                b.getStartAt(),
                b.getEndAt(),
                b.getTopic(),
                b.getNotes(),
                b.getStatus(),
                b.getCancelledById() == null ? null : name(names, b.getCancelledById()),
                b.getCancelledAt(),
                b.getCancelReason(),
                b.getVersion(),
                b.getSeriesId(),
                repetition);
    }

    static String name(Map<Long, PersonSummary> names, long id) {
        PersonSummary p = names.get(id);
        return p == null ? "?" : p.fullName();
    }
}
