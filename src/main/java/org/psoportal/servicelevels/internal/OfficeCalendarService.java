package org.psoportal.servicelevels.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import org.psoportal.security.Access;
import org.psoportal.shared.ConcurrentChangeException;
import org.psoportal.shared.UserMessageException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The head edits the office calendar: working days, working hours and public holidays. Bad input is refused with the
 * wrong field's message (the key says which field) and nothing is saved; two heads saving the hours from the same
 * state get a conflict for the second. Every instance uses the new calendar within a minute (this one at once).
 */
@Service
@PreAuthorize(Access.HEAD_ONLY)
public class OfficeCalendarService {

    /** The longest holiday name. */
    public static final int NAME_MAX = 100;

    private final CalendarStore store;

    OfficeCalendarService(CalendarStore store) {
        this.store = store;
    }

    /** The calendar as stored now. */
    @Transactional(readOnly = true)
    public OfficeCalendar calendar() {
        return store.load();
    }

    /** Saves working days and hours, if nobody saved since {@code expectedVersion} was read. */
    @Transactional
    public OfficeCalendar saveHours(Collection<DayOfWeek> days, LocalTime start, LocalTime end, long expectedVersion) {
        if (days == null || days.isEmpty()) {
            throw new UserMessageException("servicelevels.days.required");
        }
        if (start == null) {
            throw new UserMessageException("servicelevels.start.required");
        }
        if (end == null) {
            throw new UserMessageException("servicelevels.end.required");
        }
        if (!end.isAfter(start)) {
            throw new UserMessageException("servicelevels.end.beforeStart");
        }
        if (!store.saveHours(EnumSet.copyOf(days), start, end, expectedVersion)) {
            throw new ConcurrentChangeException("servicelevels.calendar.conflict");
        }
        return changed();
    }

    @Transactional
    public OfficeCalendar addHoliday(LocalDate date, String name) {
        if (date == null) {
            throw new UserMessageException("servicelevels.holiday.date.required");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserMessageException("servicelevels.holiday.name.required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new UserMessageException("servicelevels.holiday.name.tooLong", NAME_MAX);
        }
        if (!store.addHoliday(new Holiday(date, trimmed))) {
            throw new UserMessageException("servicelevels.holiday.duplicate");
        }
        return changed();
    }

    /** Removes the holiday of {@code date} (nothing happens if there is none: someone removed it first). */
    @Transactional
    public OfficeCalendar removeHoliday(LocalDate date) {
        if (date != null) {
            store.removeHoliday(date);
        }
        return changed();
    }

    private OfficeCalendar changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    store.reload();
                }
            });
        }
        return store.load();
    }
}
