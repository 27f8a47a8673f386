package org.psoportal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.psoportal.shared.UserMessageException;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must meet (ASVS 5.0 6.2): at least {@link #MIN_LENGTH} characters; at most
 * {@link #MAX_BYTES} bytes in UTF-8, because BCrypt reads no further (and Spring Security's encoder refuses longer
 * input, which used to surface as "Something went wrong"): 72 letters without accents, fewer with accents or other
 * symbols, so passphrases of 64 plain characters fit; and not one of the 10,000 most common passwords
 * ({@code security/common-passwords.txt}, SecLists, MIT licence, see the NOTICE file beside it), compared without
 * regard to case.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** BCrypt uses the first 72 bytes of a password. */
    public static final int MAX_BYTES = 72;

    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Throws a {@link UserMessageException} (keys {@code person.password.*}) when the password is not allowed. */
    public void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new UserMessageException("person.password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new UserMessageException("person.password.tooLong", MAX_BYTES);
        }
        if (isCommon(password)) {
            throw new UserMessageException("person.password.common");
        }
    }

    /** Whether the password, in any case, is on the bundled list of common passwords. */
    public boolean isCommon(String password) {
        return password != null && common.contains(password.toLowerCase(Locale.ROOT));
    }

    int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isEmpty()) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
