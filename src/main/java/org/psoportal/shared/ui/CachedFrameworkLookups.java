package org.psoportal.shared.ui;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import jakarta.servlet.ServletContext;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Remembers the answers of Vaadin's service lookup for the two services it looks up on every request.
 *
 * <p>Why: Vaadin looks up {@link VaadinRolePrefixHolder} for every role check (each navigation, and each menu entry
 * when the side navigation is built) and {@link DeprecatedPolymerPublishedEventHandler} for every argument of every
 * client call (the grids' row requests, drag and drop). Neither is registered with Vaadin's lookup, so each lookup
 * runs a {@link java.util.ServiceLoader} scan of every jar's {@code META-INF/services}, which in the packaged jar
 * opens a nested jar connection per jar. The 200-user load test's allocation profile (JFR) put these scans at about
 * 9 % of everything the portal allocated, more than all the portal's database reads together
 * (docs/performance.md). Both answers are fixed for the life of the application: the role prefix holder is a
 * singleton bean, and the Polymer handler is absent (this portal has no Polymer templates). Every other service is
 * looked up as before.
 */
@Component
class CachedFrameworkLookups implements VaadinServiceInitListener {

    static final Set<Class<?>> CACHED =
            Set.of(VaadinRolePrefixHolder.class, DeprecatedPolymerPublishedEventHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinContext context = event.getSource().getContext();
        Lookup lookup = context.getAttribute(Lookup.class);
        // Vaadin refuses to replace its Lookup through VaadinContext (a guard against initialising it twice), so the
        // decorator goes into the servlet context attribute that VaadinServletContext reads it from.
        if (lookup != null && !(lookup instanceof Caching) && context instanceof VaadinServletContext servlet) {
            ServletContext servletContext = servlet.getContext();
            servletContext.setAttribute(Lookup.class.getName(), new Caching(lookup, CACHED));
        }
    }

    /** A {@link Lookup} that answers the given service classes from memory after their first lookup. */
    static final class Caching implements Lookup {

        private final Lookup delegate;
        private final Set<Class<?>> cached;
        private final ConcurrentMap<Class<?>, Optional<Object>> answers = new ConcurrentHashMap<>();

        Caching(Lookup delegate, Set<Class<?>> cached) {
            this.delegate = delegate;
            this.cached = cached;
        }

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            if (!cached.contains(serviceClass)) {
                return delegate.lookup(serviceClass);
            }
            return serviceClass.cast(answers.computeIfAbsent(serviceClass, c -> Optional.ofNullable(delegate.lookup(c)))
                    .orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return delegate.lookupAll(serviceClass);
        }
    }
}
