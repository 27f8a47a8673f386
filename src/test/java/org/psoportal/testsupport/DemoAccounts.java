package org.psoportal.testsupport;

/** The demo sign-ins (see README); all share {@link org.psoportal.shared.demo.DemoContext#PASSWORD}. */
public final class DemoAccounts {
    public static final String HEAD = "head@pso.example";
    public static final String ADMINISTRATOR = "admin@pso.example";
    public static final String EXPERT = "expert@pso.example";
    public static final String STAFF = "staff@pso.example";

    private DemoAccounts() {}
}
