package org.psoportal.audit.internal;

import java.time.Clock;
import org.psoportal.security.AccessRefused;
import org.psoportal.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins (Spring Security's authentication events: success, wrong password or unknown e-mail, locked,
 * deactivated), sign-outs and refused accesses ({@link AccessRefused}, published by the one place refusals are logged).
 * Each entry is committed on its own, so it stays even when the refused call's transaction rolls back.
 */
@Component
class SecurityAudit {

    private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);

    private final AuditWriter writer;
    private final Clock clock;

    SecurityAudit(AuditWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        writeSession(event.getAuthentication(), AuditAction.SIGNED_IN, address(event.getAuthentication()));
    }

    /** Signing out (Spring Security's logout handlers, which Vaadin's sign-out runs) is recorded like signing in. */
    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        writeSession(event.getAuthentication(), AuditAction.SIGNED_OUT, Who.remoteAddress());
    }

    private void writeSession(Authentication auth, AuditAction action, String remoteAddress) {
        var person = PortalUser.of(auth.getPrincipal());
        Long personId = person.map(PortalUser::personId).orElse(null);
        write(new AuditEntry(
                0,
                clock.instant(),
                personId,
                person.map(PortalUser::email).orElseGet(auth::getName),
                AuditCategory.SIGN_IN,
                action.name(),
                personId == null ? null : "person",
                personId,
                null,
                remoteAddress));
    }

    /** The actor of a failed sign-in is the e-mail that was typed (cleaned on writing): nobody is signed in. */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        AuditAction reason = switch (event) {
            case AuthenticationFailureBadCredentialsEvent e -> AuditAction.BAD_CREDENTIALS;
            case AuthenticationFailureLockedEvent e -> AuditAction.LOCKED;
            case AuthenticationFailureDisabledEvent e -> AuditAction.DISABLED;
            default -> AuditAction.FAILED;
        };
        String tried = String.valueOf(auth.getPrincipal()).trim();
        write(new AuditEntry(
                0,
                clock.instant(),
                null,
                tried.isEmpty() ? "?" : tried,
                AuditCategory.SIGN_IN_FAILED,
                reason.name(),
                null,
                null,
                null,
                address(auth)));
    }

    @EventListener
    void onRefused(AccessRefused refusal) {
        write(new AuditEntry(
                0,
                clock.instant(),
                refusal.personId(),
                refusal.actor(),
                AuditCategory.ACCESS_REFUSED,
                AuditAction.REFUSED.name(),
                refusal.what(),
                refusal.objectId(),
                refusal.objectId() == null ? refusal.which() : null,
                Who.remoteAddress()));
    }

    /**
     * A failure to record must not turn a sign-in or a refusal into an error page; it is logged loudly instead.
     * (Changes to data are different: their entry is written in the change's own transaction, see
     * {@link EntityAudit}, so a change is never committed without its entry.)
     */
    private void write(AuditEntry entry) {
        try {
            writer.writeNow(entry);
        } catch (RuntimeException e) {
            log.error("Audit entry not recorded: {} {}", entry.category(), entry.action(), e);
        }
    }

    private static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : Who.remoteAddress();
    }
}
