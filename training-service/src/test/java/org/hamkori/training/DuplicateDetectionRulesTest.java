package org.hamkori.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Duplicate detection on labelled pairs of names (src/test/resources/name-pairs.csv): the same person under
 * Cyrillic and Latin spellings, Tajik letters, -зода/-zoda/-zade and -ов/-ова, and different people with alike names.
 */
class DuplicateDetectionRulesTest {

    private static final int YEAR = 1990;
    private static final String DISTRICT = "KHATLON.QUBODIYON";

    record LabelledPair(String one, String other, boolean samePerson) {
    }

    @Test
    void findsTheSamePersonUnderEverySpellingWithPrecisionAndRecallAboveTheirTargets() throws IOException {
        List<LabelledPair> pairs = labelledPairs();
        assertTrue(pairs.size() >= 200, "at least 200 labelled pairs, found " + pairs.size());
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> misjudged = new ArrayList<>();
        for (LabelledPair pair : pairs) {
            boolean flagged = details(pair.one(), YEAR, DISTRICT).duplicateScore(details(pair.other(), YEAR, DISTRICT))
                    .isPresent();
            if (flagged && pair.samePerson()) {
                truePositives++;
            } else if (flagged) {
                falsePositives++;
                misjudged.add("taken for one person: " + pair.one() + " | " + pair.other());
            } else if (pair.samePerson()) {
                falseNegatives++;
                misjudged.add("missed: " + pair.one() + " | " + pair.other());
            }
        }
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf("Duplicate detection on %d labelled name pairs: precision %.3f, recall %.3f%n", pairs.size(),
                precision, recall);
        misjudged.forEach(line -> System.out.println("  " + line));
        assertTrue(precision >= 0.95, "precision " + precision + " is below 0.95");
        assertTrue(recall >= 0.90, "recall " + recall + " is below 0.90");
    }

    @Test
    void theSameNameBirthYearAndDistrictIsAnExactDuplicateScoringOne() {
        PersonDetails register = details("Раҳимзода Малика", 1990, DISTRICT);
        PersonDetails trainee = details("Malika Rahimzoda", 1990, DISTRICT);
        assertTrue(register.isExactly(details("RAHIMZODA  MALIKA", 1990, DISTRICT)));
        assertFalse(register.isExactly(trainee), "the parts' order differs, so the keys do");
        assertEquals(1.0, register.duplicateScore(trainee).orElseThrow());
    }

    @Test
    void birthYearsOneYearApartOrAnotherDistrictStillFindTheSameName() {
        PersonDetails register = details("Malika Rahimzoda", 1990, DISTRICT);
        assertEquals(0.9, register.duplicateScore(details("Малика Раҳимзода", 1991, DISTRICT)).orElseThrow());
        assertEquals(0.9, register.duplicateScore(details("Малика Раҳимзода", 1990, "SUGHD.ISFARA")).orElseThrow());
        assertFalse(register.duplicateScore(details("Малика Раҳимзода", 1991, "SUGHD.ISFARA")).isPresent());
        assertFalse(register.duplicateScore(details("Малика Раҳимзода", 1992, DISTRICT)).isPresent());
    }

    @Test
    void aNameOfOnePartAloneIsNotEnough() {
        assertFalse(details("Rahimzoda", 1990, DISTRICT).duplicateScore(details("Malika Rahimzoda", 1990, DISTRICT))
                .isPresent());
    }

    private static PersonDetails details(String name, int birthYear, String district) {
        return new PersonDetails(NameKey.of(name), birthYear, district);
    }

    private static List<LabelledPair> labelledPairs() throws IOException {
        try (InputStream in = DuplicateDetectionRulesTest.class.getResourceAsStream("/name-pairs.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("one|"))
                    .map(line -> line.split("\\|"))
                    .map(cells -> new LabelledPair(cells[0], cells[1], switch (cells[2]) {
                        case "SAME" -> true;
                        case "DIFFERENT" -> false;
                        default -> throw new IllegalArgumentException("label SAME or DIFFERENT: " + String.join("|", cells));
                    }))
                    .toList();
        }
    }
}
