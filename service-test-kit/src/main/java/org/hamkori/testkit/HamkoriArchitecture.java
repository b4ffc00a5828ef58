package org.hamkori.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.Arrays;

/**
 * The layering rules the modules' READMEs give in prose, written once as ArchUnit rules for a module's base package
 * ({@code org.hamkori.centers}): the aggregate and its values at the package root, then {@code rest/} (the only place
 * that knows HTTP), {@code service/} (use cases), {@code repository/} (queries) and {@code messaging/} (consumers).
 * Each module's {@code ArchitectureTest} applies them to its production classes.
 */
public final class HamkoriArchitecture {

    /** What only the HTTP edge may know: JAX-RS, Quarkus REST and the kit's problem+json types. */
    private static final String[] HTTP =
            {"jakarta.ws.rs..", "org.jboss.resteasy..", "io.quarkus.resteasy..", "org.hamkori.kit.problem.."};

    private HamkoriArchitecture() {
    }

    /**
     * Only the edge knows HTTP ({@code rest/}, and any other package named): aggregates, use cases, repositories and
     * consumers refuse in the domain's words (the kit's {@code NotFound}, {@code InvalidValues},
     * {@code BusinessRuleViolation}…), which the kit's problem mappers answer at the edge.
     */
    public static ArchRule httpOnlyIn(String base, String... edgePackages) {
        String[] edges = Arrays.stream(edgePackages).map(edge -> base + "." + edge + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackages(edges)
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .as("only " + String.join(", ", edgePackages) + " of " + base
                        + " know HTTP (JAX-RS, problem+json): the aggregates and services speak the domain's words");
    }

    /**
     * Dependencies point down and never back up: rest → service → repository → the aggregates at the root; the
     * consumers in messaging call services; nothing calls a resource or a consumer.
     */
    public static LayeredArchitecture layers(String base) {
        return layersOf(base, "rest", "messaging", "service", "repository")
                .withOptionalLayers(true)
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "messaging")
                .whereLayer("repository").mayOnlyBeAccessedByLayers("rest", "messaging", "service")
                .as("the layers of " + base + " point down: rest → service → repository → the aggregates at "
                        + "the root, messaging → service");
    }

    /**
     * The layers of a module, for its rules ({@code whereLayer("service")…}): each of {@code packages} under
     * {@code base} is the layer of its name, and {@code base} itself, the aggregates and values at the root, is
     * {@code "root"}.
     */
    public static LayeredArchitecture layersOf(String base, String... packages) {
        LayeredArchitecture layers = layeredArchitecture().consideringAllDependencies();
        for (String layer : packages) {
            layers = layers.layer(layer).definedBy(base + "." + layer + "..");
        }
        return layers.layer("root").definedBy(base);
    }

    /** No two packages of the module depend on each other, however indirectly; the root package counts as one. */
    public static SliceRule noPackageCycles(String base) {
        return slices().assignedFrom(packagesUnder(base)).should().beFreeOfCycles()
                .as("the packages of " + base + " (its root included) are free of cycles");
    }

    /**
     * The edge and the consumers reach the database only through services and repositories: they hold no
     * {@code EntityManager} and use no Panache.
     */
    public static ArchRule onlyServicesAndRepositoriesQueryTheDatabase(String base) {
        return noClasses().that().resideInAnyPackage(base + ".rest..", base + ".messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
                        "io.quarkus.hibernate.orm.panache..", "org.hibernate..")
                .as("rest and messaging of " + base + " reach the database only through services and repositories");
    }

    /** A service that only reads the programme's events publishes none: it has no use for the kit's outbox. */
    public static ArchRule publishesNoDomainEvents(String base) {
        return noClasses().that().resideInAPackage(base + "..")
                .should().dependOnClassesThat().resideInAPackage("org.hamkori.kit.outbox..")
                .as(base + " publishes no domain events (it does not use the outbox)");
    }

    /** Each top-level package under {@code base} is a slice, and {@code base} itself is one more. */
    private static SliceAssignment packagesUnder(String base) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(base)) {
                    return SliceIdentifier.of("(root)");
                }
                if (name.startsWith(base + ".")) {
                    return SliceIdentifier.of(name.substring(base.length() + 1).split("\\.")[0]);
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of " + base;
            }
        };
    }
}
