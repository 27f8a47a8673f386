package org.psoportal.servicelevels.internal;

import java.time.LocalDate;

/** A public holiday of the office calendar. */
public record Holiday(LocalDate date, String name) {}
