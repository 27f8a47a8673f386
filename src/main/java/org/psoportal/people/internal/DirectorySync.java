package org.psoportal.people.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.psoportal.security.Directory;
import org.psoportal.security.DirectoryEntry;
import org.psoportal.security.DirectoryUnreachable;
import org.psoportal.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings the portal's people in step with the company directory: everyone the people filter finds is created or
 * updated through {@link ExternalAccountService#upsert} (the same path as a directory sign-in: name, e-mail,
 * department, roles from the groups), and people who came from this directory (their external id is a DN under the
 * base) but are no longer in it are deactivated like the head deactivates someone ({@link PersonActivation}: their
 * sessions end, nothing is deleted). People created in the portal itself (no external id) are never touched, nor is
 * the last active head. Every run writes a report ({@link DirectorySyncRun}).
 *
 * <p>Each entry is applied in a transaction of its own, so an entry that fails (no e-mail, a database refusal)
 * becomes one error line and leaves nothing half-applied. When the directory cannot be read completely, nobody is
 * deactivated: a missing answer must not look like everyone having left. The run holds the {@value #LOCK} lock in
 * the shedlock table, so with several instances (or a head pressing the button during the scheduled run) it runs
 * once at a time.
 */
@Component
public class DirectorySync {

    /** The lock (shedlock table) held while a sync runs, scheduled or on demand. */
    public static final String LOCK = "directory-sync";

    /** Longest a run may hold the lock if its instance dies mid-run. */
    static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);

    private final Directory directory;
    private final ExternalAccountService accounts;
    private final PersonRepository people;
    private final PersonActivation activation;
    private final DirectorySyncRunRepository runs;
    private final DefaultLockingTaskExecutor lock;
    private final Clock clock;

    DirectorySync(
            Directory directory,
            ExternalAccountService accounts,
            PersonRepository people,
            PersonActivation activation,
            DirectorySyncRunRepository runs,
            LockProvider locks,
            Clock clock) {
        this.directory = directory;
        this.accounts = accounts;
        this.people = people;
        this.activation = activation;
        this.runs = runs;
        this.lock = new DefaultLockingTaskExecutor(locks);
        this.clock = clock;
    }

    public boolean configured() {
        return directory.configured();
    }

    /** Runs a sync under the lock; empty when another run holds it (on this or another instance). */
    public Optional<DirectorySyncRun> runOnce(String startedBy) {
        try {
            var result = lock.executeWithLock(
                    () -> run(startedBy), new LockConfiguration(clock.instant(), LOCK, LOCK_AT_MOST, Duration.ZERO));
            return result.wasExecuted() ? Optional.of(result.getResult()) : Optional.empty();
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** One sync, without taking the lock (the caller holds it). */
    DirectorySyncRun run(String startedBy) {
        Instant started = clock.instant();
        List<String> errors = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int deactivated = 0;
        List<DirectoryEntry> entries;
        try {
            entries = directory.people();
        } catch (DirectoryUnreachable e) {
            log.warn("Directory sync: {}", e.getMessage());
            errors.add(e.getMessage() + " (nothing was changed)");
            return runs.save(new DirectorySyncRun(started, clock.instant(), startedBy, 0, 0, 0, 0, errors));
        }
        Set<String> seenDns = new HashSet<>();
        Set<String> seenEmails = new HashSet<>();
        for (DirectoryEntry entry : entries) {
            seenDns.add(dnKey(entry.dn()));
            if (entry.problem() != null) {
                errors.add(entry.dn() + ": " + entry.problem());
                continue;
            }
            seenEmails.add(Person.normalizeEmail(entry.email()));
            try {
                switch (accounts.upsert(entry.identity()).outcome()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> {}
                }
            } catch (RuntimeException e) {
                log.warn("Directory sync: entry {} not applied", entry.dn(), e);
                errors.add(entry.dn() + ": not applied (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (entries.isEmpty()) {
            errors.add("The directory returned nobody for the people filter; nobody was deactivated");
        } else {
            deactivated = deactivateLeavers(seenDns, seenEmails, errors);
        }
        DirectorySyncRun run = runs.save(new DirectorySyncRun(
                started, clock.instant(), startedBy, entries.size(), created, updated, deactivated, errors));
        log.info(
                "Directory sync by {}: {} read, {} created, {} updated, {} deactivated, {} errors",
                startedBy,
                entries.size(),
                created,
                updated,
                deactivated,
                errors.size());
        return run;
    }

    /** People of this directory who are in it no more; never the last active head. */
    private int deactivateLeavers(Set<String> seenDns, Set<String> seenEmails, List<String> errors) {
        int deactivated = 0;
        for (Person person : people.findByActiveTrueAndExternalIdIsNotNull()) {
            if (!directory.holds(person.getExternalId())
                    || seenDns.contains(dnKey(person.getExternalId()))
                    || seenEmails.contains(person.getEmail())) {
                continue;
            }
            if (person.getRoles().contains(Role.HEAD)
                    && people.findActiveByRole(Role.HEAD).size() <= 1) {
                errors.add(person.getExternalId() + ": left the directory but is the last active head; kept active");
                continue;
            }
            try {
                activation.setActive(person, false);
                deactivated++;
            } catch (RuntimeException e) {
                log.warn("Directory sync: person {} not deactivated", person.getId(), e);
                errors.add(person.getExternalId() + ": not deactivated ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        return deactivated;
    }

    private static String dnKey(String dn) {
        return dn.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The last runs, newest first. */
    public List<DirectorySyncRun> lastRuns() {
        return runs.findTop10ByOrderByStartedAtDesc();
    }
}
