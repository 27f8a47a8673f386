/**
 * Service levels: the office calendar (working days, working hours and public holidays, which the head edits on
 * the "Office calendar" page) and a service-level clock for each filed request whose type has a target turnaround.
 *
 * <p>The clock counts working time only. It starts when the request is filed ({@code requests.RequestFiled}) and
 * follows the card through {@code admintasks.TaskActivity}: it runs in To do and In progress, pauses in Waiting,
 * stops at Done and continues counting if the card is reopened. Elapsed time up to the last pause is stored; the time
 * left is computed from the calendar when read. The board shows it through {@code admintasks.CardClocks}; a
 * scheduled job tells the assignee once when a clock falls at risk (80 % of the target used) and once when it
 * breaches. The dashboard composes {@link org.psoportal.servicelevels.ServiceLevelFigureQueries}.
 *
 * <p>Owns {@code office_calendar}, {@code office_holiday} and {@code sla_clock}. Depends on admintasks (its events and
 * SPI), requests (its event), notifications and security.
 */
@ApplicationModule(displayName = "Service levels")
package org.psoportal.servicelevels;

import org.springframework.modulith.ApplicationModule;
