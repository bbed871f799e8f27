package de.mitwirken;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * How the capabilities of the EJB module may depend on each other, checked on its compiled main classes, so that
 * docs/architecture.md ("Between capabilities the dependencies run one way") stays true. A new dependency between
 * capabilities is a decision: change that page and this test together.
 * <p>
 * Plain JUnit tests that check ArchUnit rules, because Surefire 3.5.3 silently skips {@code @ArchTest} fields.
 */
class ArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("de.mitwirken");

    /** The platform serves every capability and finds them through its interfaces, never by import. */
    @Test
    void platformImportsNoCapability() {
        check(noClasses().that().resideInAPackage("de.mitwirken.platform..").should().dependOnClassesThat()
                .resideInAnyPackage("de.mitwirken.needs..", "de.mitwirken.board..", "de.mitwirken.conference..",
                        "de.mitwirken.backlog..", "de.mitwirken.reporting..", "de.mitwirken.council.."));
    }

    /** Needs learns where a need went through needs.boundary.NeedDestinations, which the backlog implements. */
    @Test
    void needsDoesNotImportTheBacklog() {
        check(noClasses().that().resideInAPackage("de.mitwirken.needs..").should().dependOnClassesThat()
                .resideInAPackage("de.mitwirken.backlog.."));
    }

    /** The conference stands on its own: the platform and the strategy's fields, nothing of other capabilities. */
    @Test
    void conferenceUsesOnlyPlatformAndStrategy() {
        check(usesOnly("conference", "platform", "strategy"));
    }

    /** The shared kernel is what every capability may use, so it may use none of them. */
    @Test
    void sharedKernelUsesNothingOfThePortal() {
        check(usesOnly("strategy"));
    }

    @Test
    void needsUsesOnlyPlatformAndStrategy() {
        check(usesOnly("needs", "platform", "strategy"));
    }

    @Test
    void backlogUsesOnlyNeedsPlatformAndStrategy() {
        check(usesOnly("backlog", "needs", "platform", "strategy"));
    }

    @Test
    void boardUsesOnlyBacklogNeedsPlatformAndStrategy() {
        check(usesOnly("board", "backlog", "needs", "platform", "strategy"));
    }

    /** The report lists the council decisions linked to its items, read through council.boundary.CouncilPapers. */
    @Test
    void reportingUsesOnlyBacklogBoardCouncilPlatformAndStrategy() {
        check(usesOnly("reporting", "backlog", "board", "council", "platform", "strategy"));
    }

    /**
     * The council's crawled papers stand on their own; backlog, board and reporting keep a linked paper's id as a
     * plain value (the board and backlog rules above keep council out of them).
     */
    @Test
    void councilUsesOnlyPlatformAndStrategy() {
        check(usesOnly("council", "platform", "strategy"));
    }

    /** The domain knows no web tier: pages, servlets and Faces live in portal-web. */
    @Test
    void domainKnowsNoWebTier() {
        check(noClasses().that().resideInAPackage("de.mitwirken..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "jakarta.servlet..", "de.mitwirken.web.."));
    }

    /** Capabilities talk to each other one way; a circle would make them one capability. */
    @Test
    void noCyclesBetweenCapabilities() {
        check(slices().matching("de.mitwirken.(*)..").should().beFreeOfCycles());
    }

    /** Entities guard their own rules; controls and boundaries use them, never the other way round. */
    @Test
    void entitiesDependOnNoBoundaryOrControl() {
        check(noClasses().that().resideInAPackage("de.mitwirken.*.entity..").should().dependOnClassesThat()
                .resideInAnyPackage("de.mitwirken.*.boundary..", "de.mitwirken.*.control.."));
    }

    /** The classes of the first package use, of the portal, only themselves and the other packages named. */
    private static ArchRule usesOnly(String subject, String... others) {
        String[] allowed = new String[others.length + 1];
        allowed[0] = "de.mitwirken." + subject + "..";
        for (int i = 0; i < others.length; i++) {
            allowed[i + 1] = "de.mitwirken." + others[i] + "..";
        }
        return classes().that().resideInAPackage(allowed[0]).should()
                .onlyDependOnClassesThat(resideOutsideOfPackage("de.mitwirken..").or(resideInAnyPackage(allowed)));
    }

    private static void check(ArchRule rule) {
        rule.check(DOMAIN);
    }
}
