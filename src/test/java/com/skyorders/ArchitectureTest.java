package com.skyorders;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layout STYLE.md asks for, checked on the compiled classes rather than trusted to review. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.skyorders");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("com.skyorders.(*)..").should().beFreeOfCycles().check(CLASSES);
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
                        "..image..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.servlet..", "jakarta.websocket..", "com.skyorders.web..", "com.skyorders.console..")
                .check(CLASSES);
    }
}
