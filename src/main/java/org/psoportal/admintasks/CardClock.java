package org.psoportal.admintasks;

/**
 * A card's service-level clock as it stands now: the target and the working time used of it, both in working
 * minutes, and whether it runs (To do, In progress), is paused (Waiting) or has stopped (Done).
 *
 * @param dayMinutes the length of the office's working day, to say time in working days ("1 d 3 h")
 */
public record CardClock(long targetMinutes, long usedMinutes, State state, int dayMinutes) {

    /** From this share of the target used (in percent), a clock is at risk. */
    public static final int AT_RISK_PERCENT = 80;

    public enum State {
        RUNNING,
        PAUSED,
        STOPPED
    }

    public enum Tone {
        ON_TRACK,
        AT_RISK,
        BREACHED
    }

    /** Working minutes left; negative once breached (by how much). */
    public long leftMinutes() {
        return targetMinutes - usedMinutes;
    }

    public Tone tone() {
        return toneOf(targetMinutes, usedMinutes);
    }

    /** The rule: breached once the target is used up, at risk from {@link #AT_RISK_PERCENT} % of it. */
    public static Tone toneOf(long targetMinutes, long usedMinutes) {
        if (usedMinutes > targetMinutes) {
            return Tone.BREACHED;
        }
        if (usedMinutes * 100 >= targetMinutes * AT_RISK_PERCENT) {
            return Tone.AT_RISK;
        }
        return Tone.ON_TRACK;
    }
}
