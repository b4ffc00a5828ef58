package org.hamkori.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.time.Year;
import java.util.Locale;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.kit.audit.Personal;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hamkori.kit.reference.Place;

/**
 * A citizen or police officer taking part in training. Name, phone and birth year are personal data:
 * they stay in this service; everything published names the trainee by id only.
 */
@Entity
public class Trainee implements VersionedAggregate {

    public static final int EARLIEST_BIRTH_YEAR = 1900;

    @Id
    public UUID id;
    @Personal
    public String fullName;
    @Personal
    public String searchName;
    /** The name as compared across scripts and spellings ({@link NameKey#text()}): searched and matched by. */
    @Personal
    public String nameKey;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    @Personal
    public int birthYear;
    @Enumerated(EnumType.STRING)
    public TraineeCategory category;
    public String regionCode;
    public String districtCode;
    @Personal
    public String phone;
    public Instant registeredAt;
    @Version
    public long version;

    public static Trainee register(String fullName, Sex sex, int birthYear, TraineeCategory category, Place place,
            String phone) {
        Trainee trainee = new Trainee();
        trainee.id = UUID.randomUUID();
        trainee.fullName = fullName;
        trainee.searchName = searchable(fullName);
        trainee.nameKey = nameKeyOf(fullName);
        trainee.sex = sex;
        trainee.birthYear = birthYear;
        trainee.category = category;
        trainee.regionCode = place.regionCode();
        trainee.districtCode = place.districtCode();
        trainee.phone = phone;
        trainee.registeredAt = Instant.now();
        return trainee;
    }

    /** A birth year from 1900 to the current year. */
    public static boolean isPlausibleBirthYear(int year) {
        return year >= EARLIEST_BIRTH_YEAR && year <= Year.now().getValue();
    }

    public static String nameKeyOf(String fullName) {
        return NameKey.of(fullName).text();
    }

    /** What may be published instead of the birth year: the age band in the given year. */
    public AgeBand ageBandIn(int year) {
        return AgeBand.of(birthYear, year);
    }

    /** Whether {@code name} is this trainee's full name or surname, however it is spelled ({@link NameKey}). */
    public boolean isNamedBy(String name) {
        return NameKey.of(fullName).isMatchedBy(NameKey.of(name));
    }

    /** The form names are compared in: Unicode-normalised and lower-cased, so that a fragment matches any case. */
    public static String searchable(String text) {
        return Normalizer.normalize(text.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    @Override
    public long currentVersion() {
        return version;
    }
}
