package nl.bordspiegel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ModularityTests {

    @Test
    void featuresOnlyUseEachOthersPublicServicesAndHaveNoCycles() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void leadershipInferenceIsPureJava() {
        noClasses().that().resideInAPackage("nl.bordspiegel.leadership..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "jakarta.persistence..", "org.hibernate..")
                .allowEmptyShould(true)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.bordspiegel"));
    }
}
