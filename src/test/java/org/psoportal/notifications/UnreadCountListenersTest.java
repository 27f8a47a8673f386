package org.psoportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.psoportal.notifications.internal.UnreadCountChanged;

class UnreadCountListenersTest {

    @Test
    void aChangeReachesTheOpenBellsOfThatPersonOnlyAndNoneAfterRelease() throws Exception {
        UnreadCountListeners listeners = new UnreadCountListeners(null);
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        Runnable releaseFive = listeners.register(5, () -> heard.add("five"));
        listeners.register(6, () -> heard.add("six"));
        assertThat(listeners.listenerCount()).isEqualTo(2);

        listeners.afterCommit(new UnreadCountChanged(5));
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("five");
        assertThat(heard.poll(200, TimeUnit.MILLISECONDS))
                .as("nobody else's bell")
                .isNull();

        releaseFive.run();
        assertThat(listeners.listenerCount()).isEqualTo(1);
        listeners.afterCommit(new UnreadCountChanged(5));
        assertThat(heard.poll(200, TimeUnit.MILLISECONDS)).as("released").isNull();
        listeners.stop();
    }
}
