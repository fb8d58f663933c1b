package org.carefeed.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contracts must be readable by anyone: no framework, database, broker or service code in them. */
@AnalyzeClasses(packages = "org.carefeed.events", importOptions = ImportOption.DoNotIncludeTests.class)
class EventsArchitectureTest {

    @ArchTest
    static final ArchRule eventsDependOnNoFrameworkDatabaseOrBroker = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..")
            .because("events are the public contract and must not tie readers to Spring, MongoDB or a Kafka client");

    @ArchTest
    static final ArchRule eventsDependOnNoService = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.carefeed.feedback..", "org.carefeed.choice..")
            .because("services depend on the contracts, never the other way round");
}
