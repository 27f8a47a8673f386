package org.psoportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The per-request framework lookups are answered from memory; every other lookup still reaches Vaadin's. */
class CachedFrameworkLookupsTest {

    private final Map<Class<?>, Integer> asked = new ConcurrentHashMap<>();
    private final VaadinRolePrefixHolder prefixHolder = new VaadinRolePrefixHolder("ROLE_");

    private final Lookup vaadins = new Lookup() {
        @Override
        public <T> T lookup(Class<T> serviceClass) {
            asked.merge(serviceClass, 1, Integer::sum);
            return serviceClass == VaadinRolePrefixHolder.class ? serviceClass.cast(prefixHolder) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            asked.merge(serviceClass, 1, Integer::sum);
            return List.of();
        }
    };

    private final Lookup lookup = new CachedFrameworkLookups.Caching(vaadins, CachedFrameworkLookups.CACHED);

    @Test
    void theRolePrefixHolderIsLookedUpOnce() {
        for (int i = 0; i < 5; i++) {
            assertThat(lookup.lookup(VaadinRolePrefixHolder.class)).isSameAs(prefixHolder);
        }
        assertThat(asked).containsEntry(VaadinRolePrefixHolder.class, 1);
    }

    @Test
    void anAbsentServiceIsRememberedAsAbsent() {
        for (int i = 0; i < 5; i++) {
            assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class))
                    .isNull();
        }
        assertThat(asked).containsEntry(DeprecatedPolymerPublishedEventHandler.class, 1);
    }

    @Test
    void otherServicesAreLookedUpEveryTime() {
        lookup.lookup(Runnable.class);
        lookup.lookup(Runnable.class);
        lookup.lookupAll(VaadinRolePrefixHolder.class);
        assertThat(asked).containsEntry(Runnable.class, 2).containsEntry(VaadinRolePrefixHolder.class, 1);
    }
}
