package org.hamkori.bench;

/**
 * {@code history <changes>}: a centre whose details a coordinator changes {@code changes} times through
 * {@code PUT /centers/{id}} (settlement and workplaces), so that its history holds that many entries after its
 * registration's. Prints {@code center=<id> entries=<total of GET /centers/{id}/history>}.
 */
final class CentreHistory {

    private CentreHistory() {
    }

    static void run(int changes) {
        Api api = new Api();
        Programme programme = new Programme(api);
        Programme.Centre centre = programme.register("HIST", 0, "KHATLON.KULOB");
        String url = Api.CENTERS + "/centers/" + centre.id();
        String etag = centre.etag();
        for (int i = 1; i <= changes; i++) {
            etag = api.json(Programme.COORDINATOR, url, "PUT", Programme.centreForm(centre.code(),
                            "Bench centre " + centre.code(), centre.districtCode(), "Settlement " + i, 5 + i % 50),
                    etag).expect(200, "PUT /centers/{id}").etag();
        }
        long entries = api.get(Programme.COORDINATOR, url + "/history?size=1").expect(200, "GET /centers/{id}/history")
                .json().get("totalItems").asLong();
        System.out.printf("center=%s entries=%d%n", centre.id(), entries);
    }
}
