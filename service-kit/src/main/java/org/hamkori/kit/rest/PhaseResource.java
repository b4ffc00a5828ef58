package org.hamkori.kit.rest;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.contract.reference.Phase;
import org.hamkori.contract.reference.Phases;

/**
 * {@code GET /reference/phases} (SPEC §7): the programme's phases, public and cacheable like the rest of the reference
 * data. A service serves it once its authorization matrix lists it: {@code hamkori.reference.phases.enabled=true}.
 */
@Path("/reference/phases")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Reference data")
@IfBuildProperty(name = PhaseResource.ENABLED, stringValue = "true")
public class PhaseResource {

    public static final String ENABLED = "hamkori.reference.phases.enabled";

    public record PhaseList(String version, List<Phase> items) {
    }

    @GET
    @Operation(summary = "The programme's phases: dates (to null while running), names in English, Russian and "
            + "Tajik, and partners")
    public Response phases() {
        Phases data = Phases.get();
        return ReferenceResource.cacheable(new PhaseList(data.version(), data.phases()), data.version());
    }
}
