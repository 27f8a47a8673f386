package org.psoportal.admintasks.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AdminTaskRepository extends JpaRepository<AdminTask, Long> {

    String CARD = """
            select new org.psoportal.admintasks.internal.CardRow(t.id, t.version, t.title, t.projectId, t.type, t.assigneeId,
                t.requestedById, t.column, t.position, t.priority, t.dueDate, t.createdAt, t.completedAt,
                t.archivedAt)
            from AdminTask t
            """;

    /** On the board: not archived, and Done cards only for their first 14 days ({@code doneSince}). */
    String ON_BOARD = " t.archivedAt is null and (t.column <> org.psoportal.admintasks.internal.BoardColumn.DONE"
            + " or t.completedAt >= :doneSince) ";

    String FILTER = """
             and (:projectId is null or t.projectId = :projectId)
             and (:unassigned = false or t.assigneeId is null)
             and (:assigneeId is null or t.assigneeId = :assigneeId)
             and (:type is null or t.type = :type)
             and (:mineId is null or t.assigneeId = :mineId or t.requestedById = :mineId)
             and (:overdueBefore is null or (t.dueDate < :overdueBefore
                  and t.column <> org.psoportal.admintasks.internal.BoardColumn.DONE))
             and (:column is null or t.column = :column)
            """;

    /** The board's text filter: the title or the description contains the words ({@code :q} a LIKE pattern). */
    String TEXT = " and (:q is null or t.title like :q or t.description like :q)";

    /**
     * The board's cards. No list parameter: Hibernate translates a query with one anew on every call, and this is
     * the board's main query; {@link #findBoardOrAlso} is for the rarer text filter that also matched cards by
     * their request's answers.
     */
    @Query(CARD + " where" + ON_BOARD + FILTER + TEXT + " order by t.position, t.id")
    List<CardRow> findBoard(
            Instant doneSince,
            Long projectId,
            boolean unassigned,
            Long assigneeId,
            TaskType type,
            Long mineId,
            LocalDate overdueBefore,
            String q,
            BoardColumn column);

    /** {@link #findBoard} with a text filter that matches the cards' words or is one of {@code alsoIds}. */
    @Query(CARD + " where" + ON_BOARD + FILTER
            + " and (t.title like :q or t.description like :q or t.id in :alsoIds) order by t.position, t.id")
    List<CardRow> findBoardOrAlso(
            Instant doneSince,
            Long projectId,
            boolean unassigned,
            Long assigneeId,
            TaskType type,
            Long mineId,
            LocalDate overdueBefore,
            String q,
            Collection<Long> alsoIds,
            BoardColumn column);

    /** One card (a query Hibernate translates once, unlike one with a list of one id). */
    @Query(CARD + " where t.id = :id")
    List<CardRow> findCard(long id);

    @Query("select t.column, count(t) from AdminTask t where" + ON_BOARD + " group by t.column")
    List<Object[]> countByColumn(Instant doneSince);

    @Query("select count(t) from AdminTask t where" + ON_BOARD + " and t.column = :column")
    long countInColumn(Instant doneSince, BoardColumn column);

    String ARCHIVED =
            " where (t.archivedAt is not null or (t.column = org.psoportal.admintasks.internal.BoardColumn.DONE"
                    + " and t.completedAt < :doneSince)) and (:q is null or t.title like :q or t.description like :q)";

    @Query(CARD + ARCHIVED + " order by t.completedAt desc, t.id desc")
    List<CardRow> findArchived(Instant doneSince, String q, Pageable page);

    @Query("select count(t) from AdminTask t" + ARCHIVED)
    long countArchived(Instant doneSince, String q);

    /** Open: neither Done nor archived. */
    String OPEN = " t.archivedAt is null and t.column <> org.psoportal.admintasks.internal.BoardColumn.DONE ";

    @Query("select distinct t.assigneeId from AdminTask t where" + OPEN + "and t.assigneeId is not null")
    List<Long> findOpenAssigneeIds();

    /** Open tasks per assignee (for the least-loaded administrator of {@code TaskFiling}). */
    @Query("select t.assigneeId, count(t) from AdminTask t where" + OPEN
            + "and t.assigneeId is not null group by t.assigneeId")
    List<Object[]> countOpenByAssignee();

    @Query("select distinct t.requestedById from AdminTask t where" + OPEN)
    List<Long> findOpenRequesterIds();

    @Query(CARD + " where" + OPEN + "and (t.assigneeId in :people or t.requestedById in :people)"
            + " order by t.dueDate, t.id")
    List<CardRow> findOpenOf(Collection<Long> people);
}
