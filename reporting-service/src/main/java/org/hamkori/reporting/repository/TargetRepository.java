package org.hamkori.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hamkori.reporting.ProgrammeTargets;

/** The programme's one set of targets ({@code programme_target_set}). */
@ApplicationScoped
public class TargetRepository {

    @Inject
    EntityManager entityManager;

    public ProgrammeTargets read() {
        return entityManager.find(ProgrammeTargets.class, ProgrammeTargets.THE_SET);
    }

    /** The set, locked until the transaction ends: concurrent replacements take turns on its version. */
    public ProgrammeTargets lock() {
        return entityManager.find(ProgrammeTargets.class, ProgrammeTargets.THE_SET, LockModeType.PESSIMISTIC_WRITE);
    }
}
