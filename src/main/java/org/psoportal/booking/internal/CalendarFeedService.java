package org.psoportal.booking.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.psoportal.booking.CalendarEntries;
import org.psoportal.reminders.ReminderOffsets;
import org.psoportal.security.Access;
import org.psoportal.security.AccessRefusals;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.PortalUser;
import org.psoportal.security.SecurityContexts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private calendar feeds. The token is 32 random bytes, looked up by its SHA-256 hash (unique index; a fast hash is
 * enough because the token is random and long, not a guessable password). The token itself is kept as well, so that
 * its owner can see and copy the feed address again, as calendar services show their secret addresses: it is a
 * read-only capability for one person's calendar (trade-off in docs/security.md).
 */
@Service
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedTokenRepository tokens;
    private final BookingService bookings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<CalendarEntries> entries;
    private final ReminderOffsets reminders;

    CalendarFeedService(
            CalendarFeedTokenRepository tokens,
            BookingService bookings,
            CurrentUser currentUser,
            Clock clock,
            List<CalendarEntries> entries,
            ReminderOffsets reminders) {
        this.entries = entries;
        this.tokens = tokens;
        this.bookings = bookings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reminders = reminders;
    }

    /** Creates a new token for the signed-in person (the old one stops working) and returns it. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public String regenerateToken() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        long me = currentUser.personId();
        CalendarFeedToken row = tokens.findById(me).orElse(null);
        if (row == null) {
            tokens.save(new CalendarFeedToken(me, token, hash(token), clock.instant()));
        } else {
            row.replace(token, hash(token), clock.instant());
        }
        return token;
    }

    /** The signed-in person's current token, to show the feed address again; empty before one is made. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<String> currentToken() {
        return tokens.findById(currentUser.personId()).map(CalendarFeedToken::getToken);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean hasToken() {
        return tokens.existsById(currentUser.personId());
    }

    /**
     * The feed of the token's owner (with the owner's reminder times as alarms), or empty for an unknown token. Reached without a session: the token is the
     * credential, so the read runs as its owner (with no roles) and sees exactly what the owner sees.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public Optional<String> feed(String token, String host) {
        if (token == null || token.length() > 100) {
            AccessRefusals.logged("calendar feed", "(malformed token)");
            return Optional.empty();
        }
        Optional<Long> owner = tokens.findByTokenHash(hash(token)).map(CalendarFeedToken::getPersonId);
        if (owner.isEmpty()) {
            AccessRefusals.logged("calendar feed", "(unknown token)");
            return Optional.empty();
        }
        PortalUser user = new PortalUser(owner.get(), "", "", "", true, Set.of());
        return SecurityContexts.callAs(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()),
                () -> Optional.of(IcsWriter.write(
                        bookings.myCalendar(), otherEntries(), clock.instant(), host, reminders.mine())));
    }

    /** One booking as an .ics file, for those who may see its details. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public String bookingIcs(long bookingId, String host) {
        return IcsWriter.write(
                List.of(bookings.details(bookingId)), List.of(), clock.instant(), host, reminders.mine());
    }

    /** The feed owner's events of other modules (training sessions), from 90 days back as for bookings. */
    private List<CalendarEntries.Entry> otherEntries() {
        Instant since = clock.instant().minus(java.time.Duration.ofDays(90));
        return entries.stream().flatMap(e -> e.mine(since).stream()).toList();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
