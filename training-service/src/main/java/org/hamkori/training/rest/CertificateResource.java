package org.hamkori.training.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.rest.Versions;
import org.hamkori.training.rest.TrainingRequests.Revocation;
import org.hamkori.training.service.CertificateService;
import org.hamkori.training.service.CertificateService.IssuedCertificate;

@Path("/certificates/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class CertificateResource {

    @Inject
    CertificateService service;

    @GET
    @PermitAll
    @Operation(summary = "Verify a certificate (public): whether it is valid, for which course, and the holder's initials")
    public Response verify(@PathParam("number") String number) {
        return respond(service.verify(number));
    }

    @POST
    @Path("/revocation")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Revoke a certificate (If-Match); its holder no longer counts as certified")
    public Response revoke(@PathParam("number") String number, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Revocation revocation) {
        LocalDate revokedOn = revocation.revokedOn() == null ? LocalDate.now() : revocation.revokedOn();
        return respond(service.revoke(number, Versions.expected(ifMatch), revokedOn, revocation.reason().trim()));
    }

    private static Response respond(IssuedCertificate issued) {
        return Versions.ok(CertificateVerification.of(issued), issued.certificate().version);
    }
}
