package org.psoportal.security;

/**
 * Published by {@link AccessRefusals} for every refused access, after it is logged: who (a person id when a
 * signed-in person was refused, otherwise null, and a label such as their e-mail or "anonymous"), what kind of
 * object or which service method, and which one. All texts are already on one line ({@link
 * org.psoportal.shared.SafeText}).
 */
public record AccessRefused(Long personId, String actor, String what, String which, Long objectId) {}
