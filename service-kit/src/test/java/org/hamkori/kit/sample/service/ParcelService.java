package org.hamkori.kit.sample.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;
import org.hamkori.kit.domain.ExpectedVersion;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.kit.outbox.EventOutbox;
import org.hamkori.kit.sample.Parcel;
import org.hamkori.kit.sample.repository.ParcelRepository;

/** Each use case changes one parcel and records its event in the same transaction. */
@ApplicationScoped
public class ParcelService {

    @Inject
    ParcelRepository parcels;

    @Inject
    EventOutbox outbox;

    @Transactional
    public Parcel register(String code, String label, int weightGrams) {
        Parcel parcel = Parcel.register(code, label, weightGrams);
        parcels.persist(parcel);
        return recorded(parcel.registered(), parcel);
    }

    @Transactional
    public Parcel relabel(UUID id, ExpectedVersion expected, String label) {
        Parcel parcel = get(id);
        expected.check(parcel.version);
        return recorded(parcel.relabel(label), parcel);
    }

    public Parcel get(UUID id) {
        return parcels.findByIdOptional(id).orElseThrow(() -> new NotFound("Parcel", id));
    }

    private Parcel recorded(DomainEvent event, Parcel parcel) {
        outbox.append(event, parcel);
        return parcel;
    }
}
