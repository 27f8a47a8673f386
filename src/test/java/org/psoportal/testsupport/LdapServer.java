package org.psoportal.testsupport;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.psoportal.security.Directory;

/**
 * A real LDAP server in the test's JVM (UnboundID's in-memory directory server, speaking the protocol on a free
 * loopback port), loaded with src/test/resources/ldap/organisation.ldif under a base of its own
 * ({@code dc=t1a2b3c4,dc=example}), so people of different tests never meet in the shared portal database. Groups are
 * groupOfNames under ou=groups (found by a group search, as OpenLDAP without the memberOf overlay); Eve carries
 * memberOf herself (as Active Directory). Schema checking is off so that memberOf can be written as a plain attribute.
 */
public final class LdapServer implements AutoCloseable {

    public static final String PASSWORD = "directory-pw";
    public static final String SERVICE_PASSWORD = "service-pw";

    private final InMemoryDirectoryServer server;
    private final String dc;
    private final String base;

    private LdapServer(InMemoryDirectoryServer server, String dc, String base) {
        this.server = server;
        this.dc = dc;
        this.base = base;
    }

    public static LdapServer start() {
        String dc = "t" + UUID.randomUUID().toString().substring(0, 8);
        String base = "dc=" + dc + ",dc=example";
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(base);
            config.setSchema(null);
            config.setListenerConfigs(
                    InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            String ldif;
            try (InputStream in = LdapServer.class.getResourceAsStream("/ldap/organisation.ldif")) {
                ldif = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("{base}", base)
                        .replace("{dc}", dc);
            }
            server.importFromLDIF(
                    true, new LDIFReader(new ByteArrayInputStream(ldif.getBytes(StandardCharsets.UTF_8))));
            server.startListening();
            return new LdapServer(server, dc, base);
        } catch (LDAPException | IOException e) {
            throw new IllegalStateException("The test LDAP server did not start", e);
        }
    }

    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    public String base() {
        return base;
    }

    public String serviceDn() {
        return "cn=portal,ou=services," + base;
    }

    /** The e-mail of a person of the LDIF (ada, bert, clara, dan, eve). */
    public String email(String uid) {
        return uid + "@" + dc + ".example";
    }

    public String dn(String uid) {
        return "uid=" + uid + ",ou=people," + base;
    }

    public String group(String name) {
        return "cn=" + name + ",ou=groups," + base;
    }

    /** The settings the portal reads (PSO_LDAP_*), as Spring properties, for a test context of its own. */
    public String[] properties() {
        return new String[] {
            "pso.ldap.url=" + url(),
            "pso.ldap.base=" + base,
            "pso.ldap.bind-dn=" + serviceDn(),
            "pso.ldap.bind-password=" + SERVICE_PASSWORD,
            "pso.ldap.group-search-base=ou=groups"
        };
    }

    /** The portal's view of this directory, with the defaults of application.properties and a group search. */
    public Directory directory() {
        return directory(url());
    }

    /** The same settings pointed at another URL (a server that is down or does not answer). */
    public Directory directory(String url) {
        return new Directory(
                url,
                base,
                serviceDn(),
                SERVICE_PASSWORD,
                "(mail={0})",
                "(objectClass=inetOrgPerson)",
                "mail",
                "cn",
                "departmentNumber",
                "memberOf",
                "ou=groups",
                "(member={0})",
                Duration.ofSeconds(5));
    }

    /** The person leaves the organisation: their entry is deleted. */
    public void remove(String uid) {
        change(() -> server.delete(dn(uid)));
    }

    public void addToGroup(String group, String uid) {
        change(() -> server.modify(group(group), new Modification(ModificationType.ADD, "member", dn(uid))));
    }

    public void removeFromGroup(String group, String uid) {
        change(() -> server.modify(group(group), new Modification(ModificationType.DELETE, "member", dn(uid))));
    }

    /** Stops answering: the directory is down. */
    public void stop() {
        server.shutDown(true);
    }

    @Override
    public void close() {
        server.shutDown(true);
    }

    private interface LdapChange {
        void run() throws LDAPException;
    }

    private static void change(LdapChange change) {
        try {
            change.run();
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }
}
