package org.psoportal.requests.internal;

/** Who a request of a type is assigned to when it is filed. */
public enum AssigneeRule {
    /** Nobody: the office decides on the board. */
    NONE,
    /** The type's default assignee (an administrator). */
    PERSON,
    /** The active administrator with the fewest open tasks at filing time. */
    LEAST_LOADED;

    public String labelKey() {
        return "request.assignee." + name();
    }
}
