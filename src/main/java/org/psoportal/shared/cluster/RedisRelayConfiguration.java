package org.psoportal.shared.cluster;

import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Several instances: only when {@code pso.cluster.redis-url} ({@code PSO_REDIS_URL}) is set, a Redis connection, the
 * subscription to the portal's channel, and the {@link RedisEventRelay}. A single instance has none of these beans
 * and keeps its events in-process, as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${pso.cluster.redis-url:}'.isBlank()")
class RedisRelayConfiguration {

    /** A command to an unreachable Redis fails after this instead of holding the sending thread. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

    @Bean
    LettuceConnectionFactory clusterRedisConnectionFactory(@Value("${pso.cluster.redis-url}") String url) {
        RedisURI uri = RedisURI.create(url);
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client =
                LettuceClientConfiguration.builder().commandTimeout(COMMAND_TIMEOUT);
        if (uri.isSsl()) {
            client.useSsl();
        }
        return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(url), client.build());
    }

    @Bean
    StringRedisTemplate clusterRedisTemplate(LettuceConnectionFactory clusterRedisConnectionFactory) {
        return new StringRedisTemplate(clusterRedisConnectionFactory);
    }

    @Bean
    RedisEventRelay redisEventRelay(
            StringRedisTemplate clusterRedisTemplate,
            @Value("${pso.cluster.channel:pso-portal:events}") String channel,
            ApplicationEventPublisher publisher) {
        return new RedisEventRelay(clusterRedisTemplate, channel, publisher);
    }

    /** pso_cluster_events_total{direction=sent|received|failed}: what crossed instances, and what could not. */
    @Bean
    MeterBinder clusterEventMeters(RedisEventRelay relay) {
        return registry -> {
            FunctionCounter.builder("pso.cluster.events", relay, RedisEventRelay::sent)
                    .tag("direction", "sent")
                    .description("Live changes sent to the other instances")
                    .register(registry);
            FunctionCounter.builder("pso.cluster.events", relay, RedisEventRelay::received)
                    .tag("direction", "received")
                    .description("Live changes received from the other instances")
                    .register(registry);
            FunctionCounter.builder("pso.cluster.events", relay, RedisEventRelay::failed)
                    .tag("direction", "failed")
                    .description("Live changes that could not be sent (Redis unreachable)")
                    .register(registry);
        };
    }

    @Bean
    RedisMessageListenerContainer clusterEventSubscription(
            LettuceConnectionFactory clusterRedisConnectionFactory,
            RedisEventRelay relay,
            @Value("${pso.cluster.channel:pso-portal:events}") String channel) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(clusterRedisConnectionFactory);
        container.addMessageListener(relay, new ChannelTopic(channel));
        return container;
    }
}
