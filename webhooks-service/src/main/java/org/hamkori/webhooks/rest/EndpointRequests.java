package org.hamkori.webhooks.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hamkori.kit.reference.Place;
import org.hamkori.kit.reference.Places;
import org.hamkori.kit.validation.PartnerCode;
import org.hamkori.webhooks.EndpointSettings;

/** The bodies of the endpoints' operations. */
public final class EndpointRequests {

    private EndpointRequests() {
    }

    /** Only events of this region or district (those whose payload names one; others pass). */
    public record Filter(@Size(max = 40) String regionCode, @Size(max = 80) String districtCode) {
    }

    /**
     * A new endpoint. {@code partnerCode}: the organisation it belongs to, named by admin only (a partner's endpoints
     * are its own).
     */
    public record EndpointForm(@NotBlank @Size(max = 2000) String url,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> eventTypes, @Valid Filter filter,
            @Size(max = 500) String description, @PartnerCode String partnerCode) {

        EndpointSettings toSettings() {
            return settings(url, eventTypes, filter, description);
        }
    }

    /** An endpoint's new settings; {@code enabled} turns deliveries back on (or off). */
    public record EndpointChange(@NotBlank @Size(max = 2000) String url,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> eventTypes, @Valid Filter filter,
            @Size(max = 500) String description, Boolean enabled) {

        EndpointSettings toSettings() {
            return settings(url, eventTypes, filter, description);
        }
    }

    /** Send again what was queued in [since, until). */
    public record RecoveryWindow(@NotBlank String since, @NotBlank String until) {
    }

    /** SPEC §2: the region follows from a district, and a region that does not match it is a 400. */
    private static EndpointSettings settings(String url, List<String> eventTypes, Filter filter, String description) {
        String regionCode = filter == null ? null : blankToNull(filter.regionCode());
        String districtCode = filter == null ? null : blankToNull(filter.districtCode());
        if (districtCode != null) {
            Place place = Places.resolve(regionCode, districtCode);
            regionCode = place.regionCode();
        } else if (regionCode != null) {
            Places.requireRegion("filter.regionCode", regionCode);
        }
        return new EndpointSettings(url == null ? null : url.trim(), eventTypes, regionCode, districtCode,
                blankToNull(description));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
