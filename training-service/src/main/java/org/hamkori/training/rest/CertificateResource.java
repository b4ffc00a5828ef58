package org.hamkori.training.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.rest.Versions;
import org.hamkori.training.rest.TrainingRequests.Revocation;
import org.hamkori.training.service.CertificateService;
import org.hamkori.training.service.CertificateService.CertificateCheck;

@Path("/certificates/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class CertificateResource {

    /** As long as a trainee's full name may be. */
    private static final int LONGEST_HOLDER_NAME = 200;

    @Inject
    CertificateService service;

    @Inject
    CertificateCheckRateLimit rateLimit;

    @GET
    @PermitAll
    @Operation(summary = "Verify a certificate (public): whether it is valid, for which course, and whether a name given is its holder's")
    public Response verify(@PathParam("number") String number,
            @Parameter(description = "The holder's surname or full name as printed on the certificate, in Cyrillic or Latin letters")
            @QueryParam("holderName") String holderName,
            @Context HttpServerRequest request) {
        rateLimit.admit(request);
        String name = QueryParams.text(holderName);
        if (name != null && name.length() > LONGEST_HOLDER_NAME) {
            throw ProblemException.invalidField("holderName", "must be at most " + LONGEST_HOLDER_NAME + " characters");
        }
        Response answer = respond(service.verify(number, name));
        // the request named a person: no cache along the way may keep the answer or the address it was asked at
        return name == null ? answer
                : Response.fromResponse(answer).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/revocation")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Revoke a certificate (If-Match) for a reason code (published) and with a note (kept here); its holder no longer counts as certified")
    public Response revoke(@BeanParam CertificateTarget certificate, @NotNull @Valid Revocation revocation) {
        LocalDate revokedOn = revocation.revokedOn() == null ? LocalDate.now() : revocation.revokedOn();
        return respond(service.revoke(certificate.id(), certificate.expectedVersion(), revokedOn,
                revocation.reasonCodeOrOther(), revocation.noteOrFormerReason()));
    }

    private static Response respond(CertificateCheck check) {
        return Versions.ok(CertificateVerification.of(check), check.certificate().version);
    }
}
