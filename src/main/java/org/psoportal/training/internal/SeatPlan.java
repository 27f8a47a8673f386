package org.psoportal.training.internal;

import java.util.List;

/**
 * The seat and waitlist rules as pure functions: a newcomer gets a seat while seats are left, else a place at the end
 * of the waitlist; a freed seat (a cancellation, more seats) goes to the first waiting, in arrival order. The service
 * applies them under the session's row lock, so they see every committed registration.
 */
public final class SeatPlan {

    private SeatPlan() {}

    /** The place a new registration gets when {@code seated} of {@code seats} are taken. */
    public static RegistrationStatus placeFor(int seated, int seats) {
        return seated < seats ? RegistrationStatus.SEATED : RegistrationStatus.WAITLISTED;
    }

    /**
     * Who moves up from the waitlist ({@code waiting} in arrival order) when {@code seated} of {@code seats} are
     * taken: the first ones, as many as seats are free.
     */
    public static <T> List<T> promoted(List<T> waiting, int seated, int seats) {
        int free = Math.max(0, seats - seated);
        return waiting.subList(0, Math.min(free, waiting.size()));
    }

    /** Seats may shrink only down to the number already seated: nobody loses a seat they were given. */
    public static boolean seatsAllowed(int newSeats, int seated) {
        return newSeats >= seated;
    }
}
