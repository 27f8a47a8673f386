package org.psoportal.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psoportal.PortalApplication;
import org.psoportal.architecture.cyclefixture.CycleFixtureApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The features are Spring Modulith application modules: no cycles between them, and no module reaches into another
 * one's internals (anything outside its base package or a named interface). The module diagrams in docs/modules and
 * the README's diagram are written from the same model, so they cannot drift from the code.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    @Test
    void theModulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void theVerificationRefusesACycleBetweenModules() {
        ImportOption everything = location -> true; // the fixture lives in test classes, which are skipped by default
        var entangled = ApplicationModules.of(CycleFixtureApplication.class, everything);

        assertThat(entangled.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrder("first", "second");
        assertThatThrownBy(entangled::verify).isInstanceOf(Violations.class).hasMessageContaining("Cycle detected");
    }

    @Test
    void theSharedKernelImportsNoFeature() {
        var shared = MODULES.getModuleByName("shared").orElseThrow();
        assertThat(shared.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName))
                .isEmpty();
    }

    @Test
    void theReadmeShowsTheCurrentModuleDiagram() throws IOException {
        writeModuleDiagrams();

        String readme = Files.readString(Path.of("README.md"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/module-diagram.md"), mermaidDiagram()); // to copy from when it changed
        assertThat(readme)
                .as("README.md's module diagram; replace it with target/module-diagram.md if the modules changed")
                .contains(mermaidDiagram());
    }

    /**
     * Spring Modulith's Documenter writes PlantUML/C4 diagrams of all modules and of each one. It lists elements in no
     * fixed order, so docs/modules is only rewritten when a diagram says something else (other lines), not at every
     * run.
     */
    private static void writeModuleDiagrams() throws IOException {
        Path generated = Path.of("target", "modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Path docs = Files.createDirectories(Path.of("docs", "modules"));
        try (var files = Files.list(generated)) {
            for (Path diagram : files.toList()) {
                Path committed = docs.resolve(diagram.getFileName());
                if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(diagram))) {
                    Files.copy(diagram, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    /** A Mermaid graph of who depends on whom (GitHub draws it in the README); the kernel is left out. */
    static String mermaidDiagram() {
        String edges = MODULES.stream()
                .sorted(Comparator.comparing(ApplicationModule::getName))
                .flatMap(module -> module.getDirectDependencies(MODULES)
                        .uniqueModules()
                        .map(ApplicationModule::getName)
                        .filter(target -> !target.equals("shared"))
                        .sorted()
                        .map(target -> "    " + module.getName() + " --> " + target))
                .distinct()
                .collect(Collectors.joining("\n"));
        return "```mermaid\nflowchart LR\n" + edges + "\n```";
    }
}
