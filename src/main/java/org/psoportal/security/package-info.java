/**
 * Who is signed in and what they may do: roles ({@link org.psoportal.security.Role}), the one accessor of the
 * caller ({@link org.psoportal.security.CurrentUser}), sign-in throttling and lock-out, open sessions, refusal logging.
 * Depends on no feature: people supply the accounts through Spring Security's {@code UserDetailsService}, and changes
 * to a person's access arrive as events declared here. Owns no table.
 */
@ApplicationModule(displayName = "Security")
package org.psoportal.security;

import org.springframework.modulith.ApplicationModule;
