package org.hamkori.centers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hamkori.centers.Center;
import org.hamkori.centers.CenterDetails;
import org.hamkori.centers.repository.CenterRepository;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.centers.ClosureReason;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.ExpectedVersion;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.kit.outbox.EventOutbox;
import org.hamkori.kit.service.RegionalAggregateService;

/**
 * Each use case changes one centre and records its event, and with it the audit entry of the change, in the same
 * transaction; a coordinator limited to some regions reaches only their centres (SPEC §2).
 */
@ApplicationScoped
public class CenterService extends RegionalAggregateService<Center> {

    @Inject
    CenterRepository centers;

    @Inject
    EventOutbox outbox;

    @Transactional
    public Center register(CenterDetails details) {
        scope.requireAccess("Centre " + details.code(), details.place().regionCode());
        requireUniqueCode(details.code(), null);
        Center center = Center.register(details);
        centers.persist(center);
        outbox.append(center.registered(), center);
        return center;
    }

    /** Details equal to the centre's change nothing: no event, and the version stays. */
    @Transactional
    public Center changeDetails(UUID id, ExpectedVersion expected, CenterDetails details) {
        Center center = get(id);
        scope.requireAccess("Centre " + details.code(), details.place().regionCode());
        requireUniqueCode(details.code(), id);
        expected.check(center.version);
        center.changeDetails(details).ifPresent(changed -> outbox.append(changed, center));
        return center;
    }

    @Transactional
    public Center open(UUID id, ExpectedVersion expected, LocalDate openedOn) {
        return change(id, expected, center -> center.open(openedOn));
    }

    @Transactional
    public Center startRenovation(UUID id, ExpectedVersion expected, LocalDate startedOn) {
        return change(id, expected, center -> center.startRenovation(startedOn));
    }

    @Transactional
    public Center completeRenovation(UUID id, ExpectedVersion expected, LocalDate completedOn, List<String> partners) {
        return change(id, expected, center -> center.completeRenovation(completedOn, partners));
    }

    @Transactional
    public Center close(UUID id, ExpectedVersion expected, LocalDate closedOn, ClosureReason reason, String note) {
        return change(id, expected, center -> center.close(closedOn, reason, note));
    }

    /** The centre, when the caller's regions include it. */
    @Override
    public Center get(UUID id) {
        Center center = centers.findByIdOptional(id).orElseThrow(() -> new NotFound("Centre", id));
        scope.requireAccess("Centre " + center.code, center.regionCode);
        return center;
    }

    private Center change(UUID id, ExpectedVersion expected, Function<Center, DomainEvent> change) {
        Center center = get(id);
        expected.check(center.version);
        DomainEvent event = change.apply(center);
        outbox.append(event, center);
        return center;
    }

    private void requireUniqueCode(String code, UUID self) {
        centers.idByCode(code)
                .filter(other -> !other.equals(self))
                .ifPresent(other -> {
                    throw new BusinessRuleViolation("Centre code " + code + " is already used by centre " + other);
                });
    }
}
