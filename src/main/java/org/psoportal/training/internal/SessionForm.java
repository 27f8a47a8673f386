package org.psoportal.training.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * What the session dialog edits. Times are local to the portal's zone (as people type them); the service turns them
 * into instants. The limits here are the one home of the field rules: the dialog's binder and the service check the
 * same annotations.
 */
public class SessionForm {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 480;
    public static final int MAX_SEATS = 500;
    public static final int MAX_OCCURRENCES = 26;

    @NotNull(message = "{training.expert.required}") private Long expertId;

    @NotBlank(message = "{training.title.required}") @Size(max = 200, message = "{training.title.tooLong}") private String title = "";

    @Size(max = 60, message = "{training.skill.tooLong}") private String skill;

    @Size(max = 4000, message = "{training.description.tooLong}") private String description = "";

    @NotNull(message = "{training.start.required}") private LocalDateTime start;

    @Min(value = MIN_LENGTH, message = "{training.length.range}") @Max(value = MAX_LENGTH, message = "{training.length.range}") private int lengthMinutes = 60;

    @Size(max = 200, message = "{training.place.tooLong}") private String place = "";

    @Size(max = 500, message = "{training.link.tooLong}") @Pattern(regexp = "^$|^https?://\\S+$", message = "{training.link.invalid}") private String meetingLink = "";

    @Min(value = 1, message = "{training.seats.range}") @Max(value = MAX_SEATS, message = "{training.seats.range}") private int seats = 10;

    /** Null: registration closes when the session starts. */
    private LocalDateTime deadline;

    @NotNull private Audience audience = Audience.EVERYONE;

    private Set<Long> projectIds = new HashSet<>();

    @NotNull private Repeat repeat = Repeat.NONE;

    @Min(value = 1, message = "{training.occurrences.range}") @Max(value = MAX_OCCURRENCES, message = "{training.occurrences.range}") private int occurrences = 1;

    public Long getExpertId() {
        return expertId;
    }

    public void setExpertId(Long expertId) {
        this.expertId = expertId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getSkill() {
        return skill;
    }

    public void setSkill(String skill) {
        this.skill = skill;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public int getLengthMinutes() {
        return lengthMinutes;
    }

    public void setLengthMinutes(int lengthMinutes) {
        this.lengthMinutes = lengthMinutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place == null ? "" : place;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public void setMeetingLink(String meetingLink) {
        this.meetingLink = meetingLink == null ? "" : meetingLink.strip();
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience == null ? Audience.EVERYONE : audience;
    }

    public Set<Long> getProjectIds() {
        return projectIds;
    }

    public void setProjectIds(Set<Long> projectIds) {
        this.projectIds = projectIds == null ? new HashSet<>() : new HashSet<>(projectIds);
    }

    public Repeat getRepeat() {
        return repeat;
    }

    public void setRepeat(Repeat repeat) {
        this.repeat = repeat == null ? Repeat.NONE : repeat;
    }

    public int getOccurrences() {
        return occurrences;
    }

    public void setOccurrences(int occurrences) {
        this.occurrences = occurrences;
    }
}
