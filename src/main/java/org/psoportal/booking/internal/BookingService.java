package org.psoportal.booking.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.experts.ExpertService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.security.Access;
import org.psoportal.security.AccessRefusals;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.ConcurrentChangeException;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.SafeText;
import org.psoportal.shared.TextLimits;
import org.psoportal.shared.UserMessageException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking experts. Every change to an expert's bookings (book, reschedule) runs in one transaction that first
 * locks the expert's profile row, then reads the expert's bookings with a locking read, checks the rules and
 * writes: MariaDB runs these one at a time per expert, so two bookings can never overlap. These methods use a
 * {@link TransactionTemplate} instead of {@code @Transactional} because deadlocks and lock timeouts surface at
 * commit, and only code outside the transaction can turn them into the "just taken" message.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class BookingService {

    private final BookingRepository bookings;
    private final BookingRefusalRepository refusals;
    private final ExpertService experts;
    private final ProjectService projects;
    private final BookingRowMapper rowMapper;
    private final BookingNotifier notifier;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final BookingRules rules;
    private final SlotFinder slots;
    private final TransactionTemplate tx;
    private final BusyTimes busyTimes;
    private final ExpertsBusyTimes expertsBusyTimes;
    private final MeterRegistry meters;
    private final BookingSeriesRepository series;
    private final SeriesExpansion expansion;

    BookingService(
            BookingRepository bookings,
            BookingRefusalRepository refusals,
            ExpertService experts,
            ProjectService projects,
            BookingRowMapper rowMapper,
            BookingNotifier notifier,
            CurrentUser currentUser,
            Clock clock,
            ZoneId zone,
            PlatformTransactionManager transactionManager,
            BusyTimes busyTimes,
            ExpertsBusyTimes expertsBusyTimes,
            MeterRegistry meters,
            BookingSeriesRepository series) {
        this.bookings = bookings;
        this.series = series;
        this.expansion = new SeriesExpansion(zone);
        this.busyTimes = busyTimes;
        this.expertsBusyTimes = expertsBusyTimes;
        this.meters = meters;
        this.refusals = refusals;
        this.experts = experts;
        this.projects = projects;
        this.rowMapper = rowMapper;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.clock = clock;
        this.rules = new BookingRules(zone);
        this.slots = new SlotFinder(rules);
        this.tx = new TransactionTemplate(transactionManager);
    }

    /** Books an expert for the signed-in person; REQUESTED when the expert approves bookings, else CONFIRMED. */
    public BookingRow book(BookingRequest request) {
        long bookerId = currentUser.personId();
        try {
            BookingRow made = BookingConflicts.run(() -> tx.execute(status -> doBook(request, bookerId)));
            counted("made", "none");
            return made;
        } catch (BookingRefusedException e) {
            counted("refused", e.rule().name().toLowerCase(Locale.ROOT));
            if (e.rule().meansFull()) {
                recordUnmetDemandIfFull(request, bookerId, e.rule());
            }
            throw e;
        } catch (ConcurrentChangeException e) {
            counted("refused", "just_taken");
            throw e;
        } catch (UserMessageException e) {
            counted("refused", "invalid_request"); // no topic, booking oneself, a closed project, text too long
            throw e;
        }
    }

    /** Metric pso.bookings{outcome, rule} (docs/operations.md, "Metrics"). */
    private void counted(String outcome, String rule) {
        meters.counter("pso.bookings", "outcome", outcome, "rule", rule).increment();
    }

    /** What every new booking must say before the expert's lock is taken: a topic, texts within limits, not oneself. */
    private static void validate(BookingRequest r, long bookerId) {
        if (r.topic() == null || r.topic().isBlank()) {
            throw new UserMessageException("booking.topic.required");
        }
        TextLimits.atMost(r.topic().trim(), TextLimits.TOPIC);
        TextLimits.atMost(r.notes(), TextLimits.NOTES);
        if (r.expertId() == bookerId) {
            throw new UserMessageException("booking.self");
        }
    }

    private BookingRow doBook(BookingRequest r, long bookerId) {
        validate(r, bookerId);
        // Read before the expert's lock (they do not lengthen the wait of other bookings of this expert), and
        // reused for the notification and the returned row instead of being looked up again.
        ProjectSummary project = projects.requireActive(r.projectId());
        String skill = skillOf(r);
        Map<Long, PersonSummary> names = rowMapper.names(r.expertId(), bookerId);
        ExpertSchedule s = experts.lockForBooking(r.expertId());
        TimeRange time = new TimeRange(r.start(), r.end());
        check(s, time, null);
        BookingStatus status = s.requiresApproval() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED;
        Booking booking = new Booking(
                r.expertId(),
                r.projectId(),
                bookerId,
                time,
                SafeText.singleLine(r.topic()),
                blankToNull(r.notes()),
                status,
                clock.instant());
        booking.setSkill(skill);
        Booking b = bookings.saveAndFlush(booking);
        notifier.notifyParty(
                b,
                b.getExpertId(),
                status == BookingStatus.REQUESTED ? "notify.booking.requested" : "notify.booking.made",
                BookingRowMapper.name(names, bookerId));
        return rowMapper.row(b, names, project);
    }

    /**
     * The occurrences of a repeating booking whose first one is the request's time, each with the rule a booking
     * there would break now (or none): what the booking dialog lists before the person confirms. A hint like the
     * calendar's free slots; {@link #bookSeries} checks again under the expert's lock.
     */
    @Transactional(readOnly = true)
    public List<SeriesOccurrence> previewSeries(BookingRequest first, SeriesPlan plan) {
        List<TimeRange> times = expand(first, plan);
        if (first.expertId() == currentUser.personId()) {
            throw new UserMessageException("booking.self");
        }
        ExpertSchedule s = experts.schedule(first.expertId());
        TimeRange from = rules.window(times.getFirst().start(), s);
        TimeRange to = rules.window(times.getLast().start(), s);
        List<TimeRange> busy = busyTimes(s.expertId(), from.start(), to.end());
        Instant now = clock.instant();
        return times.stream()
                .map(t -> rules.check(s, now, t, busy)
                        .map(e -> new SeriesOccurrence(t, e.rule(), List.of(e.args())))
                        .orElseGet(() -> new SeriesOccurrence(t, null, List.of())))
                .toList();
    }

    /**
     * Books exactly the chosen occurrences of the series (starts among those {@link #previewSeries} lists) in one
     * transaction under the expert's lock, each checked by the same rules as a single booking and counted as busy for
     * the ones after it. If any chosen occurrence is refused, nothing is booked: a
     * {@link SeriesOccurrenceRefusedException} names the occurrence and its rule. One notification for the series.
     */
    public SeriesSummary bookSeries(BookingRequest first, SeriesPlan plan, Collection<Instant> chosenStarts) {
        long bookerId = currentUser.personId();
        List<TimeRange> all = expand(first, plan);
        Set<Instant> wanted = chosenStarts == null ? Set.of() : new HashSet<>(chosenStarts);
        List<TimeRange> chosen =
                all.stream().filter(t -> wanted.contains(t.start())).toList();
        if (chosen.isEmpty()) {
            throw new UserMessageException("booking.series.noneChosen");
        }
        if (chosen.size() != wanted.size()) {
            throw new UserMessageException("booking.series.notAnOccurrence");
        }
        try {
            SeriesSummary made = BookingConflicts.run(
                    () -> tx.execute(status -> doBookSeries(first, plan.repetition(), chosen, bookerId)));
            made.occurrences().forEach(o -> counted("made", "none"));
            return made;
        } catch (BookingRefusedException e) {
            counted("refused", e.rule().name().toLowerCase(Locale.ROOT));
            throw e;
        } catch (ConcurrentChangeException e) {
            counted("refused", "just_taken");
            throw e;
        } catch (UserMessageException e) {
            counted("refused", "invalid_request");
            throw e;
        }
    }

    private SeriesSummary doBookSeries(BookingRequest r, Repetition repetition, List<TimeRange> chosen, long bookerId) {
        validate(r, bookerId);
        ProjectSummary project = projects.requireActive(r.projectId());
        String skill = skillOf(r);
        Map<Long, PersonSummary> names = rowMapper.names(r.expertId(), bookerId);
        ExpertSchedule s = experts.lockForBooking(r.expertId());
        BookingStatus status = s.requiresApproval() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED;
        BookingSeries made = series.saveAndFlush(new BookingSeries(repetition, bookerId, clock.instant()));
        List<Booking> occurrences = new ArrayList<>();
        for (TimeRange time : chosen) {
            try {
                // the occurrences saved before are in this transaction's locking read, so they count as busy
                check(s, time, null);
            } catch (BookingRefusedException e) {
                throw new SeriesOccurrenceRefusedException(time.start(), e);
            }
            Booking booking = new Booking(
                    r.expertId(),
                    r.projectId(),
                    bookerId,
                    time,
                    SafeText.singleLine(r.topic()),
                    blankToNull(r.notes()),
                    status,
                    clock.instant());
            booking.setSkill(skill);
            booking.setSeriesId(made.getId());
            occurrences.add(bookings.saveAndFlush(booking));
        }
        notifier.notifySeries(
                occurrences,
                repetition,
                r.expertId(),
                status == BookingStatus.REQUESTED ? "notify.booking.series.requested" : "notify.booking.series.made");
        return new SeriesSummary(
                made.getId(),
                repetition,
                occurrences.stream()
                        .map(b -> rowMapper.row(b, names, project, repetition))
                        .toList());
    }

    private List<TimeRange> expand(BookingRequest first, SeriesPlan plan) {
        if (first == null || first.start() == null || first.end() == null) {
            throw new UserMessageException("booking.series.repetitionRequired");
        }
        return expansion.expand(first.start(), (int) new TimeRange(first.start(), first.end()).minutes(), plan);
    }

    /** The series a booking is an occurrence of, for those who may see the booking's details. */
    @Transactional(readOnly = true)
    public Optional<SeriesSummary> series(long bookingId) {
        Booking b = get(bookingId);
        if (!maySeeDetails(b)) {
            throw AccessRefusals.refuse("booking", b.getId());
        }
        if (b.getSeriesId() == null) {
            return Optional.empty();
        }
        return Optional.of(
                new SeriesSummary(b.getSeriesId(), repetitionOf(b), rows(bookings.inSeries(b.getSeriesId()))));
    }

    /**
     * Cancels this occurrence and the series' later ones that still hold time ("this and the following ones"), as
     * one change with one notification; who may is as for {@link #cancel}. A booking in no series is cancelled alone.
     */
    public List<BookingRow> cancelFollowing(long bookingId, String reason) {
        return BookingConflicts.run(() -> tx.execute(status -> {
            Booking b = get(bookingId);
            long me = currentUser.personId();
            requireMayCancel(b, me);
            requireHoldsTime(b);
            List<Booking> following = b.getSeriesId() == null
                    ? List.of(b)
                    : bookings.inSeries(b.getSeriesId()).stream()
                            .filter(o ->
                                    o.getStatus().holdsTime() && !o.getStartAt().isBefore(b.getStartAt()))
                            .toList();
            String why = blankToNull(TextLimits.atMost(reason, TextLimits.REASON));
            for (Booking o : following) {
                o.close(BookingStatus.CANCELLED, me, clock.instant(), why);
            }
            bookings.saveAllAndFlush(following);
            if (b.getSeriesId() == null) {
                notifyParty(b, otherParty(b), "notify.booking.cancelled");
            } else {
                notifier.notifySeries(following, repetitionOf(b), otherParty(b), "notify.booking.series.cancelled");
            }
            return rows(following);
        }));
    }

    private Repetition repetitionOf(Booking b) {
        return series.findById(b.getSeriesId())
                .map(BookingSeries::getRepetition)
                .orElseThrow(() -> new NotFoundException("booking series", b.getSeriesId()));
    }

    /** Moves a booking as one change: the same rules as a new booking, its own old time not counted as busy. */
    public BookingRow reschedule(long bookingId, TimeRange newTime) {
        return BookingConflicts.run(() -> tx.execute(status -> {
            Booking b = get(bookingId);
            requireBookerOrHead(b);
            requireHoldsTime(b);
            ExpertSchedule s = experts.lockForBooking(b.getExpertId());
            projects.requireActive(b.getProjectId());
            check(s, newTime, b.getId());
            b.moveTo(newTime, s.requiresApproval() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED);
            bookings.saveAndFlush(b);
            notifyParty(b, otherParty(b), "notify.booking.rescheduled");
            return rows(List.of(b)).getFirst();
        }));
    }

    /** The booker, the expert or the head of the PSO may cancel a booking that still holds time. */
    public BookingRow cancel(long bookingId, String reason) {
        return BookingConflicts.run(() -> tx.execute(status -> {
            Booking b = get(bookingId);
            long me = currentUser.personId();
            requireMayCancel(b, me);
            requireHoldsTime(b);
            b.close(
                    BookingStatus.CANCELLED,
                    me,
                    clock.instant(),
                    blankToNull(TextLimits.atMost(reason, TextLimits.REASON)));
            bookings.saveAndFlush(b);
            notifyParty(b, otherParty(b), "notify.booking.cancelled");
            return rows(List.of(b)).getFirst();
        }));
    }

    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    public BookingRow approve(long bookingId) {
        return decide(bookingId, true, null);
    }

    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    public BookingRow decline(long bookingId, String reason) {
        return decide(bookingId, false, reason);
    }

    private BookingRow decide(long bookingId, boolean approve, String reason) {
        return BookingConflicts.run(() -> tx.execute(status -> {
            Booking b = get(bookingId);
            if (b.getExpertId() != currentUser.personId() && !currentUser.hasRole(Role.HEAD)) {
                throw AccessRefusals.refuse("booking", b.getId());
            }
            if (b.getStatus() != BookingStatus.REQUESTED) {
                throw new ConcurrentChangeException("booking.notRequested");
            }
            if (b.getSeriesId() != null) {
                decideSeries(b, approve, reason);
                return rows(List.of(b)).getFirst();
            }
            if (approve) {
                b.confirm();
            } else {
                b.close(
                        BookingStatus.DECLINED,
                        currentUser.personId(),
                        clock.instant(),
                        blankToNull(TextLimits.atMost(reason, TextLimits.REASON)));
            }
            bookings.saveAndFlush(b);
            notifyParty(b, b.getBookedById(), approve ? "notify.booking.approved" : "notify.booking.declined");
            return rows(List.of(b)).getFirst();
        }));
    }

    /**
     * The expert's decision on one requested occurrence of a series is the decision on the series: every occurrence
     * still waiting for approval is confirmed (or declined) with it, and the booker gets one notification.
     */
    private void decideSeries(Booking b, boolean approve, String reason) {
        List<Booking> requested = bookings.inSeries(b.getSeriesId()).stream()
                .filter(o -> o.getStatus() == BookingStatus.REQUESTED)
                .toList();
        String why = approve ? null : blankToNull(TextLimits.atMost(reason, TextLimits.REASON));
        for (Booking o : requested) {
            if (approve) {
                o.confirm();
            } else {
                o.close(BookingStatus.DECLINED, currentUser.personId(), clock.instant(), why);
            }
        }
        bookings.saveAllAndFlush(requested);
        notifier.notifySeries(
                requested,
                repetitionOf(b),
                b.getBookedById(),
                approve ? "notify.booking.series.approved" : "notify.booking.series.declined");
    }

    /** Full details: only for the booker, the expert, administrators and the head of the PSO. */
    @Transactional(readOnly = true)
    public BookingRow details(long bookingId) {
        Booking b = get(bookingId);
        if (!maySeeDetails(b)) {
            throw AccessRefusals.refuse("booking", b.getId());
        }
        return rows(List.of(b)).getFirst();
    }

    @Transactional(readOnly = true)
    public WeekCalendar week(long expertId, LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        TimeRange week = rules.weekOf(monday.atStartOfDay(rules.zone()).toInstant());
        List<Booking> list = bookings.inWeek(expertId, week.start(), week.end());
        Map<Long, BookingRow> visible =
                rowsById(list.stream().filter(this::maySeeDetails).toList());
        List<CalendarBlock> blocks = list.stream()
                .map(b -> {
                    BookingRow row = visible.get(b.getId());
                    return row == null
                            ? new CalendarBlock(b.getId(), b.time(), b.getStatus(), false, null, null, null)
                            : new CalendarBlock(
                                    b.getId(),
                                    b.time(),
                                    b.getStatus(),
                                    true,
                                    row.topic(),
                                    row.bookerName(),
                                    row.projectLabel());
                })
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        // holds (training sessions) are public: everyone sees what the time is for, never who registered
        busyTimes
                .labelledHolds(expertId, week)
                .forEach(h -> blocks.add(
                        new CalendarBlock(h.id(), h.time(), BookingStatus.CONFIRMED, false, h.label(), null, null)));
        blocks.sort(java.util.Comparator.comparing(b -> b.time().start()));
        return new WeekCalendar(monday, experts.schedule(expertId), blocks);
    }

    /**
     * The next start at which a booking of this length would be accepted and the signed-in person has no booking of
     * their own (a hint: the booking re-checks).
     */
    @Transactional(readOnly = true)
    public Optional<Instant> nextFreeSlot(long expertId, int lengthMinutes) {
        ExpertSchedule s = experts.schedule(expertId);
        return nextFree(s, lengthMinutes, myOwnTimes(s));
    }

    /** Default length for the directory's "next free slot": the expert's shortest booking. */
    @Transactional(readOnly = true)
    public Optional<Instant> nextFreeSlot(long expertId) {
        ExpertSchedule s = experts.schedule(expertId);
        return nextFree(s, s.minLengthMinutes(), myOwnTimes(s));
    }

    /**
     * {@link #nextFreeSlot(long)} of several experts at once, for the directory's cards: the schedules in one read,
     * every expert's bookings that hold time and holds in one query ({@link ExpertsBusyTimes}), the signed-in
     * person's own bookings in one more, and the slots worked out in memory by the same {@link SlotFinder}. Experts
     * without a free slot (or without a profile) are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Instant> nextFreeSlots(Collection<Long> expertIds) {
        Map<Long, Instant> out = new java.util.HashMap<>();
        Map<Long, ExpertSchedule> schedules = experts.schedules(expertIds);
        if (schedules.isEmpty()) {
            return out;
        }
        Instant now = clock.instant();
        // one span that holds every expert's own span (rules.window of now to searchEnd): a superset of the busy
        // times each per-expert read saw, which changes no answer (the rules look only at what touches a slot)
        Instant from = null;
        Instant until = null;
        for (ExpertSchedule s : schedules.values()) {
            Instant start = rules.window(now, s).start();
            Instant end = searchEnd(s, now);
            from = from == null || start.isBefore(from) ? start : from;
            until = until == null || end.isAfter(until) ? end : until;
        }
        Map<Long, List<TimeRange>> busy = expertsBusyTimes.holding(schedules.keySet(), from, until);
        List<TimeRange> mine = bookings.ownHolding(currentUser.personId(), now, until).stream()
                .map(Booking::time)
                .toList();
        schedules.forEach(
                (id, s) -> slots.nextFree(s, now, s.minLengthMinutes(), busy.getOrDefault(id, List.of()), mine)
                        .ifPresent(slot -> out.put(id, slot)));
        return out;
    }

    /** The lengths a new booking of the expert starting at {@code start} may have (a hint: the booking re-checks). */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Integer> lengthsThatFit(long expertId, Instant start) {
        ExpertSchedule s = experts.schedule(expertId);
        TimeRange window = rules.window(start, s);
        List<TimeRange> busy = busyTimes(s.expertId(), window.start(), window.end());
        return slots.lengthsThatFit(s, clock.instant(), start, busy);
    }

    /**
     * The signed-in person's own bookings (as booker with any expert, or as expert) that hold time and overlap the
     * given time: the booking dialog warns about them before a second booking for the same time.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<BookingRow> myOverlapping(TimeRange time) {
        return rows(bookings.ownHolding(currentUser.personId(), time.start(), time.end()));
    }

    @Transactional(readOnly = true)
    public List<BookingRow> myBookings(boolean upcoming, Pageable page) {
        long me = currentUser.personId();
        return rows(
                upcoming
                        ? bookings.upcomingBookedBy(me, clock.instant(), page)
                        : bookings.pastBookedBy(me, clock.instant(), page));
    }

    @Transactional(readOnly = true)
    public long countMyBookings(boolean upcoming) {
        long me = currentUser.personId();
        return upcoming
                ? bookings.countUpcomingBookedBy(me, clock.instant())
                : bookings.countPastBookedBy(me, clock.instant());
    }

    /** The signed-in expert's upcoming bookings (requested ones included, for approval). */
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional(readOnly = true)
    public List<BookingRow> mySchedule(Pageable page) {
        return rows(bookings.upcomingForExpert(currentUser.personId(), clock.instant(), page));
    }

    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional(readOnly = true)
    public long countMySchedule() {
        return bookings.countUpcomingForExpert(currentUser.personId(), clock.instant());
    }

    /** The signed-in person's bookings as expert and as booker from 90 days back, for their calendar feed. */
    @Transactional(readOnly = true)
    public List<BookingRow> myCalendar() {
        long personId = currentUser.personId();
        return rows(bookings.forFeed(personId, clock.instant().minus(Duration.ofDays(90)), PageRequest.of(0, 1000)));
    }

    boolean maySeeDetails(BookingRow row) {
        return maySeeDetails(row.expertId(), row.bookedById());
    }

    private void check(ExpertSchedule s, TimeRange time, Long ignoreId) {
        TimeRange window = rules.window(time.start(), s);
        List<TimeRange> busy = busyTimes.lockHolding(s.expertId(), window).stream()
                .filter(b -> ignoreId == null || b.hold() || b.id() != ignoreId)
                .map(BusyTimes.Busy::time)
                .toList();
        rules.check(s, clock.instant(), time, busy).ifPresent(e -> {
            throw e;
        });
    }

    private Optional<Instant> nextFree(ExpertSchedule s, int lengthMinutes, List<TimeRange> avoid) {
        Instant now = clock.instant();
        TimeRange from = rules.window(now, s);
        List<TimeRange> busy = busyTimes(s.expertId(), from.start(), searchEnd(s, now));
        return slots.nextFree(s, now, lengthMinutes, busy, avoid);
    }

    /** The expert's bookings that hold time and their holds (training sessions) in a span, without locking. */
    private List<TimeRange> busyTimes(long expertId, Instant from, Instant to) {
        List<TimeRange> busy = new java.util.ArrayList<>();
        bookings.holding(expertId, from, to).forEach(b -> busy.add(b.time()));
        busyTimes.holds(expertId, new TimeRange(from, to)).forEach(h -> busy.add(h.time()));
        return busy;
    }

    private static Instant searchEnd(ExpertSchedule s, Instant now) {
        return now.plus(Duration.ofDays(s.horizonDays() + 8L));
    }

    private List<TimeRange> myOwnTimes(ExpertSchedule s) {
        Instant now = clock.instant();
        return bookings.ownHolding(currentUser.personId(), now, searchEnd(s, now)).stream()
                .map(Booking::time)
                .toList();
    }

    /**
     * Unmet demand, precisely: the attempt was refused because the expert was full (overlap or weekly capacity)
     * and, at that moment, no slot of the asked length was free anywhere within the expert's horizon.
     */
    private void recordUnmetDemandIfFull(BookingRequest r, long bookerId, BookingRule rule) {
        tx.executeWithoutResult(status -> {
            ExpertSchedule s = experts.schedule(r.expertId());
            int length = (int) Math.max(s.minLengthMinutes(), new TimeRange(r.start(), r.end()).minutes());
            if (nextFree(s, length, List.of()).isEmpty()) {
                BookingRefusal refusal =
                        new BookingRefusal(r.expertId(), r.projectId(), bookerId, rule.name(), clock.instant());
                refusal.setSkill(knownSkillOrNull(r));
                refusals.save(refusal);
                notifier.changed(r.expertId());
            }
        });
    }

    /**
     * The skill the booking is for: null when the request names none, else one of the expert's skills (as the
     * expert spells it), so that the dashboard's demand per skill counts what the experts offer.
     */
    private String skillOf(BookingRequest r) {
        if (r.skill() == null || r.skill().isBlank()) {
            return null;
        }
        String asked = r.skill().strip();
        return experts.card(r.expertId())
                .flatMap(card -> card.skills().stream()
                        .filter(s -> s.equalsIgnoreCase(asked))
                        .findFirst())
                .orElseThrow(() -> new UserMessageException("booking.skill.unknown"));
    }

    /** A refused request still records the skill it asked for, if the expert has it. */
    private String knownSkillOrNull(BookingRequest r) {
        try {
            return skillOf(r);
        } catch (UserMessageException unknown) {
            return null;
        }
    }

    private boolean maySeeDetails(Booking b) {
        return maySeeDetails(b.getExpertId(), b.getBookedById());
    }

    private boolean maySeeDetails(long expertId, long bookedById) {
        long me = currentUser.personId();
        return me == expertId || me == bookedById || currentUser.isManager();
    }

    private void requireMayCancel(Booking b, long me) {
        if (b.getBookedById() != me && b.getExpertId() != me && !currentUser.hasRole(Role.HEAD)) {
            throw AccessRefusals.refuse("booking", b.getId());
        }
    }

    private void requireBookerOrHead(Booking b) {
        if (b.getBookedById() != currentUser.personId() && !currentUser.hasRole(Role.HEAD)) {
            throw AccessRefusals.refuse("booking", b.getId());
        }
    }

    private static void requireHoldsTime(Booking b) {
        if (!b.getStatus().holdsTime()) {
            throw new ConcurrentChangeException("booking.alreadyClosed");
        }
    }

    /** The person on the other side of a change made by the signed-in person. */
    private long otherParty(Booking b) {
        return currentUser.personId() == b.getExpertId() ? b.getBookedById() : b.getExpertId();
    }

    private void notifyParty(Booking b, long personId, String key) {
        notifier.notifyParty(b, personId, key);
    }

    private Booking get(long bookingId) {
        return bookings.findById(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
    }

    private List<BookingRow> rows(List<Booking> list) {
        return rowMapper.rows(list);
    }

    private Map<Long, BookingRow> rowsById(Collection<Booking> list) {
        return rowMapper.rowsById(list);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
