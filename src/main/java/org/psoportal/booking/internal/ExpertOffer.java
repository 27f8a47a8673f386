package org.psoportal.booking.internal;

import java.time.Instant;

/** A free time offered by "any expert with this skill": book {@code expertId} from start to end. */
public record ExpertOffer(long expertId, String expertName, Instant start, Instant end) {}
