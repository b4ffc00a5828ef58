package org.hamkori.kit.sample.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hamkori.kit.sample.Parcel;

@ApplicationScoped
public class ParcelRepository implements PanacheRepositoryBase<Parcel, UUID> {
}
