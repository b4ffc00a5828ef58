package org.hamkori.contract.reference;

import java.util.List;
import java.util.Optional;

/**
 * The programme's phases (SPEC §7), shipped as versioned data in {@code /reference/phases.json} with their dates and
 * partners as the programme's public record gives them; the version changes whenever the list does.
 *
 * @param phases in the order of their start
 */
public record Phases(String version, List<Phase> phases) {

    private static final Phases INSTANCE = ReferenceDocuments.read("/reference/phases.json", Phases.class);

    public Phases {
        phases = List.copyOf(phases);
    }

    public static Phases get() {
        return INSTANCE;
    }

    public Optional<Phase> phase(String code) {
        return phases.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
