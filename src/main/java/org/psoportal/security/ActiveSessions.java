package org.psoportal.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.psoportal.security.PersonDeactivated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Knows the open HTTP sessions so that deactivating a person ends theirs at once. (Spring Security's session
 * registry only marks sessions expired for the next HTTP request; Vaadin's push connection would not see that.)
 */
@Component
public class ActiveSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** The session id changes at sign-in (fixation protection): follow the change. */
    public void sessionIdChanged(HttpSession session, String oldId) {
        sessions.remove(oldId);
        sessions.put(session.getId(), session);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onDeactivated(PersonDeactivated event) {
        int ended = endSessionsOf(event.personId());
        log.info("Person {} deactivated: {} open session(s) ended", event.personId(), ended);
    }

    public int endSessionsOf(long personId) {
        int ended = 0;
        for (HttpSession session : sessions.values()) {
            try {
                Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                if (context instanceof SecurityContext sc && sc.getAuthentication() != null
                        && sc.getAuthentication().getPrincipal() instanceof PortalUser user
                        && user.personId() == personId) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalidated) {
                sessions.remove(session.getId());
            }
        }
        return ended;
    }
}
