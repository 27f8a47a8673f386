package org.psoportal.security;

/**
 * The company directory did not answer (down, unreachable, or slower than its timeout) or refused the service
 * account. Sign-in says so instead of "wrong password" (the password was never checked; the sign-in failure carries
 * this as its cause); the sync reports it and changes nothing.
 */
public class DirectoryUnreachable extends RuntimeException {

    public DirectoryUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
