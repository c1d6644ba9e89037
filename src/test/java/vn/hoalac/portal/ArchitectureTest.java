package vn.hoalac.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The portal's layers, frozen: dependencies run domain ← application (use cases and the ports they need) ←
 * infrastructure (the adapters behind those ports), and interfaces (web pages, REST resources) → application. A new
 * import against these rules fails here with the offending class and the class it reaches named. Run it alone with
 * {@code ./mvnw -q test -Dtest=ArchitectureTest}; docs/architecture.md lists the packages and their ports.
 */
class ArchitectureTest {

    private static final String ROOT = "vn.hoalac.portal";
    private static JavaClasses portal;

    @BeforeAll
    static void importThePortal() {
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layersDependOnlyInward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy(ROOT + ".domain..")
                .layer("application").definedBy(ROOT + ".application..")
                .layer("infrastructure").definedBy(ROOT + ".infrastructure..")
                .layer("interfaces").definedBy(ROOT + ".interfaces..")
                .whereLayer("interfaces").mayNotBeAccessedByAnyLayer()
                .whereLayer("infrastructure").mayNotBeAccessedByAnyLayer()
                .whereLayer("application").mayOnlyBeAccessedByLayers("infrastructure", "interfaces")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("application", "infrastructure", "interfaces")
                .check(portal);
    }

    @Test
    void webPagesAndRestResourcesDoNotImportEachOther() {
        noClasses().that().resideInAPackage(ROOT + ".interfaces.web..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".interfaces.rest..")
                .check(portal);
        noClasses().that().resideInAPackage(ROOT + ".interfaces.rest..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".interfaces.web..")
                .check(portal);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(portal);
    }

    @Test
    void theDomainKnowsNoFrameworkButPersistence() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.faces..", "org.primefaces..", "org.omnifaces..",
                        "jakarta.ws.rs..", "jakarta.servlet..", "jakarta.enterprise..", "jakarta.inject..",
                        "jakarta.transaction..", "jakarta.ejb..", "org.eclipse.microprofile..",
                        "org.apache.lucene..", "org.apache.poi..", "org.openpdf..", "com.lowagie..",
                        "java.sql..", "javax.sql..", "org.postgresql..")
                .because("the domain model is plain Java with its JPA mapping; frameworks belong to the outer layers")
                .check(portal);
    }
}
