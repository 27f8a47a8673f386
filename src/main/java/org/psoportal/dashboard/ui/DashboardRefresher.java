package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.psoportal.dashboard.OfficeFiguresChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Pushes a refresh to every open dashboard when the shared office figures changed ({@link OfficeFiguresChanged}:
 * after a committed task or booking change, at most every few seconds, see SharedOfficeFigures). The dashboards
 * also poll every minute, so a change nobody announced still shows up.
 *
 * <p>The refreshes run one at a time on a thread of their own, and a dashboard with a refresh already waiting gets
 * no second one: done in the request of whoever moved a card (as {@code ui.access} does when the dashboard's
 * session is free), the move took the refresh's time times the number of open dashboards (the load test: over 60 s
 * with 20 open; docs/performance.md). Dashboards with the same filter share one computation of the figures.
 */
@Component
class DashboardRefresher {

    private final Map<Object, Listener> listeners = new ConcurrentHashMap<>();
    private final Set<Object> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-refresher");
        t.setDaemon(true);
        return t;
    });

    /**
     * Call from the request thread of the view's user: their security context is kept and set while the refresh
     * runs, because a change event arrives in the thread of whoever made the change.
     */
    Registration register(UI ui, Runnable refresh) {
        Object key = new Object();
        SecurityContext viewer = SecurityContextHolder.getContext();
        listeners.put(key, new Listener(ui, new DelegatingSecurityContextRunnable(refresh, viewer)));
        return () -> listeners.remove(key);
    }

    @EventListener
    void onFiguresChanged(OfficeFiguresChanged event) {
        refreshAll();
    }

    int listenerCount() {
        return listeners.size();
    }

    private void refreshAll() {
        listeners.forEach((key, l) -> {
            com.vaadin.flow.server.VaadinSession session = l.ui().getSession();
            if (session != null && session.hasLock()) {
                // this thread already works in that dashboard's session (its own user's request): at once
                refresh(key, l);
            } else if (waiting.add(key)) {
                executor.execute(() -> {
                    waiting.remove(key);
                    refresh(key, l);
                });
            }
        });
    }

    private void refresh(Object key, Listener l) {
        try {
            l.ui().access(l.refresh()::run);
        } catch (UIDetachedException gone) {
            listeners.remove(key);
        }
    }

    private record Listener(UI ui, Runnable refresh) {}
}
