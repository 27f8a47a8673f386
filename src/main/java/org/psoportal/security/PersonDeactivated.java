package org.psoportal.security;

/** Published when the head deactivates someone: their open sessions must end. */
public record PersonDeactivated(long personId, String email) {}
