package org.hamkori.webhooks;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.hamkori.testkit.HamkoriArchitecture;
import org.hamkori.webhooks.messaging.TopicReplay;
import org.hamkori.webhooks.messaging.WebhookTransport;

/** The layering of this module's README, as rules over its production classes (plain JUnit, no Quarkus). */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    static final String BASE = "org.hamkori.webhooks";

    @ArchTest
    static final ArchRule onlyRestKnowsHttp = HamkoriArchitecture.httpOnlyIn(BASE, "rest");

    /**
     * The one known exception, until they move out of {@code messaging/}: the use cases call the outbound transport
     * (the webhook POSTs) and the topics' replay, which sit beside the consumers.
     */
    private static final DescribedPredicate<JavaClass> OUTBOUND_ADAPTERS =
            JavaClass.Predicates.belongToAnyOf(WebhookTransport.class, TopicReplay.class);

    @ArchTest
    static final ArchRule layersPointDown = HamkoriArchitecture.layers(BASE)
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(BASE + ".service.."), OUTBOUND_ADAPTERS);

    @ArchTest
    static final ArchRule noPackageCycles = HamkoriArchitecture.noPackageCycles(BASE)
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(BASE + ".service.."), OUTBOUND_ADAPTERS);

    @ArchTest
    static final ArchRule onlyServicesAndRepositoriesQueryTheDatabase =
            HamkoriArchitecture.onlyServicesAndRepositoriesQueryTheDatabase(BASE);

    @ArchTest
    static final ArchRule publishesNoDomainEvents = HamkoriArchitecture.publishesNoDomainEvents(BASE);
}
