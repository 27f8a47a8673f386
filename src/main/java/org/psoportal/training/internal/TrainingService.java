package org.psoportal.training.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psoportal.booking.ExpertHolds;
import org.psoportal.experts.ExpertCard;
import org.psoportal.experts.ExpertService;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.security.Access;
import org.psoportal.security.AccessRefusals;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.ConcurrentChangeException;
import org.psoportal.shared.FormValidation;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.SafeText;
import org.psoportal.shared.TextLimits;
import org.psoportal.shared.UserMessageException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training sessions and their seats. Every change to a session's registrations first locks the session's row
 * ({@link TrainingSessionRepository#lock}), so they run one at a time per session: the seat count read under the
 * lock is the latest, a session is never oversold, and the waitlist's order is the order the lock was granted in.
 * Publishing and moving a session take the expert's time through {@link ExpertHolds} in the same transaction.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class TrainingService {

    static final String HOLD_PREFIX = "Training: ";
    private static final int LIST_LIMIT = 300;

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final ExpertHolds holds;
    private final ExpertService experts;
    private final PersonService people;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final TrainingNotifier notifier;
    private final Validator validator;
    private final Clock clock;
    private final ZoneId zone;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    TrainingService(
            TrainingSessionRepository sessions,
            RegistrationRepository registrations,
            ExpertHolds holds,
            ExpertService experts,
            PersonService people,
            ProjectService projects,
            CurrentUser currentUser,
            TrainingNotifier notifier,
            Validator validator,
            Clock clock,
            ZoneId zone,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.meters = meters;
        this.sessions = sessions;
        this.registrations = registrations;
        this.holds = holds;
        this.experts = experts;
        this.people = people;
        this.projects = projects;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.validator = validator;
        this.clock = clock;
        this.zone = zone;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /** Sessions that have not ended, from a day on (null: now), of a skill and an expert when given, in time order. */
    @Transactional(readOnly = true)
    public List<SessionRow> upcoming(LocalDate fromDay, String skill, Long expertId) {
        Instant now = clock.instant();
        Instant from =
                fromDay == null ? now : max(now, fromDay.atStartOfDay(zone).toInstant());
        String skillOrNull = skill == null || skill.isBlank() ? null : skill.strip();
        return rows(sessions.upcoming(from, skillOrNull, expertId, false, PageRequest.of(0, LIST_LIMIT)));
    }

    /** The signed-in person's own places (seats and waitlist places) at sessions that have not ended. */
    @Transactional(readOnly = true)
    public List<SessionRow> mine() {
        List<Long> ids = registrations.sessionsOf(currentUser.personId());
        Instant now = clock.instant();
        return rows(sessions.findAllById(ids).stream()
                .filter(s -> s.getEndAt().isAfter(now))
                .sorted(java.util.Comparator.comparing(TrainingSession::getStartAt))
                .toList());
    }

    @Transactional(readOnly = true)
    public SessionRow session(long sessionId) {
        return rows(List.of(get(sessionId))).getFirst();
    }

    /** The project of the signed-in person's latest registration: the register dialog offers it first. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> myLastProject() {
        return registrations
                .findFirstByPersonIdOrderByRegisteredAtDesc(currentUser.personId())
                .map(Registration::getProjectId);
    }

    /** The form of an existing session, for editing one occurrence. */
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional(readOnly = true)
    public SessionForm loadForm(long sessionId) {
        TrainingSession s = get(sessionId);
        requireManager(s);
        SessionForm f = new SessionForm();
        f.setExpertId(s.getExpertId());
        f.setTitle(s.getTitle());
        f.setSkill(s.getSkill());
        f.setDescription(s.getDescription());
        f.setStart(s.getStartAt().atZone(zone).toLocalDateTime());
        f.setLengthMinutes(
                (int) java.time.Duration.between(s.getStartAt(), s.getEndAt()).toMinutes());
        f.setPlace(s.getPlace());
        f.setMeetingLink(s.getMeetingLink());
        f.setSeats(s.getSeats());
        f.setDeadline(s.getRegistrationDeadline().atZone(zone).toLocalDateTime());
        f.setAudience(s.getAudience());
        f.setProjectIds(s.getProjectIds());
        return f;
    }

    /** Seated people first, then the waitlist in order: only for the session's expert and the head. */
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional(readOnly = true)
    public List<AttendeeRow> attendees(long sessionId) {
        TrainingSession s = get(sessionId);
        requireManager(s);
        List<Registration> list = registrations.active(sessionId);
        Map<Long, PersonSummary> names =
                people.summaries(list.stream().map(Registration::getPersonId).toList());
        Map<Long, ProjectSummary> projectNames =
                projects.summaries(list.stream().map(Registration::getProjectId).toList());
        List<AttendeeRow> rows = new ArrayList<>();
        int waiting = 0;
        for (Registration r : list) {
            PersonSummary p = names.get(r.getPersonId());
            ProjectSummary project = projectNames.get(r.getProjectId());
            rows.add(new AttendeeRow(
                    r.getPersonId(),
                    p == null ? "#" + r.getPersonId() : p.fullName(),
                    p == null ? "" : p.email(),
                    project == null ? "" : project.label(),
                    r.getStatus(),
                    r.getStatus() == RegistrationStatus.WAITLISTED ? ++waiting : 0,
                    r.getAttended()));
        }
        return rows;
    }

    /** The experts the signed-in person may publish sessions for: themself, or every expert for the head. */
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional(readOnly = true)
    public List<ExpertCard> expertsIMayPublishFor() {
        if (currentUser.hasRole(Role.HEAD)) {
            return experts.search(null, null);
        }
        return experts.card(currentUser.personId()).stream().toList();
    }

    // --- publishing ----------------------------------------------------------------------------------------------

    /**
     * Publishes a session, or a weekly series of them, all or nothing: each date takes the expert's time through
     * booking's rules; the first date that breaks one refuses the whole publication, naming the date and the rule.
     */
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional
    public List<SessionRow> publish(SessionForm form) {
        FormValidation.requireValid(validator, form);
        long expertId = form.getExpertId();
        requireMayManage(expertId);
        SessionDetails details = details(form, expertId);
        List<Occurrence> dates = SessionPlan.occurrences(form, zone);
        Instant now = clock.instant();
        List<TrainingSession> made = new ArrayList<>();
        Long seriesId = null;
        for (Occurrence date : dates) {
            TrainingSession s = new TrainingSession(expertId, currentUser.personId(), now);
            s.describe(details);
            s.moveTo(date.start(), date.end(), date.deadline());
            s.holdTime(hold(expertId, date, details.title()));
            s = sessions.saveAndFlush(s);
            if (dates.size() > 1) {
                seriesId = seriesId == null ? s.getId() : seriesId; // the series is named after its first session
                s.joinSeries(seriesId);
            }
            made.add(s);
        }
        made.forEach(s -> notifier.changed(s.getId()));
        return rows(made);
    }

    /**
     * Changes one session. Its seats may not drop below the people already seated; more seats seat the waitlist in
     * order; a new time takes the expert's time anew (the old time is freed in the same transaction) and registered
     * people are told.
     */
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional
    public SessionRow update(long sessionId, long version, SessionForm form) {
        FormValidation.requireValid(validator, form);
        TrainingSession s = lock(sessionId);
        requireManager(s);
        if (s.getVersion() != version) {
            throw new ConcurrentChangeException("training.changedMeanwhile");
        }
        requireScheduled(s);
        if (form.getExpertId() != s.getExpertId()) {
            throw new UserMessageException("training.expert.fixed");
        }
        SessionDetails details = details(form, s.getExpertId());
        int seated = (int) registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.SEATED);
        if (!SeatPlan.seatsAllowed(details.seats(), seated)) {
            throw new UserMessageException("training.seats.belowSeated", seated);
        }
        Occurrence date = SessionPlan.first(form, zone);
        boolean moved = !date.start().equals(s.getStartAt()) || !date.end().equals(s.getEndAt());
        boolean placeChanged = !java.util.Objects.equals(details.place(), s.getPlace())
                || !java.util.Objects.equals(details.meetingLink(), s.getMeetingLink());
        if (moved) {
            if (s.getHoldId() != null) {
                holds.release(s.getExpertId(), s.getHoldId());
            }
            s.holdTime(hold(s.getExpertId(), date, details.title()));
        } else if (s.getHoldId() != null && !details.title().equals(s.getTitle())) {
            holds.relabel(s.getExpertId(), s.getHoldId(), HOLD_PREFIX + details.title());
        }
        s.describe(details);
        s.moveTo(date.start(), date.end(), date.deadline());
        sessions.saveAndFlush(s);
        promoteWaiting(s);
        if (moved || placeChanged) {
            notifier.tell(activePeople(sessionId), s, "training.notify.changed");
        }
        notifier.changed(sessionId);
        return session(sessionId);
    }

    /** Calls a session off: everyone registered or waiting is told, the expert's time is freed. */
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional
    public SessionRow cancelSession(long sessionId, String reason) {
        TrainingSession s = lock(sessionId);
        requireManager(s);
        requireScheduled(s);
        String why = blankToNull(TextLimits.atMost(reason, TextLimits.REASON));
        if (s.getHoldId() != null) {
            holds.release(s.getExpertId(), s.getHoldId());
        }
        s.cancel(why, clock.instant());
        sessions.saveAndFlush(s);
        notifier.tell(activePeople(sessionId), s, "training.notify.sessionCancelled", why == null ? "-" : why);
        notifier.changed(sessionId);
        return session(sessionId);
    }

    /** Sends a message to everyone seated or waiting (in the portal, and by e-mail when the portal sends mail). */
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional
    public int message(long sessionId, String text) {
        TrainingSession s = get(sessionId);
        requireManager(s);
        if (text == null || text.isBlank()) {
            throw new UserMessageException("training.message.required");
        }
        String message = SafeText.singleLine(TextLimits.atMost(text.strip(), TextLimits.REASON));
        List<Long> to = activePeople(sessionId);
        notifier.tell(to, s, "training.notify.message", message);
        return to.size();
    }

    /** Marks who came, once the session has started: only for the session's expert and the head. */
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional
    public void markAttendance(long sessionId, Map<Long, Boolean> attendedByPerson) {
        TrainingSession s = lock(sessionId);
        requireManager(s);
        if (s.getStartAt().isAfter(clock.instant())) {
            throw new UserMessageException("training.attendance.notYet");
        }
        for (Registration r : registrations.active(sessionId)) {
            if (r.getStatus() == RegistrationStatus.SEATED && attendedByPerson.containsKey(r.getPersonId())) {
                r.markAttended(attendedByPerson.get(r.getPersonId()));
            }
        }
        notifier.changed(sessionId);
    }

    // --- registering ---------------------------------------------------------------------------------------------

    /**
     * Registers the signed-in person for the session, for one of their projects: a seat while seats are left, else a
     * place at the end of the waitlist. One place per person and session.
     */
    @Transactional
    public RegistrationOutcome register(long sessionId, long projectId) {
        try {
            RegistrationOutcome outcome = doRegister(sessionId, projectId);
            counted(outcome.status() == RegistrationStatus.SEATED ? "seated" : "waitlisted");
            return outcome;
        } catch (UserMessageException e) {
            counted("refused");
            throw e;
        }
    }

    /** Metric pso.registrations{outcome} (docs/operations.md, "Metrics"). */
    private void counted(String outcome) {
        meters.counter("pso.registrations", "outcome", outcome).increment();
    }

    private RegistrationOutcome doRegister(long sessionId, long projectId) {
        long me = currentUser.personId();
        TrainingSession s = lock(sessionId);
        requireScheduled(s);
        if (!clock.instant().isBefore(s.getRegistrationDeadline())) {
            throw new UserMessageException("training.register.closed");
        }
        if (s.getExpertId() == me) {
            throw new UserMessageException("training.register.ownSession");
        }
        projects.requireActive(projectId);
        if (s.getAudience() == Audience.PROJECTS && !s.getProjectIds().contains(projectId)) {
            throw new UserMessageException("training.register.notForProject");
        }
        Registration r = registrations.findBySessionIdAndPersonId(sessionId, me).orElse(null);
        if (r != null && r.getStatus().active()) {
            throw new ConcurrentChangeException("training.register.already");
        }
        int seated = (int) registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.SEATED);
        RegistrationStatus place = SeatPlan.placeFor(seated, s.getSeats());
        if (r == null) {
            r = new Registration(sessionId, me);
        }
        r.enter(projectId, place, registrations.lastQueueNo(sessionId) + 1, clock.instant());
        registrations.saveAndFlush(r);
        notifier.changed(sessionId);
        return new RegistrationOutcome(place, place == RegistrationStatus.WAITLISTED ? waitPosition(r) : 0);
    }

    /**
     * Gives up the signed-in person's place: a seat until the registration deadline, a waitlist place at any time. A
     * freed seat goes to the first on the waitlist at once, who is told.
     */
    @Transactional
    public void cancelRegistration(long sessionId) {
        long me = currentUser.personId();
        TrainingSession s = lock(sessionId);
        Registration r = registrations
                .findBySessionIdAndPersonId(sessionId, me)
                .filter(x -> x.getStatus().active())
                .orElseThrow(() -> new ConcurrentChangeException("training.register.none"));
        boolean seated = r.getStatus() == RegistrationStatus.SEATED;
        if (seated
                && s.getStatus() == SessionStatus.SCHEDULED
                && !clock.instant().isBefore(s.getRegistrationDeadline())) {
            throw new UserMessageException("training.cancel.afterDeadline");
        }
        r.cancel(clock.instant());
        registrations.saveAndFlush(r);
        if (seated && s.getStatus() == SessionStatus.SCHEDULED) {
            promoteWaiting(s);
        }
        notifier.changed(sessionId);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** Seats the first waiting while seats are free (under the session's lock), and tells each of them. */
    private void promoteWaiting(TrainingSession s) {
        int seated = (int) registrations.countBySessionIdAndStatus(s.getId(), RegistrationStatus.SEATED);
        List<Registration> waiting =
                registrations.findBySessionIdAndStatusOrderByQueueNo(s.getId(), RegistrationStatus.WAITLISTED);
        for (Registration r : SeatPlan.promoted(waiting, seated, s.getSeats())) {
            r.seat(clock.instant());
            registrations.saveAndFlush(r);
            notifier.tell(List.of(r.getPersonId()), s, "training.notify.seated");
        }
    }

    private int waitPosition(Registration mine) {
        List<Registration> waiting = registrations.findBySessionIdAndStatusOrderByQueueNo(
                mine.getSessionId(), RegistrationStatus.WAITLISTED);
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).getPersonId() == mine.getPersonId()) {
                return i + 1;
            }
        }
        return 0;
    }

    private Long hold(long expertId, Occurrence date, String title) {
        try {
            return holds.hold(expertId, date.start(), date.end(), HOLD_PREFIX + title);
        } catch (OccurrenceRefusedException e) {
            throw e;
        } catch (UserMessageException e) {
            throw new OccurrenceRefusedException(notifier.when(date.start()), e);
        }
    }

    /** The cleaned details of a form; the skill must be one of the expert's (in the expert's spelling). */
    private SessionDetails details(SessionForm form, long expertId) {
        ExpertCard expert =
                experts.card(expertId).orElseThrow(() -> new UserMessageException("training.expert.unknown"));
        String skill = null;
        if (form.getSkill() != null && !form.getSkill().isBlank()) {
            skill = expert.skills().stream()
                    .filter(k -> k.equalsIgnoreCase(form.getSkill().strip()))
                    .findFirst()
                    .orElseThrow(() -> new UserMessageException("training.skill.unknown"));
        }
        Set<Long> projectIds = new LinkedHashSet<>();
        if (form.getAudience() == Audience.PROJECTS) {
            if (form.getProjectIds().isEmpty()) {
                throw new UserMessageException("training.projects.required");
            }
            form.getProjectIds()
                    .forEach(id -> projectIds.add(projects.requireActive(id).id()));
        }
        if (blankToNull(form.getPlace()) == null && blankToNull(form.getMeetingLink()) == null) {
            throw new UserMessageException("training.place.required");
        }
        return new SessionDetails(
                SafeText.singleLine(form.getTitle()),
                skill,
                blankToNull(form.getDescription()),
                blankToNull(SafeText.singleLine(form.getPlace())),
                blankToNull(form.getMeetingLink()),
                form.getSeats(),
                form.getAudience(),
                projectIds);
    }

    private List<SessionRow> rows(List<TrainingSession> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(TrainingSession::getId).toList();
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : registrations.counts(ids)) {
            int[] c = counts.computeIfAbsent((Long) row[0], k -> new int[2]);
            c[row[1] == RegistrationStatus.SEATED ? 0 : 1] = ((Long) row[2]).intValue();
        }
        long me = currentUser.personId();
        Map<Long, Registration> mine = registrations.mine(me, ids).stream()
                .collect(Collectors.toMap(Registration::getSessionId, Function.identity()));
        Map<Long, PersonSummary> names =
                people.summaries(list.stream().map(TrainingSession::getExpertId).toList());
        Map<Long, ProjectSummary> projectNames = projects.summaries(
                list.stream().flatMap(s -> s.getProjectIds().stream()).toList());
        boolean head = currentUser.hasRole(Role.HEAD);
        Instant now = clock.instant();
        List<SessionRow> rows = new ArrayList<>(list.size());
        for (TrainingSession s : list) {
            int[] c = counts.getOrDefault(s.getId(), new int[2]);
            Registration my = mine.get(s.getId());
            PersonSummary expert = names.get(s.getExpertId());
            rows.add(new SessionRow(
                    s.getId(),
                    s.getSeriesId(),
                    s.getExpertId(),
                    expert == null ? "#" + s.getExpertId() : expert.fullName(),
                    s.getTitle(),
                    s.getSkill(),
                    s.getDescription(),
                    s.getStartAt(),
                    s.getEndAt(),
                    s.getPlace(),
                    s.getMeetingLink(),
                    s.getSeats(),
                    c[0],
                    c[1],
                    s.getRegistrationDeadline(),
                    s.getAudience(),
                    s.getProjectIds().stream()
                            .map(projectNames::get)
                            .filter(java.util.Objects::nonNull)
                            .map(ProjectSummary::label)
                            .sorted()
                            .toList(),
                    List.copyOf(s.getProjectIds()),
                    s.getStatus(),
                    my == null ? null : my.getStatus(),
                    my != null && my.getStatus() == RegistrationStatus.WAITLISTED ? waitPosition(my) : 0,
                    head || s.getExpertId() == me,
                    s.getExpertId() == me,
                    !s.getStartAt().isAfter(now),
                    s.getVersion()));
        }
        return rows;
    }

    private List<Long> activePeople(long sessionId) {
        return registrations.active(sessionId).stream()
                .map(Registration::getPersonId)
                .toList();
    }

    private TrainingSession get(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
    }

    private TrainingSession lock(long sessionId) {
        return sessions.lock(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
    }

    private void requireManager(TrainingSession s) {
        if (!mayManage(s.getExpertId())) {
            throw AccessRefusals.refuse("training session", s.getId());
        }
    }

    private void requireMayManage(long expertId) {
        if (!mayManage(expertId)) {
            throw AccessRefusals.refuse("training session for expert", expertId);
        }
    }

    /** The session's expert (as an expert) or the head of the PSO. */
    private boolean mayManage(long expertId) {
        return currentUser.hasRole(Role.HEAD)
                || (currentUser.hasRole(Role.EXPERT) && currentUser.personId() == expertId);
    }

    private static void requireScheduled(TrainingSession s) {
        if (s.getStatus() != SessionStatus.SCHEDULED) {
            throw new ConcurrentChangeException("training.sessionCancelled");
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
