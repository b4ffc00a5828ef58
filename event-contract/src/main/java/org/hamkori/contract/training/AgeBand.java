package org.hamkori.contract.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Age bands of SPEC §7; published instead of birth years so events carry no personal data. */
public enum AgeBand {
    UNDER_18("UNDER_18", 0, 17),
    FROM_18_TO_24("18_24", 18, 24),
    FROM_25_TO_34("25_34", 25, 34),
    FROM_35_TO_49("35_49", 35, 49),
    FIFTY_PLUS("50_PLUS", 50, Integer.MAX_VALUE);

    private final String code;
    private final int from;
    private final int to;

    AgeBand(String code, int from, int to) {
        this.code = code;
        this.from = from;
        this.to = to;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The band of someone born in {@code birthYear}, in {@code year} (the age they reach that year). */
    public static AgeBand of(int birthYear, int year) {
        int age = year - birthYear;
        return Arrays.stream(values()).filter(b -> age >= b.from && age <= b.to).findFirst().orElse(UNDER_18);
    }

    @JsonCreator
    public static AgeBand fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown age band " + code));
    }
}
