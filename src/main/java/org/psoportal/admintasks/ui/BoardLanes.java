package org.psoportal.admintasks.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskType;

/**
 * The board's swimlanes, computed in memory from the cards the board has read anyway (no statement per lane or per
 * card): which lanes there are, in which order, and which lane each card belongs to. Plain code, so the grouping
 * is tested without a browser or a database.
 */
final class BoardLanes {

    /**
     * At most this many lanes (each lane holds a grid per column, and an open board's memory matters, see
     * docs/performance.md): the groups beyond the first {@code MAX_LANES - 1} share one last lane.
     */
    static final int MAX_LANES = 30;

    private final List<BoardLane> lanes;
    private final Map<String, BoardLane> byKey = new LinkedHashMap<>();
    private final Function<TaskCard, BoardLane> laneOf;
    private final BoardLane rest;

    private BoardLanes(List<BoardLane> lanes, Function<TaskCard, BoardLane> laneOf, BoardLane rest) {
        this.lanes = List.copyOf(lanes);
        this.laneOf = laneOf;
        this.rest = rest;
        lanes.forEach(l -> byKey.put(l.key(), l));
    }

    /**
     * The lanes of the cards: one per group that has cards, plus {@code alwaysShown} (e.g. every assignee, so a card
     * can be dropped into an empty lane), in {@code order}; beyond {@link #MAX_LANES} the rest share the lane that
     * {@code restLane} makes (given how many groups it holds).
     */
    static BoardLanes of(
            Collection<TaskCard> cards,
            Function<TaskCard, BoardLane> laneOf,
            Collection<BoardLane> alwaysShown,
            Comparator<BoardLane> order,
            IntFunction<BoardLane> restLane) {
        Map<String, BoardLane> found = new LinkedHashMap<>();
        alwaysShown.forEach(l -> found.putIfAbsent(l.key(), l));
        cards.forEach(c -> {
            BoardLane l = laneOf.apply(c);
            found.putIfAbsent(l.key(), l);
        });
        List<BoardLane> sorted = new ArrayList<>(found.values());
        sorted.sort(order);
        if (sorted.size() <= MAX_LANES) {
            return new BoardLanes(sorted, laneOf, null);
        }
        List<BoardLane> kept = new ArrayList<>(sorted.subList(0, MAX_LANES - 1));
        BoardLane rest = restLane.apply(sorted.size() - kept.size());
        kept.add(rest);
        return new BoardLanes(kept, laneOf, rest);
    }

    List<BoardLane> lanes() {
        return lanes;
    }

    Optional<BoardLane> lane(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The lane that shows the card; empty when the board has no such lane (yet): the lanes must be made again. */
    Optional<BoardLane> laneOf(TaskCard card) {
        BoardLane natural = byKey.get(laneOf.apply(card).key());
        return Optional.ofNullable(natural != null ? natural : rest);
    }

    /**
     * The cards by lane key, each lane's in the given order; empty when a card belongs to a lane the board does not
     * have.
     */
    Optional<Map<String, List<TaskCard>>> split(List<TaskCard> cards) {
        Map<String, List<TaskCard>> parts = new LinkedHashMap<>();
        for (TaskCard card : cards) {
            Optional<BoardLane> lane = laneOf(card);
            if (lane.isEmpty()) {
                return Optional.empty();
            }
            parts.computeIfAbsent(lane.get().key(), k -> new ArrayList<>()).add(card);
        }
        return Optional.of(parts);
    }

    /** The Unassigned lane first, the lane of the rest last, the others by name in the reader's language. */
    static Comparator<BoardLane> order(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.comparing(BoardLane::rest)
                .thenComparing(l -> !l.unassigned())
                .thenComparing(BoardLane::label, collator)
                .thenComparing(BoardLane::key);
    }

    /** A card's lane by project: "ADV-2026-07 · Advisory platform" (the code alone if the name is unknown). */
    static Function<TaskCard, BoardLane> byProject(Map<Long, String> projectLabels) {
        return c -> new BoardLane(
                BoardGrouping.PROJECT,
                "p" + c.projectId(),
                projectLabels.getOrDefault(c.projectId(), c.projectCode()),
                null,
                false);
    }

    /** A card's lane by assignee; cards without one share the Unassigned lane. */
    static Function<TaskCard, BoardLane> byAssignee(String unassigned) {
        return c -> c.assigneeId() == null
                ? assigneeLane(null, unassigned)
                : assigneeLane(c.assigneeId(), c.assigneeName());
    }

    static BoardLane assigneeLane(Long personId, String name) {
        return new BoardLane(
                BoardGrouping.ASSIGNEE,
                personId == null ? BoardLane.UNASSIGNED_KEY : "a" + personId,
                name,
                personId,
                false);
    }

    /**
     * A card's lane by request type: the catalogue's name for it when the requests module knows one ({@code
     * requestTypes}, by task id), else the name of the card's own task type.
     */
    static Function<TaskCard, BoardLane> byType(Map<Long, String> requestTypes, Function<TaskType, String> typeLabel) {
        return c -> {
            String label = requestTypes.get(c.id());
            if (label == null) {
                label = typeLabel.apply(c.type());
            }
            return new BoardLane(BoardGrouping.TYPE, "t" + Integer.toHexString(label.hashCode()), label, null, false);
        };
    }
}
