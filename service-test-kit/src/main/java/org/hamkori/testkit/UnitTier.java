package org.hamkori.testkit;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * The unit tier ({@code ./mvnw -Punit test}, which sets {@code hamkori.tier=unit}): leaves out every test that starts
 * a Quarkus application, since the application needs PostgreSQL and Kafka, so that what remains runs in seconds
 * without any infrastructure. Without the property every test runs. JUnit finds this filter through
 * {@code META-INF/services}, in every module that has this kit on its test classpath.
 */
public final class UnitTier implements PostDiscoveryFilter {

    static final String TIER_PROPERTY = "hamkori.tier";
    static final String UNIT = "unit";

    /** By name: the test class may have been loaded by its Quarkus application's class loader. */
    private static final Set<String> APPLICATION_TESTS = Set.of(
            "io.quarkus.test.junit.QuarkusTest",
            "io.quarkus.test.junit.QuarkusIntegrationTest",
            "io.quarkus.test.junit.main.QuarkusMainTest",
            "io.quarkus.test.junit.main.QuarkusMainIntegrationTest");

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!UNIT.equals(System.getProperty(TIER_PROPERTY))) {
            return FilterResult.included("every tier runs");
        }
        return testClass(descriptor.getSource())
                .filter(UnitTier::startsAnApplication)
                .map(test -> FilterResult.excluded(test.getName() + " starts a Quarkus application"))
                .orElseGet(() -> FilterResult.included("needs no application"));
    }

    private static Optional<Class<?>> testClass(Optional<TestSource> source) {
        return source.map(s -> s instanceof ClassSource c ? c.getJavaClass()
                : s instanceof MethodSource m ? m.getJavaClass() : null);
    }

    /** Its own annotations, a superclass's, or an enclosing class's (a {@code @Nested} class of a Quarkus test). */
    private static boolean startsAnApplication(Class<?> type) {
        return type != null && type != Object.class
                && (Arrays.stream(type.getAnnotations()).anyMatch(UnitTier::isApplicationTest)
                        || startsAnApplication(type.getSuperclass())
                        || startsAnApplication(type.getEnclosingClass()));
    }

    /** The annotation itself, or one that carries it (a project's own stereotype of {@code @QuarkusTest}). */
    private static boolean isApplicationTest(Annotation annotation) {
        return APPLICATION_TESTS.contains(annotation.annotationType().getName())
                || Arrays.stream(annotation.annotationType().getAnnotations())
                        .anyMatch(meta -> APPLICATION_TESTS.contains(meta.annotationType().getName()));
    }
}
