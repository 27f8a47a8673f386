package org.psoportal.shared.cluster;

/**
 * A committed change that every portal instance must hear of, because it changes what open screens show or who may
 * stay signed in: board changes, a person's unread count, bookings, a person's access. When several instances run
 * ({@code PSO_REDIS_URL} set), {@link RedisEventRelay} sends each such event, after its transaction commits, to the
 * other instances, which publish it there as if it had happened locally (ADR 0006).
 *
 * <p>Because every instance hears it, a listener of such an event may only refresh what it shows or end sessions;
 * it must never write (the instance that made the change has written already). Implementations are records of
 * plain values (numbers, strings, enums, sets of them) so they travel as JSON.
 */
public interface CrossInstanceEvent {}
