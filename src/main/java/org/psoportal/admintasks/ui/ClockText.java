package org.psoportal.admintasks.ui;

import java.util.Locale;
import org.psoportal.admintasks.CardClock;

/**
 * What a card says of its service-level clock, in words (never only a colour): "2 h left", "1 d 3 h left",
 * "Breached 1 d", "Paused, 2 h left"; a stopped clock says "Met" or how far it was breached. Days are the office's
 * working days; the tone (at risk, breached) only adds a colour to the same words.
 */
final class ClockText {

    /** Translates a key with its arguments (a view's {@code getTranslation}). */
    @FunctionalInterface
    interface Translator {
        String get(String key, Object... args);
    }

    private ClockText() {}

    static String of(CardClock clock, Translator t) {
        if (clock == null) {
            return "";
        }
        long left = clock.leftMinutes();
        boolean breached = clock.tone() == CardClock.Tone.BREACHED;
        String amount = amount(breached ? -left : left, clock.dayMinutes(), t);
        return switch (clock.state()) {
            case STOPPED -> breached ? t.get("board.clock.breached", amount) : t.get("board.clock.met");
            case PAUSED ->
                breached ? t.get("board.clock.pausedBreached", amount) : t.get("board.clock.pausedLeft", amount);
            case RUNNING -> breached ? t.get("board.clock.breached", amount) : t.get("board.clock.left", amount);
        };
    }

    /** The CSS class of the clock's tone: the same words in the at-risk or breached colour. */
    static String toneClass(CardClock clock) {
        if (clock == null) {
            return "";
        }
        String tone =
                "pso-card-clock-" + clock.tone().name().toLowerCase(Locale.ROOT).replace("_", "-");
        return clock.state() == CardClock.State.PAUSED ? tone + " pso-card-clock-paused" : tone;
    }

    /** "1 d 3 h", "2 h 15 min", "45 min" (working days of {@code dayMinutes}). */
    static String amount(long minutes, int dayMinutes, Translator t) {
        long m = Math.max(0, minutes);
        long days = dayMinutes > 0 ? m / dayMinutes : 0;
        long rest = m - days * dayMinutes;
        long hours = rest / 60;
        long mins = rest % 60;
        if (days > 0) {
            return hours > 0 ? t.get("board.clock.daysHours", days, hours) : t.get("board.clock.days", days);
        }
        if (hours > 0) {
            return mins > 0 ? t.get("board.clock.hoursMinutes", hours, mins) : t.get("board.clock.hours", hours);
        }
        return t.get("board.clock.minutes", mins);
    }
}
