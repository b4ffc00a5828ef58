package org.hamkori.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.reference.Place;
import org.hamkori.training.Trainee;
import org.hamkori.training.repository.TraineeRepository;

/** Registers trainees. Nothing is published: a trainee appears in events only as an id, once certified. */
@ApplicationScoped
public class TraineeService {

    @Inject
    TraineeRepository trainees;

    @Transactional
    public Trainee register(String fullName, Sex sex, int birthYear, TraineeCategory category, Place place,
            String phone) {
        Trainee trainee = Trainee.register(fullName, sex, birthYear, category, place, phone);
        trainees.persist(trainee);
        return trainee;
    }

    public Trainee get(UUID id) {
        return trainees.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Trainee", id));
    }
}
