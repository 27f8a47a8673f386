package org.psoportal.largedata;

/** How big the generated organisation is. {@link #LARGE} is the benchmark's size (docs/performance.md). */
public record LargeDataSize(int projects, int people, int administrators, int experts, int tasks, int openTasks,
        int bookings) {

    public static final LargeDataSize LARGE = new LargeDataSize(200, 5_000, 40, 100, 200_000, 10_000, 300_000);

    public LargeDataSize {
        if (people < administrators + experts + 10 || openTasks > tasks || projects < 20) {
            throw new IllegalArgumentException("Inconsistent size " + this);
        }
    }
}
