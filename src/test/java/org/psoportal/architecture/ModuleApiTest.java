package org.psoportal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * A module's base package is its API: Spring Modulith lets every other module use what lies there, and nothing else.
 * So the base package holds only what another module does use (a service facade, a read model, a published query,
 * an event, an interface another module implements); the rest lives in the module's {@code internal} and {@code ui}
 * packages, where a change cannot break a neighbour. This keeps each API small enough to read at a glance.
 */
class ModuleApiTest {

    /**
     * Types other modules use in a way the class files do not show. javac copies a constant into the annotation that
     * reads it, so {@code @PreAuthorize(Access.MANAGERS)} leaves no trace of {@code Access} in the caller's bytecode.
     */
    private static final Map<String, String> USED_INVISIBLY = Map.of(
            "org.psoportal.security.Access",
            "its constants are inlined into @PreAuthorize",
            "org.psoportal.admintasks.TaskActivity",
            "the event the service-level clock listens to; the board's own notifier listens to it too");

    /** The kernel is open: all of it is meant for every module. */
    private static final Set<String> OPEN_MODULES = Set.of("shared");

    @Test
    void aBasePackageHoldsOnlyWhatAnotherModuleUses() {
        ApplicationModules modules = ModulesTest.MODULES;
        List<String> unused = modules.stream()
                .filter(module -> !OPEN_MODULES.contains(module.getName()))
                .flatMap(module -> topLevelTypesInBasePackage(module).stream()
                        .filter(type -> !USED_INVISIBLY.containsKey(type.getName()))
                        .filter(type -> !usedByAnotherModule(type, module, modules))
                        .map(JavaClass::getName))
                .sorted()
                .toList();

        assertThat(unused)
                .as("types in a module's base package that no other module uses: move them to its internal package")
                .isEmpty();
    }

    @Test
    void theCheckSeesAnInternalTypeLeftInABasePackage() {
        ApplicationModules modules = ModulesTest.MODULES;
        ApplicationModule booking = modules.getModuleByName("booking").orElseThrow();
        JavaClass internalType = booking.getBasePackage().stream()
                .filter(type -> type.getSimpleName().equals("BookingService"))
                .findFirst()
                .orElseThrow();
        JavaClass publishedQuery = booking.getBasePackage().stream()
                .filter(type -> type.getSimpleName().equals("BookingFigureQueries"))
                .findFirst()
                .orElseThrow();

        assertThat(usedByAnotherModule(internalType, booking, modules)).isFalse();
        assertThat(usedByAnotherModule(publishedQuery, booking, modules)).isTrue();
    }

    private static List<JavaClass> topLevelTypesInBasePackage(ApplicationModule module) {
        String base = module.getBasePackage().getName();
        return module.getBasePackage().stream()
                .filter(type -> type.getPackageName().equals(base))
                .filter(type -> type.isTopLevelClass())
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .toList();
    }

    /** Used by another module: that module depends on the type or on a type nested in it (a row of a query). */
    private static boolean usedByAnotherModule(JavaClass type, ApplicationModule owner, ApplicationModules modules) {
        return modules.getModuleByType(type.getName()).isPresent()
                        && type.getDirectDependenciesToSelf().stream()
                                .map(dependency -> dependency.getOriginClass().getName())
                                .anyMatch(origin -> isInAnotherModule(origin, owner, modules))
                || nestedTypes(type).stream().anyMatch(nested -> usedByAnotherModule(nested, owner, modules));
    }

    private static List<JavaClass> nestedTypes(JavaClass type) {
        return type.getPackage().getClasses().stream()
                .filter(candidate -> candidate
                        .getEnclosingClass()
                        .map(enclosing -> enclosing.equals(type))
                        .orElse(false))
                .toList();
    }

    private static boolean isInAnotherModule(String className, ApplicationModule owner, ApplicationModules modules) {
        return modules.getModuleByType(className)
                .map(module -> !module.equals(owner))
                .orElse(false);
    }
}
