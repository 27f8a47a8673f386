package org.psoportal.experts;

import java.util.List;

/** What the directory shows of an expert. */
public record ExpertCard(
        long personId, String name, String headline, List<String> skills, boolean bookable, boolean requiresApproval) {}
