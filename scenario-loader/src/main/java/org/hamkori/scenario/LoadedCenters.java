package org.hamkori.scenario;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The centres centers-service registered, by their number in the scenario, and until when groups-service and
 * training-service may take to learn of them (a group or session at a centre not yet known is retried until then).
 */
record LoadedCenters(Map<Integer, UUID> ids, Instant knownBy) {

    UUID idOf(Scenario.Center center) {
        return ids.get(center.number());
    }
}
