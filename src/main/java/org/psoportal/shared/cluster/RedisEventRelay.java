package org.psoportal.shared.cluster;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Carries {@link CrossInstanceEvent}s between portal instances over one Redis pub/sub channel (ADR 0006).
 *
 * <p>Out: after the change commits, the event goes to the channel, tagged with this instance's id, on a sending
 * thread of its own, so a slow or unreachable Redis never holds up the person who made the change. In: an event
 * from another instance is published here through Spring's events, so the same listeners that serve this instance's
 * own changes (open boards, bells, dashboard figures, sessions to end) serve it too. Its own messages, which Redis
 * also delivers back, are ignored, and an event received is never sent on again.
 *
 * <p>Pub/sub delivers to whoever is subscribed at the moment: an instance that is restarting or cut off from Redis
 * misses changes meanwhile. That costs only freshness (its boards refresh on the next change or reload); nothing
 * saved depends on it, since every instance reads and writes the one database.
 */
public class RedisEventRelay implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(RedisEventRelay.class);

    /** At most one warning per this time while Redis cannot be reached, not one per event. */
    private static final Duration WARN_INTERVAL = Duration.ofMinutes(1);

    /** Set while an event from another instance is being published here, so it is not sent back out. */
    private static final ThreadLocal<Boolean> RECEIVING = new ThreadLocal<>();

    private final String instanceId = UUID.randomUUID().toString();
    private final RelayedEvents codec = new RelayedEvents();
    private final StringRedisTemplate redis;
    private final String channel;
    private final ApplicationEventPublisher publisher;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("event-relay").daemon().factory());

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);

    public RedisEventRelay(StringRedisTemplate redis, String channel, ApplicationEventPublisher publisher) {
        this.redis = redis;
        this.channel = channel;
        this.publisher = publisher;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void send(CrossInstanceEvent event) {
        if (Boolean.TRUE.equals(RECEIVING.get())) {
            return; // came from another instance: every instance has heard it already
        }
        String message = codec.encode(instanceId, event);
        sender.execute(() -> publish(message));
    }

    private void publish(String message) {
        try {
            redis.convertAndSend(channel, message);
            sent.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            Instant now = Instant.now();
            Instant last = lastWarning.get();
            if (now.isAfter(last.plus(WARN_INTERVAL)) && lastWarning.compareAndSet(last, now)) {
                log.warn("Cannot send a change to the other portal instances through Redis: {}", e.toString());
            }
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String text = new String(message.getBody(), StandardCharsets.UTF_8);
        var relayed = codec.decode(text);
        if (relayed.isEmpty()) {
            log.warn("Ignored a message on {} that is not a portal event", channel);
            return;
        }
        if (relayed.get().origin().equals(instanceId)) {
            return;
        }
        received.incrementAndGet();
        RECEIVING.set(Boolean.TRUE);
        try {
            publisher.publishEvent(relayed.get().event());
        } catch (RuntimeException e) {
            log.warn("A listener failed on a change from another instance", e);
        } finally {
            RECEIVING.remove();
        }
    }

    /** This instance's id on the channel. */
    public String instanceId() {
        return instanceId;
    }

    /** Events sent to the other instances. */
    public long sent() {
        return sent.get();
    }

    /** Events that could not be sent (Redis unreachable). */
    public long failed() {
        return failed.get();
    }

    /** Events received from other instances. */
    public long received() {
        return received.get();
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
