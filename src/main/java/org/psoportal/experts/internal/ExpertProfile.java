package org.psoportal.experts.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.experts.TimeOff;
import org.psoportal.experts.WorkingHours;

/**
 * An expert's profile. Skills, working hours and time off are value collections of the profile (their tables
 * belong to it and are only ever written with it), so one aggregate and one repository cover all four tables.
 */
@Entity
@Table(name = "expert_profile")
public class ExpertProfile {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, length = 120)
    private String headline;

    @Column(length = 2000)
    private String bio;

    @Column(name = "weekly_capacity_hours", nullable = false)
    private int weeklyCapacityHours = 20;

    @Column(nullable = false)
    private boolean bookable = true;

    @Column(name = "min_notice_minutes", nullable = false)
    private int minNoticeMinutes = 120;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays = 56;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes = 15;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes = 30;

    @Column(name = "min_length_minutes", nullable = false)
    private int minLengthMinutes = 30;

    @Column(name = "max_length_minutes", nullable = false)
    private int maxLengthMinutes = 240;

    @Column(name = "requires_approval", nullable = false)
    private boolean requiresApproval;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_skill", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "skill", nullable = false, length = 60)
    private Set<String> skills = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_working_hours", joinColumns = @JoinColumn(name = "expert_id"))
    private Set<HoursRow> hours = new java.util.HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_time_off", joinColumns = @JoinColumn(name = "expert_id"))
    private Set<TimeOffRow> timeOff = new java.util.HashSet<>();

    @Version
    private long version;

    protected ExpertProfile() {}

    public ExpertProfile(long personId, String headline) {
        this.personId = personId;
        this.headline = headline;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getHeadline() {
        return headline;
    }

    String getBio() {
        return bio;
    }

    public Set<String> getSkills() {
        return new TreeSet<>(skills);
    }

    public void apply(ExpertProfileForm f) {
        headline = f.getHeadline().trim();
        bio = f.getBio() == null || f.getBio().isBlank() ? null : f.getBio().trim();
        weeklyCapacityHours = f.getWeeklyCapacityHours();
        bookable = f.isBookable();
        minNoticeMinutes = f.getMinNoticeMinutes();
        horizonDays = f.getHorizonDays();
        bufferMinutes = f.getBufferMinutes();
        slotMinutes = f.getSlotMinutes();
        minLengthMinutes = f.getMinLengthMinutes();
        maxLengthMinutes = f.getMaxLengthMinutes();
        requiresApproval = f.isRequiresApproval();
        skills.clear();
        f.getSkills().stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(skills::add);
        setHours(f.getHours());
        setTimeOff(f.getTimeOff());
    }

    void setHours(Collection<WorkingHours> list) {
        hours.clear();
        list.forEach(h -> hours.add(new HoursRow(h.day().getValue(), h.start(), h.end())));
    }

    void setTimeOff(Collection<TimeOff> list) {
        timeOff.clear();
        list.forEach(t -> timeOff.add(new TimeOffRow(t.first(), t.last(), t.reason())));
    }

    public ExpertSchedule schedule() {
        return schedule(
                personId,
                bookable,
                weeklyCapacityHours,
                minNoticeMinutes,
                horizonDays,
                bufferMinutes,
                slotMinutes,
                minLengthMinutes,
                maxLengthMinutes,
                requiresApproval,
                hours,
                timeOff);
    }

    /**
     * The one mapping of a profile's columns and its hours and time-off rows to the schedule the booking rules read:
     * for the loaded entity ({@link #schedule()}) and for the booking path's locking read ({@link ScheduleLock}),
     * which reads the same columns without loading the entity.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static ExpertSchedule schedule(
            long personId,
            boolean bookable,
            int weeklyCapacityHours,
            int minNoticeMinutes,
            int horizonDays,
            int bufferMinutes,
            int slotMinutes,
            int minLengthMinutes,
            int maxLengthMinutes,
            boolean requiresApproval,
            Collection<HoursRow> hours,
            Collection<TimeOffRow> timeOff) {
        List<WorkingHours> wh = new ArrayList<>();
        hours.forEach(h -> wh.add(new WorkingHours(DayOfWeek.of(h.dayOfWeek), h.startTime, h.endTime)));
        wh.sort(java.util.Comparator.comparing(WorkingHours::day).thenComparing(WorkingHours::start));
        List<TimeOff> off = new ArrayList<>();
        timeOff.forEach(t -> off.add(new TimeOff(t.firstDay, t.lastDay, t.reason)));
        off.sort(java.util.Comparator.comparing(TimeOff::first));
        return new ExpertSchedule(
                personId,
                bookable,
                weeklyCapacityHours,
                minNoticeMinutes,
                horizonDays,
                bufferMinutes,
                slotMinutes,
                minLengthMinutes,
                maxLengthMinutes,
                requiresApproval,
                wh,
                off);
    }

    public ExpertProfileForm toForm() {
        ExpertSchedule s = schedule();
        ExpertProfileForm f = new ExpertProfileForm();
        f.setHeadline(headline);
        f.setBio(bio);
        f.setWeeklyCapacityHours(weeklyCapacityHours);
        f.setBookable(bookable);
        f.setMinNoticeMinutes(minNoticeMinutes);
        f.setHorizonDays(horizonDays);
        f.setBufferMinutes(bufferMinutes);
        f.setSlotMinutes(slotMinutes);
        f.setMinLengthMinutes(minLengthMinutes);
        f.setMaxLengthMinutes(maxLengthMinutes);
        f.setRequiresApproval(requiresApproval);
        f.setSkills(new ArrayList<>(skills));
        f.setHours(s.hours());
        f.setTimeOff(s.timeOff());
        return f;
    }

    /** A row of expert_working_hours; its own id column is filled by the database and never needed here. */
    @Embeddable
    static class HoursRow {
        @Column(name = "day_of_week", nullable = false)
        byte dayOfWeek;

        @Column(name = "start_time", nullable = false)
        LocalTime startTime;

        @Column(name = "end_time", nullable = false)
        LocalTime endTime;

        protected HoursRow() {}

        HoursRow(int dayOfWeek, LocalTime startTime, LocalTime endTime) {
            this.dayOfWeek = (byte) dayOfWeek;
            this.startTime = startTime;
            this.endTime = endTime;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof HoursRow h
                    && h.dayOfWeek == dayOfWeek
                    && h.startTime.equals(startTime)
                    && h.endTime.equals(endTime);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(dayOfWeek, startTime, endTime);
        }
    }

    @Embeddable
    static class TimeOffRow {
        @Column(name = "first_day", nullable = false)
        LocalDate firstDay;

        @Column(name = "last_day", nullable = false)
        LocalDate lastDay;

        @Column(name = "reason", length = 200)
        String reason;

        protected TimeOffRow() {}

        TimeOffRow(LocalDate firstDay, LocalDate lastDay, String reason) {
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            this.reason = reason;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TimeOffRow t
                    && t.firstDay.equals(firstDay)
                    && t.lastDay.equals(lastDay)
                    && java.util.Objects.equals(t.reason, reason);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(firstDay, lastDay, reason);
        }
    }
}
