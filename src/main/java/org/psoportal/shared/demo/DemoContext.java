package org.psoportal.shared.demo;

import java.time.Clock;
import java.util.Random;

/** What every demo contributor shares: one seeded random source (same data each time) and the portal clock. */
public record DemoContext(Random random, Clock clock) {

    public static final String PASSWORD = "demo1234";
}
