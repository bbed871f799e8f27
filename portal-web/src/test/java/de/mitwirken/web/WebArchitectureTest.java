package de.mitwirken.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web module talks to the capabilities through their boundaries; it also uses their entity packages for
 * value types, drafts and enums (and the limits some entities declare), but never a control. Plain JUnit tests
 * that check ArchUnit rules, because Surefire 3.5.3 silently skips {@code @ArchTest} fields.
 */
class WebArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("de.mitwirken.web");

    @Test
    void webUsesBoundariesEntitiesAndTheStrategyOnly() {
        classes().that().resideInAPackage("de.mitwirken.web..").should().onlyDependOnClassesThat(
                resideOutsideOfPackage("de.mitwirken..").or(resideInAnyPackage("de.mitwirken.web..",
                        "de.mitwirken.*.boundary..", "de.mitwirken.*.entity..", "de.mitwirken.strategy..")))
                .check(WEB);
    }

    @Test
    void webUsesNoControl() {
        noClasses().that().resideInAPackage("de.mitwirken.web..").should().dependOnClassesThat()
                .resideInAPackage("de.mitwirken.*.control..").check(WEB);
    }

    /** Linking a need to an item is a backlog fragment on the moderation page (web.backlog.NeedToItemBean). */
    @Test
    void needsPagesDoNotImportTheBacklog() {
        noClasses().that().resideInAPackage("de.mitwirken.web.needs..").should().dependOnClassesThat()
                .resideInAnyPackage("de.mitwirken.backlog..", "de.mitwirken.web.backlog..").check(WEB);
    }

    /**
     * The platform's pages (the open-data catalogue and page among them) know no capability: capabilities
     * contribute through interfaces of web.platform (OpenDataset), never the other way round.
     */
    @Test
    void platformPagesImportNoCapability() {
        noClasses().that().resideInAPackage("de.mitwirken.web.platform..").should().dependOnClassesThat()
                .resideInAnyPackage("de.mitwirken.needs..", "de.mitwirken.backlog..", "de.mitwirken.board..",
                        "de.mitwirken.conference..", "de.mitwirken.reporting..", "de.mitwirken.web.needs..",
                        "de.mitwirken.web.backlog..", "de.mitwirken.web.board..", "de.mitwirken.web.conference..",
                        "de.mitwirken.web.reporting..").check(WEB);
    }
}
