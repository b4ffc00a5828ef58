package org.hamkori.training;

import java.util.OptionalDouble;

/**
 * What a register says about a person, as far as telling one person from another goes: the name (as its
 * {@link NameKey}, ready for {@link NameLikeness}), the birth year and the district.
 */
public record PersonDetails(NameLikeness.Name name, int birthYear, String districtCode) {

    /** Names less alike than this are different people whatever else agrees (tuned on the labelled name pairs). */
    static final double ALIKE_NAMES = 0.87;
    /** A possible duplicate scores at least this: a near name needs the same birth year and district. */
    static final double POSSIBLE_DUPLICATE = 0.85;
    private static final double NAME_WEIGHT = 0.8;
    private static final double BIRTH_YEAR_WEIGHT = 0.1;
    private static final double DISTRICT_WEIGHT = 0.1;

    public PersonDetails(NameKey name, int birthYear, String districtCode) {
        this(NameLikeness.Name.of(name), birthYear, districtCode);
    }

    /**
     * Whether both say exactly the same: the same name key, birth year and district. Such a row names a trainee
     * who is already registered (the same register uploaded twice).
     */
    public boolean isExactly(PersonDetails other) {
        return name.key().equals(other.name.key()) && birthYear == other.birthYear
                && districtCode.equals(other.districtCode);
    }

    /**
     * How likely {@code other} is the same person, from 0.85 to 1, or nothing when it is unlikely: the names'
     * likeness weighs most, the same birth year and the same district add to it; birth years more than one year
     * apart (a register off by one is common) or names less alike than {@value #ALIKE_NAMES} are different people.
     */
    public OptionalDouble duplicateScore(PersonDetails other) {
        if (Math.abs(birthYear - other.birthYear) > 1) {
            return OptionalDouble.empty();
        }
        double birthYearAgrees = birthYear == other.birthYear ? BIRTH_YEAR_WEIGHT : 0;
        double districtAgrees = districtCode.equals(other.districtCode) ? DISTRICT_WEIGHT : 0;
        // the least likeness of the names that can still make a possible duplicate (a hair lower, for rounding):
        // names that cannot reach it are not scored to the end
        double enoughLikeness = Math.max(ALIKE_NAMES,
                (POSSIBLE_DUPLICATE - birthYearAgrees - districtAgrees) / NAME_WEIGHT - 1e-9);
        if (enoughLikeness > 1) {
            return OptionalDouble.empty();
        }
        double names = NameLikeness.of(name, other.name, enoughLikeness);
        if (names < ALIKE_NAMES) {
            return OptionalDouble.empty();
        }
        double score = NAME_WEIGHT * names + birthYearAgrees + districtAgrees;
        return score >= POSSIBLE_DUPLICATE ? OptionalDouble.of(Math.round(score * 100) / 100.0) : OptionalDouble.empty();
    }
}
