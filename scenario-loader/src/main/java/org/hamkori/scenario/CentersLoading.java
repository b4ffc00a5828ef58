package org.hamkori.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.scenario.Scenario.Center;

/**
 * Registers the centres through centers-service and moves each through its lifecycle: opening, then a
 * renovation started and perhaps completed. A centre already registered by an earlier run is read first, and
 * only the transitions it has not been through yet are sent.
 */
final class CentersLoading {

    record CenterForm(String code, String name, String districtCode, String settlement, String address,
            BigDecimal latitude, BigDecimal longitude, ConstructionType constructionType,
            List<String> fundingPartners, int workplaces) {
    }

    record Opening(LocalDate openedOn) {
    }

    record RenovationStart(LocalDate startedOn) {
    }

    record RenovationCompletion(LocalDate completedOn, List<String> fundingPartners) {
    }

    private record Transition(String path, Object body) {
    }

    private final Scenario scenario;
    private final Api centers;
    private final Map<Integer, UUID> ids = new ConcurrentHashMap<>();

    CentersLoading(Scenario scenario, Api centers) {
        this.scenario = scenario;
        this.centers = centers;
    }

    /** Loads every centre; returns their ids by centre number. */
    Map<Integer, UUID> load(Parallel parallel) {
        parallel.forEach("centres", scenario.centers(), this::load);
        return Map.copyOf(ids);
    }

    private void load(Center center) {
        Api.Created registered = centers.create("/centers", new CenterForm(center.code(), center.name(),
                center.district().code(), center.settlement(), center.address(), center.latitude(),
                center.longitude(), center.constructionType(), center.fundingPartners(), center.workplaces()),
                scenario.key("center-" + center.number()));
        UUID id = registered.id();
        JsonNode now = registered.replayed() ? centers.get("/centers/" + id) : registered.body();
        List<Transition> transitions = transitions(center);
        int done = transitionsDone(center, now);
        for (Transition transition : transitions.subList(done, transitions.size())) {
            centers.change("/centers/" + id + "/" + transition.path(), transition.body());
        }
        ids.put(center.number(), id);
    }

    private static List<Transition> transitions(Center center) {
        List<Transition> transitions = new ArrayList<>();
        transitions.add(new Transition("opening", new Opening(center.openedOn())));
        if (center.renovation() != null) {
            transitions.add(new Transition("renovation", new RenovationStart(center.renovation().startedOn())));
            if (center.renovation().completedOn() != null) {
                transitions.add(new Transition("renovation/completion", new RenovationCompletion(
                        center.renovation().completedOn(), center.renovation().fundingPartners())));
            }
        }
        return transitions;
    }

    /** How far along its {@link #transitions} the centre already is; a scenario centre is renovated at most once. */
    private static int transitionsDone(Center center, JsonNode now) {
        String status = now.path("status").asText();
        boolean renovationStarted = !now.path("renovationStartedOn").isNull()
                && !now.path("renovationStartedOn").isMissingNode();
        int done = switch (status) {
            case "PLANNED" -> 0;
            case "OPEN" -> renovationStarted ? 3 : 1;
            case "UNDER_RENOVATION" -> 2;
            default -> -1;
        };
        if (done < 0 || done > transitions(center).size()) {
            throw new LoadFailure("centre " + center.code() + " is " + status
                    + (renovationStarted ? " after a renovation" : "") + ", which this scenario never leads to;"
                    + " it was changed outside the scenario");
        }
        return done;
    }
}
