package loa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rooms of STYLE.md: dependencies point toward campaign, and library types stop at their adapter. */
@AnalyzeClasses(packages = "loa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule campaignImportsJavaOnly = classes().that().resideInAPackage("loa.campaign..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "loa.campaign..");

    @ArchTest
    static final ArchRule dialerImportsJavaAndCampaignOnly = classes().that().resideInAPackage("loa.dialer..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "loa.campaign..", "loa.dialer..", "org.slf4j..");

    @ArchTest
    static final ArchRule quartzStaysInSchedule = noClasses().that().resideOutsideOfPackage("loa.schedule..")
            .should().dependOnClassesThat().resideInAPackage("org.quartz..");

    @ArchTest
    static final ArchRule onlyTheCompositionRootKnowsTheCompositionRoot = noClasses().that().resideOutsideOfPackage("loa.app..")
            .should().dependOnClassesThat().resideInAPackage("loa.app..");

    @ArchTest
    static final ArchRule storeStandsAlone = noClasses().that().resideInAPackage("loa.store..")
            .should().dependOnClassesThat().resideInAnyPackage("loa.audience..", "loa.config..");

    @ArchTest
    static final ArchRule audienceStandsAlone = noClasses().that().resideInAPackage("loa.audience..")
            .should().dependOnClassesThat().resideInAnyPackage("loa.store..", "loa.config..");

    @ArchTest
    static final ArchRule configStandsAlone = noClasses().that().resideInAPackage("loa.config..")
            .should().dependOnClassesThat().resideInAnyPackage("loa.store..", "loa.audience..");

    @ArchTest
    static final ArchRule vxmlStandsAlone = noClasses().that().resideInAPackage("loa.vxml..")
            .should().dependOnClassesThat().resideInAnyPackage("loa.store..", "loa.config..", "loa.audience..");

    @ArchTest
    static final ArchRule theWebStaysInVxml = noClasses().that().resideOutsideOfPackages("loa.vxml..", "loa.harness..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.apache.catalina..", "org.thymeleaf..");

    @ArchTest
    static final ArchRule jedisStaysInStore = noClasses().that().resideOutsideOfPackage("loa.store..")
            .should().dependOnClassesThat().resideInAPackage("redis.clients..");

    @ArchTest
    static final ArchRule jacksonStaysInConfig = noClasses().that().resideOutsideOfPackage("loa.config..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule onlyTheAppRunsTheHarness = noClasses().that().resideOutsideOfPackages("loa.harness..", "loa.app..")
            .should().dependOnClassesThat().resideInAPackage("loa.harness..");

    @ArchTest
    static final ArchRule sipStaysInItsAdapters = noClasses().that().resideOutsideOfPackages("loa.sip..", "loa.harness..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.sip..", "gov.nist..");

    @ArchTest
    static final ArchRule smppStaysInItsAdapters = noClasses().that().resideOutsideOfPackages("loa.sms..", "loa.harness..")
            .should().dependOnClassesThat().resideInAPackage("org.jsmpp..");

    @ArchTest
    static final ArchRule picocliStaysInApp = noClasses().that().resideOutsideOfPackage("loa.app..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");
}
