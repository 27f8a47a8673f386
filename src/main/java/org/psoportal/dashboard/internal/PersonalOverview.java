package org.psoportal.dashboard.internal;

import java.io.Serializable;
import java.util.List;
import org.psoportal.admintasks.TaskFigureRows.TaskRow;
import org.psoportal.booking.BookingFigureRows.BookingRow;

/** One person's lists; a list is empty when the person lacks the role it belongs to. */
public record PersonalOverview(
        boolean staff,
        boolean administrator,
        boolean expert,
        List<TaskRow> myRequests,
        List<BookingRow> myUpcomingBookings,
        List<TaskRow> myTasks,
        List<BookingRow> myBookingsThisWeek,
        List<BookingRow> awaitingMyApproval)
        implements Serializable {}
