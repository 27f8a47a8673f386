package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * The access control matrix: every public method of every {@code @Service} in org.psoportal, called by a person
 * of each role and by an anonymous visitor, is allowed or refused exactly as the written table
 * {@code src/test/resources/security/access-matrix.csv} says. A new public service method without a row fails.
 *
 * <p>"N" means the method's access rule refuses the caller (Spring Security's {@link AuthorizationDeniedException}
 * or {@link AuthenticationCredentialsNotFoundException}, before any service code runs). "Y" means the rule lets the
 * caller in; the method may then still refuse a particular object (see {@link ObjectAccessTest}). The calls use
 * harmless arguments (ids that do not exist, nulls, empty lists), so an allowed call ends in a "not found" or a
 * validation message, or returns the caller's own (empty) data; nothing of anybody else is touched.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final String MATRIX = "/security/access-matrix.csv";
    static final List<String> CALLERS = List.of("STAFF", "ADMINISTRATOR", "EXPERT", "HEAD", "ANONYMOUS");

    @Autowired
    ApplicationContext context;

    @Autowired
    SecurityFixture fixture;

    private final Map<String, String> callers = new LinkedHashMap<>();

    @BeforeAll
    void onePersonPerRole() {
        for (Role role : Role.values()) {
            callers.put(role.name(), fixture.newPerson(role, "Matrix " + role));
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyServiceMethodForEveryCaller")
    void everyPublicServiceMethodAnswersEveryCallerAsTheTableSays(String key, String caller, Method method) {
        Map<String, Boolean> row = table().get(key);
        assertThat(row)
                .as("%s has no row in %s: add one (who may call it?)", key, MATRIX)
                .isNotNull();
        boolean expected = row.get(caller);
        Object bean = context.getBean(method.getDeclaringClass());
        Object[] args = Arrays.stream(method.getParameterTypes())
                .map(AccessMatrixTest::harmless)
                .toArray();
        Throwable thrown = fixture.as(callers.get(caller), () -> {
            try {
                method.invoke(bean, args);
                return null;
            } catch (InvocationTargetException e) {
                return e.getCause();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        boolean refusedByRule = thrown instanceof AuthorizationDeniedException
                || thrown instanceof AuthenticationCredentialsNotFoundException;
        if (expected && refusedByRule) {
            fail("%s should be allowed for %s but was refused: %s", key, caller, thrown);
        }
        if (!expected && !refusedByRule) {
            fail(
                    "%s should be refused for %s but was let in (%s)",
                    key, caller, thrown == null ? "returned normally" : thrown.toString());
        }
    }

    @Test
    void everyRowOfTheTableNamesAnExistingMethod() {
        var existing = serviceMethods().stream().map(AccessMatrixTest::key).collect(Collectors.toSet());
        assertThat(new TreeSet<>(table().keySet()))
                .as("rows of %s without a service method", MATRIX)
                .allMatch(existing::contains);
    }

    Stream<Arguments> everyServiceMethodForEveryCaller() {
        return serviceMethods().stream().flatMap(m -> CALLERS.stream().map(c -> Arguments.of(key(m), c, m)));
    }

    /** Public, non-static methods declared by the {@code @Service} classes of the portal. */
    static List<Method> serviceMethods() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<Method> methods = new ArrayList<>();
        for (BeanDefinition def : scanner.findCandidateComponents("org.psoportal")) {
            Class<?> type =
                    ClassUtils.resolveClassName(def.getBeanClassName(), AccessMatrixTest.class.getClassLoader());
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())
                        && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic()
                        && !m.isBridge()) {
                    methods.add(m);
                }
            }
        }
        methods.sort((a, b) -> key(a).compareTo(key(b)));
        assertThat(methods).as("service methods found by the scan").hasSizeGreaterThan(50);
        return methods;
    }

    static String key(Method m) {
        return m.getDeclaringClass().getSimpleName() + "#" + m.getName() + "("
                + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
                + ")";
    }

    /** The table: {@code Service#method(ParamTypes);STAFF;ADMINISTRATOR;EXPERT;HEAD;ANONYMOUS} with Y or N. */
    static Map<String, Map<String, Boolean>> table() {
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX).isNotNull();
            Map<String, Map<String, Boolean>> rows = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";");
                assertThat(cells).as(line).hasSize(1 + CALLERS.size());
                Map<String, Boolean> row = new LinkedHashMap<>();
                for (int i = 0; i < CALLERS.size(); i++) {
                    String cell = cells[i + 1].strip();
                    assertThat(cell).as(line).isIn("Y", "N");
                    row.put(CALLERS.get(i), cell.equals("Y"));
                }
                assertThat(rows.put(cells[0].strip(), row))
                        .as("duplicate row %s", cells[0])
                        .isNull();
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Arguments that name nothing that exists and carry no data. */
    static Object harmless(Class<?> type) {
        if (type == long.class) {
            return -1L;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (type.isPrimitive()) {
            throw new IllegalArgumentException("no harmless value for " + type);
        }
        return null;
    }
}
