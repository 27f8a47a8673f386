package org.psoportal.requests;

/** The unit of a request type's target turnaround: working time only (the office calendar decides what that is). */
public enum TargetUnit {
    WORKING_HOURS,
    WORKING_DAYS
}
