package org.psoportal.dashboard.internal;

import org.springframework.context.ApplicationContext;

/** For benchmarks outside this package that must measure the computation of the office figures, not the sharing. */
public final class SharedOfficeFiguresForTests {

    private SharedOfficeFiguresForTests() {}

    /** Forgets every stored office figure, so that the next {@code DashboardService.office} computes again. */
    public static void forget(ApplicationContext context) {
        context.getBean(SharedOfficeFigures.class).clear();
    }
}
