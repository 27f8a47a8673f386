package org.psoportal.dashboard;

/**
 * Published when the shared office figures are stale and may be recomputed now: open dashboards should ask for
 * them again. Carries no figures; whoever asks goes through {@link DashboardService#office}'s access check.
 */
public record OfficeFiguresChanged() {}
