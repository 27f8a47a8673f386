package org.psoportal.requests.internal;

/** A request just filed: the board task it became and its reference ({@code PSO-<taskId>}). */
public record FiledRequest(long taskId, String reference) {

    public static String reference(long taskId) {
        return "PSO-" + taskId;
    }
}
