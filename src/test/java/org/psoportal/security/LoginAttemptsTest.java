package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.psoportal.security.internal.LoginAttempts;

class LoginAttemptsTest {

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock();
    private final LoginAttempts attempts = new LoginAttempts(clock);

    @Test
    void locksAfterFiveFailuresForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("Someone@Example.org", "10.0.0.1");
        }
        assertThat(attempts.isLocked("someone@example.org")).isFalse();
        attempts.failed("someone@example.org", "10.0.0.1");
        assertThat(attempts.isLocked("SOMEONE@example.org")).isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(attempts.isLocked("someone@example.org")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(attempts.isLocked("someone@example.org")).isFalse();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("a@example.org", null);
        }
        attempts.succeeded("a@example.org");
        attempts.failed("a@example.org", null);
        assertThat(attempts.isLocked("a@example.org")).isFalse();
    }

    @Test
    void slowsAnAddressThatKeepsFailingAcrossAccounts() {
        for (int i = 0; i < 3; i++) {
            attempts.failed("user" + i + "@example.org", "10.0.0.9");
        }
        assertThat(attempts.delayFor("10.0.0.9")).isZero();
        attempts.failed("user9@example.org", "10.0.0.9");
        assertThat(attempts.delayFor("10.0.0.9")).isEqualTo(Duration.ofMillis(250));
        attempts.failed("user10@example.org", "10.0.0.9");
        assertThat(attempts.delayFor("10.0.0.9")).isEqualTo(Duration.ofMillis(500));
        for (int i = 0; i < 20; i++) {
            attempts.failed("x@example.org", "10.0.0.9");
        }
        assertThat(attempts.delayFor("10.0.0.9")).isEqualTo(LoginAttempts.MAX_DELAY);
        assertThat(attempts.delayFor("10.0.0.10")).isZero();
    }

    @Test
    void unknownNamesAreCountedUnderOneNormalisedKeyForEverySpelling() {
        String[] spellings = {
            "Nobody@Example.org",
            "  nobody@example.org\t",
            "n\u00f3body@example.org",
            "no\u0301body@example.org",
            "\uff4e\uff4f\uff42\uff4f\uff44\uff59@example.org"
        };
        for (String spelling : spellings) {
            assertThat(LoginAttempts.nameKey(spelling)).isEqualTo(LoginAttempts.nameKey("nobody@example.org"));
            attempts.failed(spelling, null);
        }
        assertThat(attempts.isLocked("NOBODY@EXAMPLE.ORG")).isTrue();
        assertThat(LoginAttempts.nameKey("person:1")).isNotEqualTo(LoginAttempts.personKey(1));
    }

    @Test
    void aCorrectSignInIsNotDelayedByOtherPeoplesFailuresFromTheSameAddress() {
        for (int i = 0; i < 20; i++) {
            attempts.failedFor(LoginAttempts.personKey(1), "10.0.0.7");
        }
        assertThat(attempts.delayFor("10.0.0.7", false)).isEqualTo(LoginAttempts.MAX_DELAY);
        assertThat(attempts.delayFor("10.0.0.7", true)).isZero();
        assertThat(attempts.isLockedFor(LoginAttempts.personKey(2))).isFalse();
    }
}
