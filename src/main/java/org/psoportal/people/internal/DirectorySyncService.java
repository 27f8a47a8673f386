package org.psoportal.people.internal;

import java.util.List;
import java.util.Optional;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The directory sync as the head of the PSO starts and reads it on the people page. The scheduled run goes through
 * {@link DirectorySyncScheduler}, as the system, without this service's access rule.
 */
@Service
@PreAuthorize(Access.HEAD_ONLY)
public class DirectorySyncService {

    private final DirectorySync sync;
    private final CurrentUser currentUser;

    DirectorySyncService(DirectorySync sync, CurrentUser currentUser) {
        this.sync = sync;
        this.currentUser = currentUser;
    }

    /** Whether a company directory is configured (the page shows the sync only then). */
    @PreAuthorize(Access.HEAD_ONLY)
    public boolean configured() {
        return sync.configured();
    }

    /**
     * Syncs now and returns the report; empty when a sync is already running (here or on another instance).
     *
     * @throws IllegalStateException when no directory is configured
     */
    @PreAuthorize(Access.HEAD_ONLY)
    public Optional<DirectorySyncRun> syncNow() {
        if (!sync.configured()) {
            throw new org.psoportal.shared.UserMessageException("directory.notConfigured");
        }
        return sync.runOnce(currentUser.require().displayName());
    }

    /** The last runs' reports, newest first. */
    @PreAuthorize(Access.HEAD_ONLY)
    public List<DirectorySyncRun> lastRuns() {
        return sync.lastRuns();
    }
}
