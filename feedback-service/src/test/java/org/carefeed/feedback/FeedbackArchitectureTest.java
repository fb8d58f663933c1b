package org.carefeed.feedback;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.carefeed", importOptions = ImportOption.DoNotIncludeTests.class)
class FeedbackArchitectureTest {

    @ArchTest
    static final ArchRule doesNotDependOnChoiceService = noClasses()
            .that().resideInAPackage("org.carefeed.feedback..")
            .should().dependOnClassesThat().resideInAPackage("org.carefeed.choice..")
            .because("the services talk only through Kafka");
}
