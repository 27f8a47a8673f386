package org.psoportal.requests.internal;

import org.psoportal.requests.TargetUnit;

/** A card of the "Request help" catalogue. */
public record CatalogueEntry(long id, String name, String description, Integer targetAmount, TargetUnit targetUnit) {}
