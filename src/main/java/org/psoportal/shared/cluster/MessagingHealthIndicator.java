package org.psoportal.shared.cluster;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * "messaging" in the readiness probe: with several instances, this one hears the others only while its subscription
 * to the Redis channel is listening and Redis answers. A single instance (no {@code PSO_REDIS_URL}) is always up.
 */
@Component
class MessagingHealthIndicator extends AbstractHealthIndicator {

    private final ObjectProvider<RedisMessageListenerContainer> subscription;
    private final ObjectProvider<StringRedisTemplate> redis;
    private final ObjectProvider<RedisEventRelay> relay;

    MessagingHealthIndicator(
            ObjectProvider<RedisMessageListenerContainer> subscription,
            ObjectProvider<StringRedisTemplate> redis,
            ObjectProvider<RedisEventRelay> relay) {
        super("Redis cannot be reached");
        this.subscription = subscription;
        this.redis = redis;
        this.relay = relay;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        RedisEventRelay events = relay.getIfAvailable();
        if (events == null) {
            health.up().withDetail("mode", "single instance: changes stay in-process");
            return;
        }
        health.withDetail("mode", "Redis pub/sub between instances")
                .withDetail("sent", events.sent())
                .withDetail("received", events.received())
                .withDetail("failed", events.failed());
        RedisMessageListenerContainer listener = subscription.getObject();
        if (!listener.isListening()) {
            health.down().withDetail("subscription", "not listening");
            return;
        }
        String pong = redis.getObject().execute(connection -> connection.ping(), true);
        if ("PONG".equalsIgnoreCase(pong)) {
            health.up();
        } else {
            health.down().withDetail("ping", String.valueOf(pong));
        }
    }
}
