package org.psoportal.experts.internal;

import java.util.ArrayList;
import java.util.List;
import org.psoportal.experts.ExpertService;
import org.psoportal.experts.TimeOff;
import org.psoportal.experts.WorkingHours;

/** The profile editor's bean; checked by {@link ExpertService#save} (the one place the limits live). */
public class ExpertProfileForm {

    private String headline = "";
    private String bio;
    private int weeklyCapacityHours = 20;
    private boolean bookable = true;
    private int minNoticeMinutes = 120;
    private int horizonDays = 56;
    private int bufferMinutes = 15;
    private int slotMinutes = 30;
    private int minLengthMinutes = 30;
    private int maxLengthMinutes = 240;
    private boolean requiresApproval;
    private List<String> skills = new ArrayList<>();
    private List<WorkingHours> hours = new ArrayList<>();
    private List<TimeOff> timeOff = new ArrayList<>();

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public int getWeeklyCapacityHours() {
        return weeklyCapacityHours;
    }

    public void setWeeklyCapacityHours(int v) {
        this.weeklyCapacityHours = v;
    }

    public boolean isBookable() {
        return bookable;
    }

    public void setBookable(boolean bookable) {
        this.bookable = bookable;
    }

    public int getMinNoticeMinutes() {
        return minNoticeMinutes;
    }

    public void setMinNoticeMinutes(int v) {
        this.minNoticeMinutes = v;
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public void setHorizonDays(int v) {
        this.horizonDays = v;
    }

    public int getBufferMinutes() {
        return bufferMinutes;
    }

    public void setBufferMinutes(int v) {
        this.bufferMinutes = v;
    }

    public int getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(int v) {
        this.slotMinutes = v;
    }

    public int getMinLengthMinutes() {
        return minLengthMinutes;
    }

    public void setMinLengthMinutes(int v) {
        this.minLengthMinutes = v;
    }

    public int getMaxLengthMinutes() {
        return maxLengthMinutes;
    }

    public void setMaxLengthMinutes(int v) {
        this.maxLengthMinutes = v;
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public void setRequiresApproval(boolean v) {
        this.requiresApproval = v;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = new ArrayList<>(skills);
    }

    public List<WorkingHours> getHours() {
        return hours;
    }

    public void setHours(List<WorkingHours> hours) {
        this.hours = new ArrayList<>(hours);
    }

    public List<TimeOff> getTimeOff() {
        return timeOff;
    }

    public void setTimeOff(List<TimeOff> timeOff) {
        this.timeOff = new ArrayList<>(timeOff);
    }
}
