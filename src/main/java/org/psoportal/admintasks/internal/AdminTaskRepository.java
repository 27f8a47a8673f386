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
             and (:q is null or t.title like :q or t.description like :q or t.id in :alsoIds)
             and (:column is null or t.column = :column)
            """;

    @Query(CARD + " where" + ON_BOARD + FILTER + " order by t.position, t.id")
    List<CardRow> findBoard(
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

    @Query(CARD + " where t.id in :ids")
    List<CardRow> findCards(Collection<Long> ids);

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
