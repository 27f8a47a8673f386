package org.psoportal.shared;

/**
 * The words users see for a translation key, for output written outside a view (a CSV download): the view passes
 * its {@code getTranslation}, so a file says "In progress" exactly where the screen does, never {@code IN_PROGRESS}.
 */
@FunctionalInterface
public interface Labels {

    String of(String key);
}
