package org.hamkori.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.reference.ReferenceData;

/** What several probes need first: centres registered through centers-service's API, as a coordinator would. */
final class Programme {

    static final String COORDINATOR = "coordinator";
    /** Distinct districts of the reference data, in its order. */
    static final List<District> DISTRICTS = ReferenceData.get().districts();

    private final Api api;
    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();

    Programme(Api api) {
        this.api = api;
    }

    /** The body of {@code POST /centers} (and of {@code PUT /centers/{id}}). */
    static Map<String, Object> centreForm(String code, String name, String districtCode, String settlement,
            int workplaces) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("name", name);
        form.put("districtCode", districtCode);
        form.put("settlement", settlement);
        form.put("constructionType", "NEW_BUILD");
        form.put("workplaces", workplaces);
        return form;
    }

    /** A code unique to this run. */
    String code(String prefix, int n) {
        return prefix + "-" + run + "-" + n;
    }

    /** A registered centre: its id and the ETag of its latest version. */
    record Centre(UUID id, String code, String districtCode, String etag) {
    }

    Centre register(String prefix, int n, String districtCode) {
        String code = code(prefix, n);
        Api.Answer created = api.post(COORDINATOR, Api.CENTERS + "/centers",
                        centreForm(code, "Bench centre " + code, districtCode, null, 5))
                .expect(201, "POST /centers");
        return new Centre(UUID.fromString(created.json().get("id").asText()), code, districtCode, created.etag());
    }

    /** A centre registered and opened on {@code openedOn}. */
    Centre open(String prefix, int n, String districtCode, LocalDate openedOn) {
        Centre centre = register(prefix, n, districtCode);
        Api.Answer opened = api.json(COORDINATOR, Api.CENTERS + "/centers/" + centre.id() + "/opening", "POST",
                Map.of("openedOn", openedOn.toString()), centre.etag()).expect(200, "POST /centers/{id}/opening");
        return new Centre(centre.id(), centre.code(), districtCode, opened.etag());
    }
}
