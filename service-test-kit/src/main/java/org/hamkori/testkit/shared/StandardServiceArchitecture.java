package org.hamkori.testkit.shared;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;
import org.hamkori.testkit.HamkoriArchitecture;

/**
 * The layering every standard service's README gives (only {@code rest/} knows HTTP, the layers point down, no package
 * cycle, only services and repositories query the database), stated in one place. A module's {@code ArchitectureTest}
 * extends it, in the module's base package, with {@code @AnalyzeClasses(packagesOf = ArchitectureTest.class,
 * importOptions = DoNotIncludeTests.class)}, and adds the rules of its own as {@code @ArchTest} fields.
 */
public abstract class StandardServiceArchitecture {

    /** The module's base package: the one its {@code ArchitectureTest} sits in. */
    private String base() {
        return getClass().getPackageName();
    }

    @ArchTest
    void onlyRestKnowsHttp(JavaClasses classes) {
        HamkoriArchitecture.httpOnlyIn(base(), "rest").check(classes);
    }

    @ArchTest
    void layersPointDown(JavaClasses classes) {
        HamkoriArchitecture.layers(base()).check(classes);
    }

    @ArchTest
    void noPackageCycles(JavaClasses classes) {
        HamkoriArchitecture.noPackageCycles(base()).check(classes);
    }

    @ArchTest
    void onlyServicesAndRepositoriesQueryTheDatabase(JavaClasses classes) {
        HamkoriArchitecture.onlyServicesAndRepositoriesQueryTheDatabase(base()).check(classes);
    }
}
