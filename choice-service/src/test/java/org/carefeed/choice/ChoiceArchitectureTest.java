package org.carefeed.choice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.carefeed", importOptions = ImportOption.DoNotIncludeTests.class)
class ChoiceArchitectureTest {

    @ArchTest
    static final ArchRule doesNotDependOnFeedbackService = noClasses()
            .that().resideInAPackage("org.carefeed.choice..")
            .should().dependOnClassesThat().resideInAPackage("org.carefeed.feedback..")
            .because("the services talk only through Kafka");
}
