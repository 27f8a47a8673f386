package org.psoportal.largedata.internal;

import java.util.Locale;

/**
 * How big the generated organisation is. {@link #LARGE} is the benchmark's size (docs/performance.md); {@link #TINY}
 * is for the benchmark's smoke run in the normal build, which only checks that the benchmark code still runs.
 */
public record LargeDataSize(
        int projects,
        int people,
        int administrators,
        int experts,
        int loadTestHeads,
        int tasks,
        int openTasks,
        int bookings) {

    /**
     * One administrator per two projects, and 30 head accounts besides the demo head: the realistic load test signs
     * in every virtual user as a person of its own, and its role mix has 15 % administrators and 3 % heads of up to
     * 600 concurrent users (docs/performance.md, "The realistic load model").
     */
    public static final LargeDataSize LARGE = new LargeDataSize(200, 5_000, 100, 100, 30, 200_000, 10_000, 300_000);

    public static final LargeDataSize TINY = new LargeDataSize(20, 100, 5, 20, 1, 2_000, 500, 2_000);

    public LargeDataSize {
        if (people < administrators + experts + loadTestHeads + 10 || openTasks > tasks || projects < 20) {
            throw new IllegalArgumentException("Inconsistent size " + this);
        }
    }

    /** "large" or "tiny" (property {@code pso.large-data.size}). */
    public static LargeDataSize named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "large" -> LARGE;
            case "tiny" -> TINY;
            default -> throw new IllegalArgumentException("Unknown size '" + name + "': large or tiny");
        };
    }
}
