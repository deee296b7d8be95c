package nl.bordspiegel;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ModularityTests {

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> nameMatching(String regex) {
        // Arrays count as their element type (an enum's values() is an array of itself).
        return describe("name matching " + regex,
                javaClass -> javaClass.getBaseComponentType().getName().matches(regex));
    }


    @Test
    void featuresOnlyUseEachOthersPublicServicesAndHaveNoCycles() {
        ApplicationModules.of(Application.class).verify();
    }

    /**
     * What the inference core may import: the JDK, itself, the framework-free history model
     * and the two vocabulary enums that model is written in. Nothing else: no Spring, no
     * JDBC, no texts (the mirror renders those), no other feature.
     */
    private static final String[] LEADERSHIP_MAY_USE = {"java..", "nl.bordspiegel.leadership..",
            "nl.bordspiegel.historymodel.."};
    private static final String[] VOCABULARY = {"nl.bordspiegel.shared.Role", "nl.bordspiegel.shared.Vocabulary"};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.bordspiegel");

    @Test
    void leadershipUsesOnlyTheJdkAndTheHistoryModel() {
        classes().that().resideInAPackage("nl.bordspiegel.leadership..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(LEADERSHIP_MAY_USE)
                        .or(nameMatching(VOCABULARY[0] + ".*")).or(nameMatching(VOCABULARY[1] + ".*"))
                        .or(type(Object.class)))
                .check(MAIN);
    }

    @Test
    void theHistoryModelIsPlainJava() {
        classes().that().resideInAPackage("nl.bordspiegel.historymodel..")
                .or(nameMatching(VOCABULARY[0] + ".*")).or(nameMatching(VOCABULARY[1] + ".*"))
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "nl.bordspiegel.historymodel..")
                        .or(nameMatching(VOCABULARY[0] + ".*")).or(nameMatching(VOCABULARY[1] + ".*")))
                .check(MAIN);
    }
}
