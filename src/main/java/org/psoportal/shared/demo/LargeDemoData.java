package org.psoportal.shared.demo;

/**
 * The large generated organisation ({@code PSO_DEMO_DATA=large}), loaded instead of the small demo: thousands of
 * people, hundreds of thousands of tasks and bookings, written with batched SQL rather than through the services.
 */
public interface LargeDemoData {

    void load(DemoContext context);
}
