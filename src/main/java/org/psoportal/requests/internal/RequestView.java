package org.psoportal.requests.internal;

import java.util.List;
import java.util.Map;

/**
 * A filed request as the card's dialog shows it: its answers with the questions of the form version they were
 * asked with ({@code form}), and whether the caller may change them.
 */
public record RequestView(
        long taskId,
        String reference,
        long requestTypeId,
        String typeName,
        int formVersion,
        FormDefinition form,
        Map<String, String> answers,
        List<FormRules.Answer> sheet,
        boolean mayEdit,
        long version) {}
