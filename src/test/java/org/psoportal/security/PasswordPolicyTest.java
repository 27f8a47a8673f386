package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.UserMessageException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private static void refusedWith(Runnable check, String key) {
        assertThatThrownBy(check::run)
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey())
                .isEqualTo(key);
    }

    @Test
    void theBundledListHoldsTheTenThousandMostCommonPasswords() {
        assertThat(policy.commonCount()).isGreaterThanOrEqualTo(9_900);
    }

    @Test
    void commonPasswordsAreRefusedInAnyCase() {
        for (String common : new String[] {
            "password",
            "PassWord",
            "12345678",
            "iloveyou",
            "qwertyuiop",
            "QWERTY123",
            "sunshine",
            "football",
            "baseball1"
        }) {
            refusedWith(() -> policy.check(common), "person.password.common");
        }
    }

    @Test
    void theLengthLimitIsBcryptsSeventyTwoBytesNotCharacters() {
        String fortyAccented = "é".repeat(40); // 40 characters, 80 bytes: used to crash BCrypt ("Something went wrong")
        refusedWith(() -> policy.check(fortyAccented), "person.password.tooLong");
        String seventyThreeBytes = "ü" + "x".repeat(71);
        assertThat(seventyThreeBytes.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        refusedWith(() -> policy.check(seventyThreeBytes), "person.password.tooLong");
        String seventyTwoBytes = "ü" + "x".repeat(70);
        assertThatCode(() -> policy.check(seventyTwoBytes)).doesNotThrowAnyException();
    }

    @Test
    void longPassphrasesAreAllowed() {
        String passphrase = "correct horse battery staple and a quiet walk along the river ok";
        assertThat(passphrase).hasSize(64);
        assertThatCode(() -> policy.check(passphrase)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("x".repeat(72))).doesNotThrowAnyException();
    }

    @Test
    void shortPasswordsAreRefusedCountingCharactersNotUnits() {
        refusedWith(() -> policy.check("seven77"), "person.password.tooShort");
        refusedWith(() -> policy.check(null), "person.password.tooShort");
        // four emoji are eight UTF-16 units but four characters
        refusedWith(() -> policy.check("\uD83D\uDE00".repeat(4)), "person.password.tooShort");
    }
}
