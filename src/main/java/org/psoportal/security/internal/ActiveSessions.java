package org.psoportal.security.internal;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.psoportal.security.AccessChanged;
import org.psoportal.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Knows the open HTTP sessions so that a change of someone's access ({@link AccessChanged}: roles, password,
 * deactivation) ends their other sessions at once, on every instance ({@code AccessChanged} crosses instances through
 * {@code shared.cluster.RedisEventRelay}). (Spring Security's session registry only marks sessions expired
 * for the next HTTP request; Vaadin's push connection would not see that.)
 *
 * <p>Ending is done in two steps, both after the change has committed: each session is first <em>marked</em>
 * ({@link #ENDED}), which {@link EndedSessionFilter} honours on that session's very next request, and then
 * invalidated on a thread of its own. That thread carries no Vaadin state of the person who made the change: invalidating
 * another person's session closes their Vaadin UIs (detaching their views, which release their listeners, e.g. an
 * open board's), and doing that from the head's request thread mixed the two sessions (the head saw an error raised by a
 * signal of the other session).
 */
@Component
public class ActiveSessions implements HttpSessionListener, MeterBinder {

    /** Session attribute: the session was ended because the person's access changed (the reason's name). */
    public static final String ENDED = ActiveSessions.class.getName() + ".ENDED";

    private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final ExecutorService ender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-ender");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** Metric pso.sessions.open (docs/operations.md, "Metrics"). */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pso.sessions.open", sessions, Map::size)
                .description("Open HTTP sessions of this instance (signed in or not)")
                .register(registry);
    }

    /** The session id changes at sign-in (fixation protection): follow the change. */
    public void sessionIdChanged(HttpSession session, String oldId) {
        sessions.remove(oldId);
        sessions.put(session.getId(), session);
    }

    /**
     * After the change committed: ends the person's open sessions, except, when the person changed their own record,
     * the session that made the change (a deactivation keeps none; nobody can deactivate themselves).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onAccessChanged(AccessChanged event) {
        String keep = event.reason() == AccessChanged.Reason.DEACTIVATED ? null : currentSessionIdOf(event.personId());
        int ended = endSessionsOf(event.personId(), keep, event.reason().name());
        log.info("Access of person {} changed ({}): {} open session(s) ended", event.personId(), event.reason(), ended);
    }

    /** Ends every open session of the person (marks it at once, invalidates it on the ending thread). */
    public int endSessionsOf(long personId) {
        return endSessionsOf(personId, null, "ENDED");
    }

    int endSessionsOf(long personId, String keepSessionId, String reason) {
        List<HttpSession> toEnd = new ArrayList<>();
        for (HttpSession session : sessions.values()) {
            try {
                if (!session.getId().equals(keepSessionId) && personId(session) == personId) {
                    session.setAttribute(ENDED, reason);
                    toEnd.add(session);
                }
            } catch (IllegalStateException alreadyInvalidated) {
                sessions.remove(session.getId());
            }
        }
        if (!toEnd.isEmpty()) {
            ender.execute(() -> invalidate(toEnd));
        }
        return toEnd.size();
    }

    private void invalidate(List<HttpSession> toEnd) {
        CurrentInstance.clearAll();
        for (HttpSession session : toEnd) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // ended meanwhile (signed out, timed out, or by its own next request)
            } catch (RuntimeException e) {
                log.warn("Ending session failed; its next request ends it", e);
            } finally {
                sessions.remove(session.getId());
                CurrentInstance.clearAll();
            }
        }
    }

    /** The id of the current request's session, when it is signed in as that person; otherwise null. */
    private static String currentSessionIdOf(long personId) {
        HttpSession current = currentSession();
        try {
            return current != null && personId(current) == personId ? current.getId() : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static HttpSession currentSession() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null
                && vaadin.getSession() != null
                && vaadin.getSession() instanceof com.vaadin.flow.server.WrappedHttpSession wrapped) {
            return wrapped.getHttpSession();
        }
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
            return servlet.getRequest().getSession(false);
        }
        return null;
    }

    private static long personId(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext sc && sc.getAuthentication() != null) {
            return PortalUser.of(sc.getAuthentication().getPrincipal())
                    .map(PortalUser::personId)
                    .orElse(-1L);
        }
        return -1;
    }

    /** Open sessions known (for tests and diagnostics). */
    int openSessions() {
        return sessions.size();
    }

    @PreDestroy
    void stop() {
        ender.shutdown();
    }
}
