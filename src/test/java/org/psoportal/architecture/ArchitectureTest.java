package org.psoportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The layout rules of the README ("How the code is laid out"), checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.psoportal");

    private static final DescribedPredicate<JavaClass> REPOSITORY =
            DescribedPredicate.describe("Spring Data repositories", c -> c.isAssignableTo(Repository.class));

    @Test
    void viewsNeverUseRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat(REPOSITORY)
                .check(CLASSES);
    }

    @Test
    void aFeatureNeverUsesAnotherFeaturesRepository() {
        classes()
                .that(REPOSITORY)
                .should(new ArchCondition<>("be used only inside their own feature package") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        String feature = moduleOf(repository);
                        repository.getAccessesToSelf().forEach(access -> {
                            if (!moduleOf(access.getOriginOwner()).equals(feature)) {
                                events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                            }
                        });
                        repository.getDirectDependenciesToSelf().forEach(dep -> {
                            if (!moduleOf(dep.getOriginClass()).equals(feature)) {
                                events.add(SimpleConditionEvent.violated(dep, dep.getDescription()));
                            }
                        });
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() {
        methods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .should(new ArchCondition<>("have @PreAuthorize on the method or its class") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                        // Only @PreAuthorize counts: JSR-250 method security is deliberately off (SecurityConfig).
                        boolean ok = method.isAnnotatedWith(PreAuthorize.class)
                                || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                        if (!ok) {
                            events.add(SimpleConditionEvent.violated(
                                    method, method.getFullName() + " has no access rule"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /**
     * A repository is public so that its module's facade in the base package can use it, but it lives in the module's
     * internal package, where ModulesTest keeps every other module away from it.
     */
    @Test
    void repositoriesLiveInTheirModulesInternalPackage() {
        classes()
                .that(REPOSITORY)
                .should()
                .resideInAPackage("org.psoportal.*.internal")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /** The feature module a class belongs to: the package right below org.psoportal. */
    private static String moduleOf(JavaClass type) {
        String[] segments = type.getPackageName().split("\\.");
        return segments.length > 2 ? segments[2] : "";
    }
}
