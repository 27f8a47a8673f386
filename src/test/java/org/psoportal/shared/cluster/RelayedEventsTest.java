package org.psoportal.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.booking.BookingsChanged;
import org.psoportal.notifications.internal.UnreadCountChanged;
import org.psoportal.security.AccessChanged;

/** The relay's wire format: every cross-instance event survives the trip; nothing else is ever built from it. */
class RelayedEventsTest {

    private final RelayedEvents codec = new RelayedEvents();

    @Test
    void everyCrossInstanceEventArrivesAsItWasSent() {
        for (CrossInstanceEvent event : new CrossInstanceEvent[] {
            new BoardChanged(42, Set.of(BoardColumn.TODO, BoardColumn.DONE), Set.of(7L, 8L)),
            new BoardChanged(0, Set.of(BoardColumn.IN_PROGRESS)),
            new BookingsChanged(5L),
            new BookingsChanged(null),
            new UnreadCountChanged(9),
            new AccessChanged(3, AccessChanged.Reason.DEACTIVATED)
        }) {
            var relayed = codec.decode(codec.encode("instance-a", event));
            assertThat(relayed).as("%s", event).isPresent();
            assertThat(relayed.get().origin()).isEqualTo("instance-a");
            assertThat(relayed.get().event()).isEqualTo(event);
        }
    }

    @Test
    void onlyThePortalsOwnEventRecordsAreBuiltFromAMessage() {
        String valid = codec.encode("a", new UnreadCountChanged(9));
        assertThat(codec.decode(valid)).isPresent();

        // A class outside the portal, a portal class that is not an event, a portal event type that does not exist,
        // a message without origin, and text that is not JSON: all ignored, none throws.
        assertThat(codec.decode(valid.replace(UnreadCountChanged.class.getName(), "java.lang.ProcessBuilder")))
                .isEmpty();
        assertThat(codec.decode(valid.replace(UnreadCountChanged.class.getName(), "org.psoportal.shared.Count")))
                .isEmpty();
        assertThat(codec.decode(valid.replace(UnreadCountChanged.class.getName(), "org.psoportal.Nope")))
                .isEmpty();
        assertThat(codec.decode(valid.replace("\"origin\":\"a\",", ""))).isEmpty();
        assertThat(codec.decode("not json {")).isEmpty();
        assertThat(codec.decode(valid.replace("\"personId\":9", "\"personId\":\"nine\"")))
                .isEmpty();
    }
}
