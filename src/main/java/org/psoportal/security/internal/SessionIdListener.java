package org.psoportal.security.internal;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import org.springframework.stereotype.Component;

/** Keeps {@link ActiveSessions} right when Spring Security changes the session id at sign-in. */
@Component
class SessionIdListener implements HttpSessionIdListener {

    private final ActiveSessions sessions;

    SessionIdListener(ActiveSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.sessionIdChanged(event.getSession(), oldSessionId);
    }
}
