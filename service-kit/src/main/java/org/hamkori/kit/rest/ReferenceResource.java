package org.hamkori.kit.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.contract.reference.Region;
import org.hamkori.kit.reference.Places;

/** The versioned reference data of SPEC §3, public and cacheable, identical on every service. */
@Path("/reference")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Reference data")
public class ReferenceResource {

    public record RegionList(String version, List<Region> items) {
    }

    public record DistrictList(String version, List<District> items) {
    }

    @GET
    @Path("/regions")
    @Operation(summary = "Regions of Tajikistan")
    public Response regions() {
        ReferenceData data = ReferenceData.get();
        return cacheable(new RegionList(data.version(), data.regions()), data.version());
    }

    @GET
    @Path("/districts")
    @Operation(summary = "Districts and cities, with names in English, Russian and Tajik")
    public Response districts(@QueryParam("regionCode") String regionCode) {
        ReferenceData data = ReferenceData.get();
        String region = QueryParams.text(regionCode);
        if (region != null) {
            Places.requireRegion("regionCode", region);
        }
        List<District> items = data.districts().stream()
                .filter(d -> region == null || d.regionCode().equals(region))
                .toList();
        return cacheable(new DistrictList(data.version(), items), data.version() + "/" + (region == null ? "" : region));
    }

    static Response cacheable(Object body, String tag) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(body).tag(new EntityTag(tag)).cacheControl(cache).build();
    }
}
