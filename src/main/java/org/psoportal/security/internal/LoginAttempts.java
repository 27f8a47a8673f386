package org.psoportal.security.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address. After {@link #MAX_FAILURES} failures an account is
 * locked for {@link #LOCK_DURATION}; repeated failures from one address slow that address's <em>failing</em>
 * attempts down. Kept in memory: a restart forgets the counts, which is acceptable for a single-server portal.
 *
 * <p>An account is counted under one key however its name was typed: {@link AccountKeys} resolves the typed name to
 * the person through the same database lookup sign-in uses (so every spelling the column's collation treats as equal
 * reaches the same person id), and names that belong to nobody under {@link #nameKey(String)}, a normalised form.
 *
 * <p>The address slow-down is applied only to failures, after the password was checked ({@link LoginAttemptListener}):
 * a correct sign-in is never delayed by other people's failures from the same address (a shared office or proxy).
 */
@Component
public class LoginAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** Failures from one address before its failing sign-ins are slowed down. */
    static final int FREE_ADDRESS_FAILURES = 3;

    public static final Duration MAX_DELAY = Duration.ofSeconds(5);

    /** How the listener waits; tests replace it to record the waits instead of sleeping. */
    public interface Pause {
        void pause(Duration delay) throws InterruptedException;
    }

    private final Clock clock;
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private volatile Pause pause = Thread::sleep;

    public LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    /** The key of an account that exists: its person id, whatever spelling of its e-mail was typed. */
    public static String personKey(long personId) {
        return "person:" + personId;
    }

    /**
     * The key of a typed name that belongs to nobody: surrounding white space removed, compatibility forms folded
     * (NFKC: full-width letters, ligatures), accents removed and case folded, roughly as {@code utf8mb4_unicode_ci}
     * compares. Never equal to a {@link #personKey(long)}.
     */
    public static String nameKey(String typed) {
        if (typed == null) {
            return "name:";
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return "name:"
                + folded.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Counts a failure of a typed name that belongs to nobody (or that the caller did not resolve). */
    public void failed(String typedName, String address) {
        failedFor(nameKey(typedName), address);
    }

    /** Counts a failure of an account ({@link #personKey} or {@link #nameKey}) from an address (may be null). */
    public void failedFor(String accountKey, String address) {
        Instant now = clock.instant();
        byAccount.compute(accountKey, (k, f) -> Failures.next(f, now));
        failedFrom(address);
    }

    /** Counts a failure against the address only (an attempt on a locked account). */
    public void failedFrom(String address) {
        if (address != null) {
            Instant now = clock.instant();
            byAddress.compute(address, (k, f) -> Failures.next(f, now));
        }
    }

    public void succeeded(String typedName) {
        succeededFor(nameKey(typedName));
    }

    public void succeededFor(String accountKey) {
        byAccount.remove(accountKey);
    }

    public boolean isLocked(String typedName) {
        return isLockedFor(nameKey(typedName));
    }

    public boolean isLockedFor(String accountKey) {
        Failures f = byAccount.get(accountKey);
        return f != null
                && f.count() >= MAX_FAILURES
                && clock.instant().isBefore(f.last().plus(LOCK_DURATION));
    }

    /**
     * How long a failed sign-in from this address waits before it is answered: doubling from 250 ms after a few
     * failures, capped at {@link #MAX_DELAY}.
     */
    public Duration delayFor(String address) {
        Failures f = address == null ? null : byAddress.get(address);
        if (f == null || clock.instant().isAfter(f.last().plus(LOCK_DURATION)) || f.count() <= FREE_ADDRESS_FAILURES) {
            return Duration.ZERO;
        }
        int extra = Math.min(f.count() - FREE_ADDRESS_FAILURES, 10);
        Duration delay = Duration.ofMillis(250L << (extra - 1));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /**
     * How long an attempt from this address waits before it is answered, once its outcome is known: a successful
     * sign-in never waits; a failed one waits {@link #delayFor(String)}.
     */
    public Duration delayFor(String address, boolean succeeded) {
        return succeeded ? Duration.ZERO : delayFor(address);
    }

    /** Waits the delay of an answered attempt (on the request's own thread, before the answer is sent). */
    void pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            pause.pause(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: record waits instead of sleeping. Returns the previous way of waiting. */
    public Pause usePause(Pause replacement) {
        Pause previous = pause;
        pause = replacement;
        return previous;
    }

    /** Failures counted within a window: a failure after the lock period has passed starts a new count. */
    record Failures(int count, Instant last) {
        static Failures next(Failures previous, Instant now) {
            if (previous == null || now.isAfter(previous.last().plus(LOCK_DURATION))) {
                return new Failures(1, now);
            }
            return new Failures(previous.count() + 1, now);
        }
    }
}
