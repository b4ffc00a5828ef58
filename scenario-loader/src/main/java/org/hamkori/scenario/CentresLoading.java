package org.hamkori.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.scenario.Scenario.Centre;

/**
 * Registers the centres through centers-service and moves each through its lifecycle: opening, then a
 * renovation started and perhaps completed. A centre already registered by an earlier run is read first, and
 * only the transitions it has not been through yet are sent.
 */
final class CentresLoading {

    record CentreForm(String code, String name, String districtCode, String settlement, String address,
            ConstructionType constructionType, List<String> fundingPartners, int workplaces) {
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

    CentresLoading(Scenario scenario, Api centers) {
        this.scenario = scenario;
        this.centers = centers;
    }

    /** Loads every centre; returns their ids by centre number. */
    Map<Integer, UUID> load(Parallel parallel) {
        parallel.forEach("centres", scenario.centres(), this::load);
        return Map.copyOf(ids);
    }

    private void load(Centre centre) {
        Api.Created registered = centers.create("/centers", new CentreForm(centre.code(), centre.name(),
                centre.district().code(), centre.settlement(), centre.address(), centre.constructionType(),
                centre.fundingPartners(), centre.workplaces()), scenario.key("center-" + centre.number()));
        UUID id = registered.id();
        JsonNode now = registered.replayed() ? centers.get("/centers/" + id) : registered.body();
        List<Transition> transitions = transitions(centre);
        int done = transitionsDone(centre, now);
        for (Transition transition : transitions.subList(done, transitions.size())) {
            centers.change("/centers/" + id + "/" + transition.path(), transition.body());
        }
        ids.put(centre.number(), id);
    }

    private static List<Transition> transitions(Centre centre) {
        List<Transition> transitions = new ArrayList<>();
        transitions.add(new Transition("opening", new Opening(centre.openedOn())));
        if (centre.renovation() != null) {
            transitions.add(new Transition("renovation", new RenovationStart(centre.renovation().startedOn())));
            if (centre.renovation().completedOn() != null) {
                transitions.add(new Transition("renovation/completion", new RenovationCompletion(
                        centre.renovation().completedOn(), centre.renovation().fundingPartners())));
            }
        }
        return transitions;
    }

    /** How far along its {@link #transitions} the centre already is; a scenario centre is renovated at most once. */
    private static int transitionsDone(Centre centre, JsonNode now) {
        String status = now.path("status").asText();
        boolean renovationStarted = !now.path("renovationStartedOn").isNull()
                && !now.path("renovationStartedOn").isMissingNode();
        int done = switch (status) {
            case "PLANNED" -> 0;
            case "OPEN" -> renovationStarted ? 3 : 1;
            case "UNDER_RENOVATION" -> 2;
            default -> -1;
        };
        if (done < 0 || done > transitions(centre).size()) {
            throw new LoadFailure("centre " + centre.code() + " is " + status
                    + (renovationStarted ? " after a renovation" : "") + ", which this scenario never leads to;"
                    + " it was changed outside the scenario");
        }
        return done;
    }
}
