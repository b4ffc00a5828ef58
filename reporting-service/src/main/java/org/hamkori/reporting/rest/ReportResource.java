package org.hamkori.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.reporting.service.ReportService;

/** The programme's figures. Aggregates only, no personal data: every role may read them. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@Authenticated
public class ReportResource {

    @Inject
    ReportService reports;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/overview")
    @Operation(summary = "The programme at a glance")
    public ReportService.Overview overview() {
        return reports.overview();
    }

    @GET
    @Path("/regions")
    @Operation(summary = "Indicators per region")
    public ReportService.Rows<ReportService.RegionRow> regions() {
        return reports.regions(language());
    }

    @GET
    @Path("/districts")
    @Operation(summary = "Indicators per district, every district of the reference data")
    public ReportService.Rows<ReportService.DistrictRow> districts() {
        return reports.districts(language());
    }

    private Locale language() {
        return headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
    }
}
