package org.psoportal.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psoportal.notifications.internal.UnreadCountChanged;
import org.psoportal.security.AccessChanged;
import org.psoportal.testsupport.RedisServer;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Two relays on one real Redis, as two portal instances: what one sends the other publishes locally, once; nobody
 * hears their own events back, and an event received is not sent on again (no echo between instances).
 */
class RedisEventRelayTest {

    private static final String CHANNEL = "pso-test:events";

    private static RedisServer redis;

    /** One instance: its relay, and the events its Spring event bus was given. */
    private record Instance(
            RedisEventRelay relay,
            List<Object> published,
            LettuceConnectionFactory connections,
            RedisMessageListenerContainer subscription) {

        void stop() throws Exception {
            subscription.destroy();
            connections.destroy();
        }
    }

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @Test
    void anEventSentByOneInstanceIsPublishedOnceOnTheOtherAndNeverEchoed() throws Exception {
        Instance a = instance();
        Instance b = instance();
        try {
            a.relay().send(new UnreadCountChanged(7));

            await().atMost(Duration.ofSeconds(5)).until(() -> !b.published().isEmpty());
            Thread.sleep(300); // anything that would echo back has had its chance
            assertThat(b.published()).containsExactly(new UnreadCountChanged(7));
            assertThat(a.published()).as("its own event is not published twice").isEmpty();
            assertThat(b.relay().sent()).as("B does not send A's event on").isZero();
            assertThat(a.relay().sent()).isEqualTo(1);
            assertThat(b.relay().received()).isEqualTo(1);

            b.relay().send(new AccessChanged(3, AccessChanged.Reason.DEACTIVATED));
            await().atMost(Duration.ofSeconds(5)).until(() -> !a.published().isEmpty());
            assertThat(a.published()).containsExactly(new AccessChanged(3, AccessChanged.Reason.DEACTIVATED));
        } finally {
            a.stop();
            b.stop();
        }
    }

    @Test
    void withRedisGoneTheChangeStillCompletesAndTheFailureIsCounted() throws Exception {
        RedisServer doomed = RedisServer.start();
        LettuceConnectionFactory connections = connect(doomed.url());
        List<Object> published = new CopyOnWriteArrayList<>();
        RedisEventRelay relay = new RedisEventRelay(new StringRedisTemplate(connections), CHANNEL, published::add);
        try {
            doomed.close();
            long started = System.nanoTime();
            relay.send(new UnreadCountChanged(1));
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("the sender's thread is not held up by an unreachable Redis")
                    .isLessThan(Duration.ofSeconds(1));
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.failed() == 1);
            assertThat(relay.sent()).isZero();
        } finally {
            relay.stop();
            connections.destroy();
        }
    }

    private static Instance instance() {
        LettuceConnectionFactory connections = connect(redis.url());
        List<Object> published = new CopyOnWriteArrayList<>();
        RedisEventRelay[] self = new RedisEventRelay[1];
        // What Spring does with a published event: every listener hears it, the relay's own send() included.
        RedisEventRelay relay = new RedisEventRelay(new StringRedisTemplate(connections), CHANNEL, event -> {
            published.add(event);
            self[0].send((CrossInstanceEvent) event);
        });
        self[0] = relay;
        RedisMessageListenerContainer subscription = new RedisMessageListenerContainer();
        subscription.setConnectionFactory(connections);
        subscription.addMessageListener(relay, new ChannelTopic(CHANNEL));
        subscription.afterPropertiesSet();
        subscription.start();
        await().atMost(Duration.ofSeconds(5)).until(subscription::isListening);
        return new Instance(relay, published, connections, subscription);
    }

    private static LettuceConnectionFactory connect(String url) {
        LettuceConnectionFactory connections =
                new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(url));
        connections.afterPropertiesSet();
        connections.start();
        return connections;
    }
}
