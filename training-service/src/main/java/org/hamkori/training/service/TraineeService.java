package org.hamkori.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.kit.reference.Place;
import org.hamkori.kit.service.RegionalAggregateService;
import org.hamkori.training.Trainee;
import org.hamkori.training.repository.TraineeRepository;

/**
 * Registers trainees. Nothing is published: a trainee appears in events only as an id, once certified; the audit
 * trail records who registered them. A trainer limited to some regions reaches only their trainees (SPEC §2).
 */
@ApplicationScoped
public class TraineeService extends RegionalAggregateService<Trainee> {

    @Inject
    TraineeRepository trainees;

    @Transactional
    public Trainee register(String fullName, Sex sex, int birthYear, TraineeCategory category, Place place,
            String phone) {
        scope.requireAccess("A new trainee", place.regionCode());
        Trainee trainee = Trainee.register(fullName, sex, birthYear, category, place, phone);
        trainees.persist(trainee);
        audit.record(trainee, "RegisterTrainee");
        return trainee;
    }

    /** The trainee, when the caller's regions include theirs; the 403 names the trainee by id, never by name. */
    @Override
    public Trainee get(UUID id) {
        Trainee trainee = trainees.findByIdOptional(id).orElseThrow(() -> new NotFound("Trainee", id));
        scope.requireAccess("Trainee " + trainee.id, trainee.regionCode);
        return trainee;
    }

    /** Showing trainees' names, phones and birth years is recorded, one entry per trainee shown. */
    @Transactional
    public void personalDataRead(List<Trainee> shown) {
        shown.forEach(audit::personalDataRead);
    }
}
