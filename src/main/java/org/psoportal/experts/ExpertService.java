package org.psoportal.experts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psoportal.experts.internal.ExpertProfile;
import org.psoportal.experts.internal.ExpertProfileForm;
import org.psoportal.experts.internal.ExpertProfileRepository;
import org.psoportal.experts.internal.ScheduleLock;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.security.Access;
import org.psoportal.security.AccessRefusals;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.ConcurrentChangeException;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.SafeText;
import org.psoportal.shared.UpsertOutcome;
import org.psoportal.shared.UserMessageException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Expert profiles: everyone signed in may look; an expert edits their own, the head of the PSO any. */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class ExpertService {

    private final ExpertProfileRepository profiles;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final ScheduleLock scheduleLock;
    private final BookingsInTimeOff bookingsInTimeOff;

    ExpertService(
            ExpertProfileRepository profiles,
            PersonService people,
            CurrentUser currentUser,
            ScheduleLock scheduleLock,
            BookingsInTimeOff bookingsInTimeOff) {
        this.profiles = profiles;
        this.scheduleLock = scheduleLock;
        this.bookingsInTimeOff = bookingsInTimeOff;
        this.people = people;
        this.currentUser = currentUser;
    }

    /**
     * Experts whose name, headline or skill contains the text and who have the skill (both optional). Experts
     * are a few dozen people, so filtering their profiles in memory is cheaper than a query per criterion.
     */
    @Transactional(readOnly = true)
    public List<ExpertCard> search(String text, String skill) {
        List<ExpertProfile> all = profiles.findAll();
        List<Long> ids = all.stream().map(ExpertProfile::getPersonId).toList();
        Map<Long, PersonSummary> names = people.summaries(ids);
        Set<Long> active = people.activeAmong(ids); // a deactivated expert is no longer offered
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        String sk = skill == null ? "" : skill.trim().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(p -> names.containsKey(p.getPersonId()) && active.contains(p.getPersonId()))
                .map(p -> card(p, names.get(p.getPersonId())))
                .filter(c -> sk.isEmpty()
                        || c.skills().stream()
                                .anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(sk)))
                .filter(c -> q.isEmpty()
                        || c.name().toLowerCase(Locale.ROOT).contains(q)
                        || c.headline().toLowerCase(Locale.ROOT).contains(q)
                        || c.skills().stream()
                                .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(q)))
                .sorted(Comparator.comparing(ExpertCard::name))
                .toList();
    }

    /** All skills any expert offers, for the directory's skill filter. */
    @Transactional(readOnly = true)
    public List<String> allSkills() {
        return profiles.findAll().stream()
                .flatMap(p -> p.getSkills().stream())
                .distinct()
                .sorted()
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ExpertCard> card(long expertId) {
        return profiles.findById(expertId).flatMap(p -> people.summary(expertId).map(n -> card(p, n)));
    }

    @Transactional(readOnly = true)
    public ExpertSchedule schedule(long expertId) {
        return get(expertId).schedule();
    }

    /**
     * The schedules of several experts in one read (the profiles in one statement, their hours and time off in one
     * batch each): the directory's next free slot of every card without a transaction per expert. Ids without a
     * profile are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, ExpertSchedule> schedules(Collection<Long> expertIds) {
        Map<Long, ExpertSchedule> out = new HashMap<>();
        if (expertIds.isEmpty()) {
            return out;
        }
        profiles.findAllById(expertIds).forEach(p -> out.put(p.getPersonId(), p.schedule()));
        return out;
    }

    /**
     * Locks the expert's profile row (SELECT ... FOR UPDATE) inside the caller's transaction and returns the
     * rules to check against. Every change to the expert's bookings goes through this lock, so MariaDB lets one
     * such transaction run at a time per expert: the overlap check that follows cannot race another booking.
     * One statement with the hours and time off, no entity (see {@link ScheduleLock}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ExpertSchedule lockForBooking(long expertId) {
        return scheduleLock.lock(expertId).orElseThrow(() -> new NotFoundException("expert", expertId));
    }

    /** True when the caller may edit this expert's profile: the expert themself or the head of the PSO. */
    public boolean canEdit(long expertId) {
        return currentUser.hasRole(Role.HEAD)
                || (currentUser.hasRole(Role.EXPERT) && currentUser.personId() == expertId);
    }

    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional(readOnly = true)
    public ExpertProfileForm loadForm(long expertId) {
        checkCanEdit(expertId);
        return profiles.findById(expertId).map(ExpertProfile::toForm).orElseGet(ExpertProfileForm::new);
    }

    /**
     * The expert's requested and confirmed bookings on the days first..last: time off entered over them is warned
     * about (and may still be saved, the expert then moves or cancels them).
     */
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional(readOnly = true)
    public List<BookingsInTimeOff.BookingInTimeOff> bookingsInTimeOff(long expertId, LocalDate first, LocalDate last) {
        checkCanEdit(expertId);
        return bookingsInTimeOff.bookingsOn(expertId, first, last);
    }

    /** Saves (or creates) the profile of a person with the EXPERT role. */
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional
    public void save(long expertId, ExpertProfileForm form) {
        checkCanEdit(expertId);
        validate(form);
        if (!people.hasActiveRole(expertId, Role.EXPERT)) {
            throw new UserMessageException("expert.notAnExpert");
        }
        ExpertProfile p = profiles.findById(expertId).orElseGet(() -> new ExpertProfile(expertId, form.getHeadline()));
        p.apply(form);
        try {
            profiles.saveAndFlush(p);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentChangeException("error.concurrentChange");
        }
    }

    /** What {@link #importProfile} would do with this profile, without changing anything (the import's preview). */
    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public UpsertOutcome previewImport(ExpertProfileImport profile) {
        return upsertImported(profile, true);
    }

    /**
     * Creates the expert's profile (working Monday to Friday 09:00-17:00 until the expert says otherwise) or brings
     * headline, skills and weekly capacity up to date, in one transaction per profile. The e-mail must belong to an
     * active person with the expert role.
     */
    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public UpsertOutcome importProfile(ExpertProfileImport profile) {
        return upsertImported(profile, false);
    }

    private UpsertOutcome upsertImported(ExpertProfileImport in, boolean previewOnly) {
        String email = in.email() == null ? "" : in.email().trim();
        long expertId = people.findByEmail(email)
                .filter(p -> people.hasActiveRole(p.id(), Role.EXPERT))
                .orElseThrow(() -> new UserMessageException("expert.import.notAnExpert", email))
                .id();
        var existing = profiles.findById(expertId);
        ExpertProfileForm form = existing.map(ExpertProfile::toForm).orElseGet(ExpertService::newImportedForm);
        form.setHeadline(in.headline() == null ? "" : SafeText.singleLine(in.headline()));
        form.setSkills(in.skills().stream()
                .map(SafeText::singleLine)
                .filter(sk -> !sk.isBlank())
                .distinct()
                .toList());
        if (in.weeklyCapacityHours() != null) {
            form.setWeeklyCapacityHours(in.weeklyCapacityHours());
        }
        validate(form);
        if (existing.isPresent()) {
            ExpertProfile p = existing.get();
            if (p.getHeadline().equals(form.getHeadline().trim())
                    && p.getSkills().equals(new java.util.TreeSet<>(form.getSkills()))
                    && p.toForm().getWeeklyCapacityHours() == form.getWeeklyCapacityHours()) {
                return UpsertOutcome.UNCHANGED;
            }
        }
        if (!previewOnly) {
            ExpertProfile p = existing.orElseGet(() -> new ExpertProfile(expertId, form.getHeadline()));
            p.apply(form);
            profiles.saveAndFlush(p);
        }
        return existing.isPresent() ? UpsertOutcome.UPDATED : UpsertOutcome.CREATED;
    }

    private static ExpertProfileForm newImportedForm() {
        ExpertProfileForm f = new ExpertProfileForm();
        f.setHours(java.util.stream.Stream.of(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .map(d -> new WorkingHours(d, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .toList());
        return f;
    }

    private void checkCanEdit(long expertId) {
        if (!canEdit(expertId)) {
            throw AccessRefusals.refuse("expert profile", expertId);
        }
    }

    static void validate(ExpertProfileForm f) {
        if (f.getHeadline() == null
                || f.getHeadline().isBlank()
                || f.getHeadline().length() > 120) {
            throw new UserMessageException("expert.headline.required");
        }
        if (f.getSlotMinutes() != 15 && f.getSlotMinutes() != 30) {
            throw new UserMessageException("expert.slot.invalid");
        }
        if (f.getMinLengthMinutes() < f.getSlotMinutes()
                || f.getMaxLengthMinutes() < f.getMinLengthMinutes()
                || f.getMinLengthMinutes() % f.getSlotMinutes() != 0
                || f.getMaxLengthMinutes() > 8 * 60) {
            throw new UserMessageException("expert.length.invalid");
        }
        if (f.getWeeklyCapacityHours() < 0
                || f.getWeeklyCapacityHours() > 60
                || f.getMinNoticeMinutes() < 0
                || f.getHorizonDays() < 1
                || f.getHorizonDays() > 366
                || f.getBufferMinutes() < 0
                || f.getBufferMinutes() > 120) {
            throw new UserMessageException("expert.limits.invalid");
        }
        for (TimeOff t : f.getTimeOff()) {
            if (t.last().isBefore(t.first())) {
                throw new UserMessageException("expert.timeOff.invalid");
            }
        }
        if (f.getSkills().stream().anyMatch(s -> s.trim().length() > 60)) {
            throw new UserMessageException("expert.skill.tooLong");
        }
    }

    private ExpertProfile get(long expertId) {
        return profiles.findById(expertId).orElseThrow(() -> new NotFoundException("expert", expertId));
    }

    private static ExpertCard card(ExpertProfile p, PersonSummary person) {
        return new ExpertCard(
                p.getPersonId(),
                person.fullName(),
                p.getHeadline(),
                List.copyOf(p.getSkills()),
                p.schedule().bookable(),
                p.schedule().requiresApproval());
    }
}
