package org.psoportal.shared;

import java.io.Serializable;

/** A count per key: key is what a drill-down needs (enum name, id or skill), label what people read. */
public record Count(String key, String label, long count) implements Serializable {}
