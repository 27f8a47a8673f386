package org.psoportal.people.internal;

import java.util.Locale;
import org.psoportal.security.Role;

/** What the people grid is filtered by; {@code role} null means any role. */
public record PersonFilter(String text, Role role, boolean activeOnly) {

    public static final PersonFilter ALL = new PersonFilter("", null, false);

    public String normalizedText() {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
