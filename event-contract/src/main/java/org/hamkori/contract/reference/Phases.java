package org.hamkori.contract.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The programme's phases (SPEC §7), shipped as versioned data in {@code /reference/phases.json} with their dates and
 * partners as the programme's public record gives them; the version changes whenever the list does.
 */
public final class Phases {

    private static final String RESOURCE = "/reference/phases.json";
    private static final Phases INSTANCE = load();

    private final String version;
    private final List<Phase> phases;

    private Phases(Document document) {
        this.version = document.version();
        this.phases = List.copyOf(document.phases());
    }

    public static Phases get() {
        return INSTANCE;
    }

    public String version() {
        return version;
    }

    /** In the order of their start. */
    public List<Phase> phases() {
        return phases;
    }

    public Optional<Phase> phase(String code) {
        return phases.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    private static Phases load() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Phases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new Phases(mapper.readValue(in, Document.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Document(String version, List<Phase> phases) {
    }
}
