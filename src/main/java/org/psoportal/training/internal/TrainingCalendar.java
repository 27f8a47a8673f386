package org.psoportal.training.internal;

import java.time.Instant;
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

    TrainingCalendar(
            TrainingSessionRepository sessions,
            RegistrationRepository registrations,
            CurrentUser currentUser,
            java.time.Clock clock) {
        this.clock = clock;
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
        for (TrainingSession s : sessions.nextOf(expertIds, clock.instant())) {
            next.putIfAbsent(s.getExpertId(), new Upcoming(s.getId(), s.getTitle(), s.getStartAt()));
        }
        return next;
    }

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
