package org.psoportal.admintasks.ui;

/**
 * One swimlane of the board: its key (unique on the board, part of its element ids), its name and, for a lane of an
 * assignee, that person (null: the "Unassigned" lane). The {@code rest} lane gathers the groups beyond {@link
 * BoardLanes#MAX_LANES}.
 */
record BoardLane(BoardGrouping grouping, String key, String label, Long personId, boolean rest) {

    static final String UNASSIGNED_KEY = "a-none";

    /** The lane band's element id. */
    String domId() {
        return "lane-" + key;
    }

    /** Whether a card dropped into (or moved to) this lane is given to the lane's person. */
    boolean reassigns() {
        return grouping == BoardGrouping.ASSIGNEE && !rest;
    }

    boolean unassigned() {
        return UNASSIGNED_KEY.equals(key);
    }
}
