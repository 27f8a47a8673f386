package org.psoportal.admintasks;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The service-level clocks of board cards, asked once per board load for all the cards it shows (a fixed number of
 * statements, never one per card). Implemented by the module that keeps the clocks, so the board does not depend on
 * it; without an implementation no card has a clock.
 */
public interface CardClocks {

    /** The clocks of those of {@code taskIds} that have one, as they stand at {@code now}. */
    Map<Long, CardClock> clocks(Collection<Long> taskIds, Instant now);
}
