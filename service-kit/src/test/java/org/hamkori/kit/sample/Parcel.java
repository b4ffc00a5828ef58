package org.hamkori.kit.sample;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.centers.CenterDetailsChanged;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.domain.InvalidValues;
import org.hamkori.kit.domain.VersionedAggregate;

/**
 * The kit's test aggregate, shaped as a service's: a plain JPA entity with a version that refuses what it cannot be
 * and returns the event of each change. The kit publishes only the catalogue's events, so a parcel's registration
 * and relabelling travel as a centre's registration and change of details, carrying its code and label.
 */
@Entity
public class Parcel implements VersionedAggregate {

    public static final int MAX_WEIGHT_GRAMS = 30_000;

    @Id
    public UUID id;
    public String code;
    public String label;
    public int weightGrams;
    @Version
    public long version;

    public static Parcel register(String code, String label, int weightGrams) {
        if (weightGrams < 1 || weightGrams > MAX_WEIGHT_GRAMS) {
            throw new InvalidValues("parcel", List.of(new FieldViolation("weightGrams",
                    "must be between 1 and " + MAX_WEIGHT_GRAMS + " grams")));
        }
        Parcel parcel = new Parcel();
        parcel.id = UUID.randomUUID();
        parcel.code = code;
        parcel.label = label;
        parcel.weightGrams = weightGrams;
        return parcel;
    }

    public CenterRegistered registered() {
        return new CenterRegistered(id, code, label, null, null, null, null, null, null, List.of(), null);
    }

    public CenterDetailsChanged relabel(String newLabel) {
        this.label = newLabel;
        return new CenterDetailsChanged(id, code, label, null, null, null, null, null, null, List.of(), null);
    }

    @Override
    public long currentVersion() {
        return version;
    }
}
