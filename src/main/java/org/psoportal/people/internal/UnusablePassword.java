package org.psoportal.people.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password hash of people who get no local password (imported in bulk, or from the identity provider): the BCrypt hash of a random secret
 * nobody knows, so no password typed at the sign-in form matches it. Made once per start rather than per person:
 * BCrypt takes about a tenth of a second a hash on purpose, which would make a 5,000-person import take minutes;
 * sharing the hash of an unknown secret gives nobody anything to sign in with.
 */
@Component
public class UnusablePassword {

    private final PasswordEncoder passwordEncoder;
    private volatile String hash;

    UnusablePassword(PasswordEncoder passwordEncoder) {
        this.passwordEncoder = passwordEncoder;
    }

    public String hash() {
        String h = hash;
        if (h == null) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            h = passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
            hash = h;
        }
        return h;
    }
}
