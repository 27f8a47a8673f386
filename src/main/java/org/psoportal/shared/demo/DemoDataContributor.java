package org.psoportal.shared.demo;

/**
 * A feature's share of the demo organisation. Contributors run in ascending {@link #order()} (people before
 * projects before tasks and bookings), each through its own feature's repositories or other features' services.
 */
public interface DemoDataContributor {

    int order();

    void load(DemoContext context);
}
