package org.psoportal.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.naming.directory.SearchControls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.control.PagedResultsDirContextProcessor;
import org.springframework.ldap.core.ContextMapper;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.ldap.core.support.SingleContextSource;
import org.springframework.ldap.query.LdapQueryBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.stereotype.Component;

/**
 * The company directory (LDAP / Active Directory), read with the service account: the one place that knows the
 * configured URL, base, filters and attribute names and turns an entry into a {@link DirectoryEntry}. Sign-in
 * ({@code security.internal.LdapSignIn}) and the directory sync (people) both read through it, so an entry means
 * the same person to both. Off unless {@code pso.ldap.url} ({@code PSO_LDAP_URL}) is set: then nothing connects.
 *
 * <p>Every connection has a connect and a read timeout ({@code PSO_LDAP_TIMEOUT}, 5 s): a directory that is down or
 * hangs fails a sign-in within that time instead of holding the request.
 */
@Component
public class Directory {

    /** Entries per page when reading everyone (Active Directory answers at most 1,000 without paging). */
    static final int PAGE_SIZE = 500;

    private final String url;
    private final String base;
    private final String peopleFilter;
    private final String emailAttribute;
    private final String nameAttribute;
    private final String departmentAttribute;
    private final String memberOfAttribute;
    private final String groupSearchBase;
    private final String groupFilter;
    private final Duration timeout;
    private final LdapContextSource contextSource;
    private final LdapTemplate ldap;
    private final BindAuthenticator bindAuthenticator;

    public Directory(
            @Value("${pso.ldap.url:}") String url,
            @Value("${pso.ldap.base:}") String base,
            @Value("${pso.ldap.bind-dn:}") String bindDn,
            @Value("${pso.ldap.bind-password:}") String bindPassword,
            @Value("${pso.ldap.user-filter:(mail={0})}") String userFilter,
            @Value("${pso.ldap.people-filter:(objectClass=inetOrgPerson)}") String peopleFilter,
            @Value("${pso.ldap.email-attribute:mail}") String emailAttribute,
            @Value("${pso.ldap.name-attribute:cn}") String nameAttribute,
            @Value("${pso.ldap.department-attribute:departmentNumber}") String departmentAttribute,
            @Value("${pso.ldap.member-of-attribute:memberOf}") String memberOfAttribute,
            @Value("${pso.ldap.group-search-base:}") String groupSearchBase,
            @Value("${pso.ldap.group-filter:(member={0})}") String groupFilter,
            @Value("${pso.ldap.timeout:PT5S}") Duration timeout) {
        this.url = url.strip();
        this.base = base.strip();
        this.peopleFilter = peopleFilter;
        this.emailAttribute = emailAttribute;
        this.nameAttribute = nameAttribute;
        this.departmentAttribute = departmentAttribute;
        this.memberOfAttribute = memberOfAttribute;
        this.groupSearchBase = groupSearchBase.strip();
        this.groupFilter = groupFilter;
        this.timeout = timeout;
        if (this.url.isEmpty()) {
            this.contextSource = null;
            this.ldap = null;
            this.bindAuthenticator = null;
            return;
        }
        if (!this.url.matches("(?i)ldaps?://.+")) {
            throw new IllegalArgumentException("PSO_LDAP_URL must start with ldap:// or ldaps://: " + this.url);
        }
        if (this.base.isEmpty()) {
            throw new IllegalArgumentException("PSO_LDAP_BASE is needed with PSO_LDAP_URL (e.g. dc=example,dc=org)");
        }
        LdapContextSource source = new LdapContextSource();
        source.setUrl(this.url);
        // No base on the context source: every name the portal handles is a full DN (the person's external id).
        if (bindDn.isBlank()) {
            source.setAnonymousReadOnly(true);
        } else {
            source.setUserDn(bindDn);
            source.setPassword(bindPassword);
        }
        String millis = Long.toString(timeout.toMillis());
        source.setBaseEnvironmentProperties(
                Map.of("com.sun.jndi.ldap.connect.timeout", millis, "com.sun.jndi.ldap.read.timeout", millis));
        source.afterPropertiesSet();
        this.contextSource = source;
        this.ldap = new LdapTemplate(source);
        this.bindAuthenticator = new BindAuthenticator(source);
        this.bindAuthenticator.setUserSearch(new FilterBasedLdapUserSearch(this.base, userFilter, source));
        this.bindAuthenticator.afterPropertiesSet();
    }

    /** Whether a directory is configured at all. */
    public boolean configured() {
        return contextSource != null;
    }

    /** Whether this DN lies under the configured base: a person's external id that came from this directory. */
    public boolean holds(String dn) {
        if (!configured() || dn == null) {
            return false;
        }
        String normalizedDn = dn.replace(" ", "").toLowerCase(Locale.ROOT);
        String normalizedBase = base.replace(" ", "").toLowerCase(Locale.ROOT);
        return normalizedDn.endsWith("," + normalizedBase);
    }

    /** Everyone under the base who matches the people filter, read page by page. */
    public List<DirectoryEntry> people() {
        requireConfigured();
        try {
            SearchControls controls = controls(attributes());
            PagedResultsDirContextProcessor pages = new PagedResultsDirContextProcessor(PAGE_SIZE);
            List<DirContextAdapter> found = SingleContextSource.doWithSingleContext(contextSource, operations -> {
                List<DirContextAdapter> all = new ArrayList<>();
                do {
                    all.addAll(operations.search(
                            base,
                            peopleFilter,
                            controls,
                            (ContextMapper<DirContextAdapter>) DirContextAdapter.class::cast,
                            pages));
                } while (pages.hasMore());
                return all;
            });
            return found.stream().map(this::entry).toList();
        } catch (NamingException e) {
            throw unreachable(e);
        }
    }

    /** The entry of one DN, as the service account reads it (after the person's own bind proved the password). */
    public DirectoryEntry lookup(String dn) {
        requireConfigured();
        try {
            return entry(
                    ldap.lookup(dn, attributes(), (ContextMapper<DirContextAdapter>) DirContextAdapter.class::cast));
        } catch (NamingException e) {
            throw unreachable(e);
        }
    }

    /**
     * Signs in as the person: the service account finds the entry by the typed name ({@code PSO_LDAP_USER_FILTER}),
     * then the portal binds as that entry with the typed password. Empty when the directory knows nobody by that
     * name.
     *
     * @throws org.springframework.security.authentication.BadCredentialsException when the password is wrong
     * @throws DirectoryUnreachable when the directory does not answer in time
     */
    public java.util.Optional<DirectoryEntry> bind(String typedName, String password) {
        requireConfigured();
        try {
            DirContextOperations bound =
                    bindAuthenticator.authenticate(new UsernamePasswordAuthenticationToken(typedName, password));
            return java.util.Optional.of(lookup(bound.getNameInNamespace()));
        } catch (UsernameNotFoundException nobody) {
            return java.util.Optional.empty();
        } catch (NamingException e) {
            throw unreachable(e);
        }
    }

    private DirectoryEntry entry(DirContextAdapter context) {
        String dn = context.getNameInNamespace();
        Set<String> groups = new LinkedHashSet<>();
        String[] memberOf = context.getStringAttributes(memberOfAttribute);
        if (memberOf != null) {
            groups.addAll(List.of(memberOf));
        }
        groups.addAll(groupsByMembership(dn));
        return new DirectoryEntry(
                dn,
                blankToNull(context.getStringAttribute(emailAttribute)),
                blankToNull(context.getStringAttribute(nameAttribute)),
                blankToNull(context.getStringAttribute(departmentAttribute)),
                groups);
    }

    /** Groups that list the person as a member, when a group search base is configured (OpenLDAP without memberOf). */
    private List<String> groupsByMembership(String dn) {
        if (groupSearchBase.isEmpty()) {
            return List.of();
        }
        String searchBase = groupSearchBase.contains("=") && holdsOrIs(groupSearchBase)
                ? groupSearchBase
                : groupSearchBase + "," + base;
        return ldap.search(
                LdapQueryBuilder.query()
                        .base(searchBase)
                        .attributes("cn")
                        .timeLimit((int) timeout.toMillis())
                        .filter(groupFilter, dn),
                (ContextMapper<String>) ctx -> ((DirContextAdapter) ctx).getNameInNamespace());
    }

    /** A group search base given as a full DN (ends with the base) or relative to the base ("ou=groups"). */
    private boolean holdsOrIs(String dn) {
        return dn.replace(" ", "")
                .toLowerCase(Locale.ROOT)
                .endsWith(base.replace(" ", "").toLowerCase(Locale.ROOT));
    }

    private String[] attributes() {
        return Stream.of(emailAttribute, nameAttribute, departmentAttribute, memberOfAttribute)
                .distinct()
                .toArray(String[]::new);
    }

    private SearchControls controls(String[] attributes) {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(attributes);
        controls.setTimeLimit((int) timeout.toMillis());
        controls.setReturningObjFlag(true);
        return controls;
    }

    private void requireConfigured() {
        if (!configured()) {
            throw new IllegalStateException("No company directory is configured (PSO_LDAP_URL)");
        }
    }

    private DirectoryUnreachable unreachable(NamingException e) {
        return new DirectoryUnreachable("The company directory at " + url + " cannot be read: " + e.getMessage(), e);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
