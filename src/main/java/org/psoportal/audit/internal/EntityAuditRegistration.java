package org.psoportal.audit.internal;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.springframework.stereotype.Component;

/**
 * Hooks {@link EntityAudit} into Hibernate when the application starts, before any runner (demo data) or request
 * can change an entity.
 */
@Component
class EntityAuditRegistration {

    EntityAuditRegistration(EntityManagerFactory entityManagerFactory, Clock clock) {
        EntityAudit listener = new EntityAudit(clock);
        var registry =
                entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
        registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, listener);
    }
}
