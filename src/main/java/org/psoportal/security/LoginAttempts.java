package org.psoportal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per e-mail and per client address. After {@link #MAX_FAILURES} failures an account is
 * locked for {@link #LOCK_DURATION}; repeated failures from one address slow that address down. Kept in memory:
 * a restart forgets the counts, which is acceptable for a single-server portal.
 */
@Component
public class LoginAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** Failures from one address before its sign-ins are slowed down. */
    static final int FREE_ADDRESS_FAILURES = 3;
    static final Duration MAX_DELAY = Duration.ofSeconds(5);

    private final Clock clock;
    private final Map<String, Failures> byEmail = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        byEmail.compute(key(email), (k, f) -> Failures.next(f, now));
        if (address != null) {
            byAddress.compute(address, (k, f) -> Failures.next(f, now));
        }
    }

    public void succeeded(String email) {
        byEmail.remove(key(email));
    }

    public boolean isLocked(String email) {
        Failures f = byEmail.get(key(email));
        return f != null && f.count() >= MAX_FAILURES && clock.instant().isBefore(f.last().plus(LOCK_DURATION));
    }

    /** How long a sign-in attempt from this address waits: doubling from 250 ms after a few failures, capped. */
    public Duration delayFor(String address) {
        Failures f = address == null ? null : byAddress.get(address);
        if (f == null || clock.instant().isAfter(f.last().plus(LOCK_DURATION)) || f.count() <= FREE_ADDRESS_FAILURES) {
            return Duration.ZERO;
        }
        int extra = Math.min(f.count() - FREE_ADDRESS_FAILURES, 10);
        Duration delay = Duration.ofMillis(250L << (extra - 1));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
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
