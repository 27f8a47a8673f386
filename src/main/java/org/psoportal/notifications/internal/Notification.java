package org.psoportal.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.psoportal.notifications.NotificationKind;

/**
 * A note for one person. Stored as a translation key plus its arguments, so the list is shown in the reader's
 * language; the link leads to where the reader acts on it.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** Unit separator: never typed by users, so arguments can hold any text. */
    static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "message_key", nullable = false, length = 80)
    private String messageKey;

    @Column(name = "message_args", length = 1000)
    private String messageArgs;

    @Column(length = 200)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** Null for notes written before kinds existed (and by callers that name none). */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private NotificationKind kind;

    /** {@link #DIGEST_PENDING} while the note waits for the person's daily digest e-mail, then {@link #DIGEST_SENT}. */
    @Column(name = "digest_state", length = 10)
    private String digestState;

    public static final String DIGEST_PENDING = "PENDING";
    public static final String DIGEST_SENT = "SENT";

    protected Notification() {}

    public Notification(long personId, String messageKey, List<String> args, String link, Instant createdAt) {
        this(personId, null, messageKey, args, link, createdAt);
    }

    public Notification(
            long personId,
            NotificationKind kind,
            String messageKey,
            List<String> args,
            String link,
            Instant createdAt) {
        this.personId = personId;
        this.kind = kind;
        this.messageKey = messageKey;
        String joined = String.join(SEPARATOR, args);
        this.messageArgs = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.link = link;
        this.createdAt = createdAt;
    }

    public NotificationItem toItem() {
        Object[] args = messageArgs == null || messageArgs.isEmpty()
                ? new Object[0]
                : Arrays.stream(messageArgs.split(SEPARATOR, -1)).toArray();
        return new NotificationItem(id, messageKey, args, link, createdAt, readAt != null);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** Keeps the note for the person's daily digest instead of an e-mail of its own. */
    public void waitForDigest() {
        digestState = DIGEST_PENDING;
    }

    public void digestSent() {
        digestState = DIGEST_SENT;
    }

    public long getPersonId() {
        return personId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The arguments as stored (each one line of text). */
    public List<String> args() {
        return messageArgs == null || messageArgs.isEmpty() ? List.of() : List.of(messageArgs.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
