package app.corridor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the direction of dependencies honest: a core that knows nothing of JavaFX, a UI on top. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.corridor");

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("app.corridor.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(MAIN);
    }

    @Test
    void nothingButTheLauncherDependsOnTheUiOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("app.corridor.ui..").and().doNotHaveFullyQualifiedName(
                        Launcher.class.getName())
                .should().dependOnClassesThat().resideInAPackage("app.corridor.ui..")
                .check(MAIN);
        noClasses().that().resideOutsideOfPackages("app.corridor.cli..").and().doNotHaveFullyQualifiedName(
                        Launcher.class.getName())
                .should().dependOnClassesThat().resideInAPackage("app.corridor.cli..")
                .check(MAIN);
    }

    @Test
    void theModelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("app.corridor.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "app.corridor.model..")
                .check(MAIN);
    }

    /** The languages sit beside the model: every core package and the UI may speak through them. */
    @Test
    void theLanguagesKnowOnlyTheModelAndIcu() {
        noClasses().that().resideInAPackage("app.corridor.i18n..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "app.corridor.model..",
                        "app.corridor.i18n..", "com.ibm.icu..")
                .check(MAIN);
    }

    @Test
    void theLayoutKnowsNoStorageOrJson() {
        noClasses().that().resideInAnyPackage("app.corridor.layout..", "app.corridor.render..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.fasterxml..",
                        "app.corridor.store..", "app.corridor.dataset..")
                .allowEmptyShould(true)
                .check(MAIN);
    }
}
