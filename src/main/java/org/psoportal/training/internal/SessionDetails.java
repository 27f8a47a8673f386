package org.psoportal.training.internal;

import java.util.Set;

/** The descriptive part of a session, cleaned (single-line texts, blanks as null), shared by every occurrence. */
record SessionDetails(
        String title,
        String skill,
        String description,
        String place,
        String meetingLink,
        int seats,
        Audience audience,
        Set<Long> projectIds) {}
