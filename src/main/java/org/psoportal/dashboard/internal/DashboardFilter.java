package org.psoportal.dashboard.internal;

import java.io.Serializable;

/** What the head chose: a period and optionally one project ({@code projectId} null = all projects). */
public record DashboardFilter(DashboardPeriod period, Long projectId) implements Serializable {}
