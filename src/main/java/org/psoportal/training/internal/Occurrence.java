package org.psoportal.training.internal;

import java.time.Instant;

/** One dated session of a publication: its time and its registration deadline, as instants. */
public record Occurrence(Instant start, Instant end, Instant deadline) {}
