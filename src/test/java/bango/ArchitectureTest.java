package bango;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.archfixture.BypassesJlis;
import bango.codes.CoreSystem;
import bango.codes.InstitutionId;
import bango.codes.archfixture.CoreSeesNumber;
import bango.identity.ResidentCode;
import bango.identity.archfixture.IdentityUsesJlis;
import bango.institution.archfixture.InstitutionSeesResidentCode;
import bango.intermediate.archfixture.ServerHoldsNumber;
import bango.network.archfixture.NetworkSeesResidentCode;
import bango.register.archfixture.RegisterHoldsCode;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the parties apart in the code, as the spec keeps them apart in knowledge. Each rule is
 * checked against the production classes, and against a deliberately violating class from the test
 * sources (the archfixture packages) to show the rule can fail.
 */
class ArchitectureTest {

    /** Production classes only: the fixtures below break the rules on purpose. */
    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("bango");

    static final ArchRule CORE_NEVER_SEES_A_NUMBER = noClasses()
            .that().resideInAPackage("bango.codes..")
            .should().dependOnClassesThat().haveFullyQualifiedName("bango.identity.IndividualNumber")
            .because("CODE-5: the core system never holds an individual number; J-LIS converts it first");

    static final ArchRule INSTITUTIONS_NEVER_SEE_A_RESIDENT_CODE = noClasses()
            .that().resideInAPackage("bango.institution..")
            .should().dependOnClassesThat().haveFullyQualifiedName("bango.identity.ResidentCode")
            .because("ID-5, CODE-3b: only J-LIS, the home municipality and the core handle resident codes");

    static final ArchRule ONLY_JLIS_ASKS_THE_CORE_FOR_A_CODE = noClasses()
            .that().resideOutsideOfPackage("bango.jlis..")
            .should().callMethod(CoreSystem.class, "issueCode", InstitutionId.class, long.class, ResidentCode.class)
            .because("CODE-2: the core issues a code only for a resident code J-LIS converted from a number");

    static final ArchRule REGISTERS_HOLD_NO_CODES = noClasses()
            .that().resideInAPackage("bango.register..")
            .should().dependOnClassesThat().resideInAPackage("bango.codes..")
            .because("ID-6, CODE-3: municipalities record numbers; institution codes are the core's and the"
                    + " institutions' business");

    static final ArchRule IDENTITY_DEPENDS_ON_NOTHING_ELSE = noClasses()
            .that().resideInAPackage("bango.identity..")
            .should().dependOnClassesThat(resideInAPackage("bango..").and(resideOutsideOfPackage("bango.identity..")))
            .because("the identifier value types are shared by every party and must not pull any party in");

    static final ArchRule INTERMEDIATE_SERVERS_HOLD_NO_IDENTIFIERS = noClasses()
            .that().resideInAPackage("bango.intermediate..")
            .should().dependOnClassesThat().haveFullyQualifiedName("bango.identity.IndividualNumber")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("bango.identity.ResidentCode")
            .orShould().dependOnClassesThat().resideInAPackage("bango.register..")
            .because("IS-3: an intermediate server holds no individual numbers and none of the four basic facts,"
                    + " only its institution's codes");

    static final ArchRule THE_NETWORK_CARRIES_CODES_ONLY = noClasses()
            .that().resideInAPackage("bango.network..")
            .should().dependOnClassesThat().haveFullyQualifiedName("bango.identity.IndividualNumber")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("bango.identity.ResidentCode")
            .orShould().dependOnClassesThat().resideInAPackage("bango.register..")
            .because("NET-1, NET-6, CODE-5: queries carry institution codes, never a number, a resident code"
                    + " or the four basic facts");

    @Test
    @Covers({"IS-3", "IS-1"})
    void intermediateServersHoldNoNumbersNorBasicFacts() {
        INTERMEDIATE_SERVERS_HOLD_NO_IDENTIFIERS.check(PRODUCTION);
        assertCatches(INTERMEDIATE_SERVERS_HOLD_NO_IDENTIFIERS, ServerHoldsNumber.class);
    }

    @Test
    @Covers({"NET-1", "NET-6"})
    void theNetworkCarriesCodesOnly() {
        THE_NETWORK_CARRIES_CODES_ONLY.check(PRODUCTION);
        assertCatches(THE_NETWORK_CARRIES_CODES_ONLY, NetworkSeesResidentCode.class);
    }

    @Test
    @Covers({"CODE-5"})
    void theCoreSystemNeverUsesAnIndividualNumber() {
        CORE_NEVER_SEES_A_NUMBER.check(PRODUCTION);
        assertCatches(CORE_NEVER_SEES_A_NUMBER, CoreSeesNumber.class);
    }

    @Test
    @Covers({"ID-5", "CODE-3b"})
    void institutionsNeverUseAResidentCode() {
        INSTITUTIONS_NEVER_SEE_A_RESIDENT_CODE.check(PRODUCTION);
        assertCatches(INSTITUTIONS_NEVER_SEE_A_RESIDENT_CODE, InstitutionSeesResidentCode.class);
    }

    @Test
    @Covers({"CODE-2"})
    void onlyJlisCallsCoreSystemIssueCode() {
        ONLY_JLIS_ASKS_THE_CORE_FOR_A_CODE.check(PRODUCTION);
        assertCatches(ONLY_JLIS_ASKS_THE_CORE_FOR_A_CODE, BypassesJlis.class);
        // The rule is not vacuous: J-LIS does call it.
        assertTrue(PRODUCTION.get(bango.jlis.Jlis.class).getMethodCallsFromSelf().stream()
                .anyMatch(c -> c.getTarget().getOwner().isEquivalentTo(CoreSystem.class)
                        && c.getName().equals("issueCode")));
    }

    @Test
    @Covers({"ID-6", "CODE-3"})
    void residentRegistersDoNotDependOnTheCodes() {
        REGISTERS_HOLD_NO_CODES.check(PRODUCTION);
        assertCatches(REGISTERS_HOLD_NO_CODES, RegisterHoldsCode.class);
    }

    @Test
    @Covers({"ID-5", "CODE-5"})
    void identityDependsOnNothingElseInBango() {
        IDENTITY_DEPENDS_ON_NOTHING_ELSE.check(PRODUCTION);
        assertCatches(IDENTITY_DEPENDS_ON_NOTHING_ELSE, IdentityUsesJlis.class);
    }

    @Test
    void theProductionImportSeesTheRulesPackagesAndNoFixture() {
        for (String pkg : List.of("bango.codes", "bango.identity", "bango.institution", "bango.jlis",
                "bango.register", "bango.intermediate", "bango.network")) {
            assertFalse(PRODUCTION.that(resideInAPackage(pkg)).isEmpty(), pkg);
        }
        assertTrue(PRODUCTION.stream().noneMatch(c -> c.getPackageName().endsWith("archfixture")));
        assertFalse(PRODUCTION.contain(ArchitectureTest.class));
    }

    /** The rule, evaluated on the fixture (and what it depends on), reports exactly the fixture. */
    private static void assertCatches(ArchRule rule, Class<?> fixture) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixture);
        EvaluationResult result = rule.evaluate(classes);
        assertTrue(result.hasViolation(), rule.getDescription());
        List<String> details = result.getFailureReport().getDetails();
        assertFalse(details.isEmpty());
        assertTrue(details.stream().allMatch(d -> d.contains(fixture.getName())), String.join("\n", details));
        assertEquals(details.size(), details.stream().filter(d -> d.contains(fixture.getSimpleName())).count());
        // The production classes of the same packages pass the same rule.
        assertFalse(rule.evaluate(PRODUCTION).hasViolation());
    }
}
