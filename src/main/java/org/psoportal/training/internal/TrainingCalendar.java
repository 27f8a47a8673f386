package org.psoportal.training.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psoportal.booking.CalendarEntries;
import org.psoportal.booking.NextSessions;
import org.psoportal.reminders.ReminderSource;
import org.psoportal.reminders.UpcomingAppointment;
import org.psoportal.security.CurrentUser;
import org.psoportal.shared.db.SqlParams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions in other modules' lists: the personal calendar feed (sessions the person teaches or holds a seat or
 * waitlist place at) and reminders (the expert and the seated, never for a cancelled session).
 */
@Component
class TrainingCalendar implements CalendarEntries, ReminderSource, NextSessions {

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;
    private final JdbcClient jdbc;

    TrainingCalendar(
            TrainingSessionRepository sessions,
            RegistrationRepository registrations,
            CurrentUser currentUser,
            java.time.Clock clock,
            JdbcClient jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.registrations = registrations;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> mine(Instant since) {
        long me = currentUser.personId();
        Set<Long> ids = new LinkedHashSet<>(registrations.sessionsOf(me));
        List<TrainingSession> list = new ArrayList<>(sessions.findAllById(ids));
        list.addAll(sessions.upcoming(since, null, me, true, org.springframework.data.domain.PageRequest.of(0, 500)));
        return list.stream()
                .filter(s -> s.getEndAt().isAfter(since))
                .collect(Collectors.toMap(TrainingSession::getId, Function.identity(), (a, b) -> a))
                .values()
                .stream()
                .sorted(java.util.Comparator.comparing(TrainingSession::getStartAt))
                .map(TrainingCalendar::entry)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Upcoming> nextOf(java.util.Collection<Long> expertIds) {
        if (expertIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Upcoming> next = new java.util.HashMap<>();
        jdbc.sql(NEXT_OF)
                .param("experts", expertIds)
                .param("now", SqlParams.utc(clock.instant()))
                .query(rs -> {
                    next.putIfAbsent(
                            rs.getLong("expert_id"),
                            new Upcoming(
                                    rs.getLong("id"),
                                    rs.getString("title"),
                                    rs.getObject("start_at", LocalDateTime.class)
                                            .toInstant(ZoneOffset.UTC)));
                });
        return next;
    }

    /**
     * Each expert's next scheduled session, in plain SQL: the directory asks for all its experts at once, and
     * Hibernate would translate a JPQL query with their ids as a list parameter anew on every page.
     */
    private static final String NEXT_OF = """
            SELECT s.id, s.expert_id, s.title, s.start_at FROM training_session s
            WHERE s.expert_id IN (:experts) AND s.start_at > :now AND s.status = 'SCHEDULED'
              AND s.start_at = (SELECT MIN(t.start_at) FROM training_session t
                                WHERE t.expert_id = s.expert_id AND t.start_at > :now AND t.status = 'SCHEDULED')
            ORDER BY s.expert_id, s.id
            """;

    static Entry entry(TrainingSession s) {
        String where = s.getPlace() != null ? s.getPlace() : s.getMeetingLink();
        String description = (s.getDescription() == null ? "" : s.getDescription() + "\n\n")
                + (s.getMeetingLink() == null ? "" : "Online: " + s.getMeetingLink());
        return new Entry(
                "training-session-" + s.getId(),
                s.getStartAt(),
                s.getEndAt(),
                TrainingService.HOLD_PREFIX + s.getTitle(),
                description.isBlank() ? null : description.strip(),
                where,
                s.getStatus() == SessionStatus.CANCELLED,
                (int) s.getVersion());
    }

    @Override
    @Transactional(readOnly = true)
    public List<UpcomingAppointment> startingBetween(Instant from, Instant to) {
        List<TrainingSession> list = sessions.startingBetween(from, to);
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, TrainingSession> byId =
                list.stream().collect(Collectors.toMap(TrainingSession::getId, Function.identity()));
        List<UpcomingAppointment> out = new ArrayList<>();
        for (TrainingSession s : list) {
            out.add(appointment(s, s.getExpertId()));
        }
        for (Registration r : registrations.seatedIn(byId.keySet())) {
            out.add(appointment(byId.get(r.getSessionId()), r.getPersonId()));
        }
        return out;
    }

    private static UpcomingAppointment appointment(TrainingSession s, long personId) {
        return new UpcomingAppointment(
                "session",
                s.getId(),
                personId,
                s.getStartAt(),
                TrainingService.HOLD_PREFIX + s.getTitle(),
                TrainingNotifier.LINK + "?session=" + s.getId());
    }
}
