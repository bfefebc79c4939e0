package com.skyorders;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The layout CONTRIBUTING.md and docs/ARCHITECTURE.md describe, checked on the compiled classes rather than trusted to review. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.skyorders");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("com.skyorders.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The four edges stand side by side: what two of them share lives below them (http, the features). */
    private static final String[] EDGES = {
        "com.skyorders.web..", "com.skyorders.console..", "com.skyorders.socket..", "com.skyorders.sweep.."
    };

    @Test
    void edgesNeverImportEachOther() {
        for (String edge : EDGES) {
            noClasses()
                    .that()
                    .resideInAPackage(edge)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(Arrays.stream(EDGES)
                            .filter(other -> !other.equals(edge))
                            .toArray(String[]::new))
                    .check(CLASSES);
        }
    }

    @Test
    void httpPlumbingServesTheEdgesAndImportsNone() {
        noClasses()
                .that()
                .resideInAPackage("com.skyorders.http..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(EDGES)
                .check(CLASSES);
    }

    @Test
    void theDomainNeverTouchesTheWebEdge() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "..order..",
                        "..cart..",
                        "..address..",
                        "..shop..",
                        "..report..",
                        "..payment..",
                        "..employee..",
                        "..user..",
                        "..auth..",
                        "..menu..",
                        "..image..",
                        "..outbox..",
                        "..health..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.servlet..",
                        "jakarta.websocket..",
                        "com.skyorders.http..",
                        "com.skyorders.web..",
                        "com.skyorders.console..",
                        "com.skyorders.socket..",
                        "com.skyorders.sweep..")
                .check(CLASSES);
    }
}
