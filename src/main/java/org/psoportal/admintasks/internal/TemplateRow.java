package org.psoportal.admintasks.internal;

import java.time.LocalDate;

/** A template in the list, with its project code looked up. */
public record TemplateRow(
        long id,
        long version,
        String title,
        String projectCode,
        Recurrence recurrence,
        int dueDays,
        LocalDate nextRun,
        boolean active,
        TemplateDraft draft) {}
