package org.psoportal.training.internal;

/** Who may register: everyone, or people registering for one of the session's chosen projects. */
public enum Audience {
    EVERYONE,
    PROJECTS
}
