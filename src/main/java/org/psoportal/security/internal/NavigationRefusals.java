package org.psoportal.security.internal;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.List;
import org.psoportal.security.AccessRefusals;

/**
 * Vaadin's own decision on opening a view, unchanged, plus a record of refusals: when a signed-in person really
 * navigates to a view their roles do not open (e.g. a staff member typing {@code /audit}), the refusal goes through
 * {@link AccessRefusals} like a refused service call, so it is logged and lands in the audit trail.
 *
 * <p>Only real navigation counts ({@link NavigationContext#isNavigating()}): the side menu asks the same access
 * control about every view to decide which entries to show, and those questions are not incidents. Anonymous
 * visitors are not recorded either: they are simply sent to the sign-in page.
 */
final class NavigationRefusals implements AccessCheckDecisionResolver {

    private final AccessCheckDecisionResolver vaadinsDecision = new DefaultAccessCheckDecisionResolver();

    @Override
    public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
        AccessCheckResult result = vaadinsDecision.resolve(results, context);
        if (result.decision() != AccessCheckDecision.ALLOW
                && context.isNavigating()
                && !context.isErrorHandling()
                && context.getPrincipal() != null) {
            AccessRefusals.logged("view", "/" + context.getLocation().getPath());
        }
        return result;
    }
}
