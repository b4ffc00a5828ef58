package org.hamkori.training;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hamkori.contract.Sex;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.kit.reference.Place;

/**
 * One row of a trainers' register read as a trainee: every cell checked, every problem kept with its column, so that
 * a register's problems are shown together. Values are accepted as trainers write them: sex as FEMALE/MALE, F/M,
 * Ж/М or Зан/Мард; the category in English, Russian or Tajik; the district by its code or its name in any of the
 * three languages.
 */
public record RegisterEntry(int row, String fullName, Sex sex, Integer birthYear, TraineeCategory category,
        Place place, String phone, List<CellProblem> problems) {

    static final int MAX_NAME_LENGTH = 200;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,24}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Map<String, Sex> SEXES = codes(Map.of(
            Sex.FEMALE, List.of("FEMALE", "F", "W", "woman", "Ж", "жен", "женский", "женщина", "Зан", "занона"),
            Sex.MALE, List.of("MALE", "M", "man", "М", "муж", "мужской", "мужчина", "Мард", "мардона")));
    private static final Map<String, TraineeCategory> CATEGORIES = codes(Map.of(
            TraineeCategory.POLICE_OFFICER, List.of("POLICE_OFFICER", "police officer", "police", "officer",
                    "сотрудник полиции", "полицейский", "сотрудник милиции", "милиционер", "милиция",
                    "корманди милитсия", "корманди милиса", "милитсия", "милиса", "полиция"),
            TraineeCategory.CITIZEN, List.of("CITIZEN", "гражданин", "гражданка", "житель", "жительница",
                    "шаҳрванд", "сокин", "аҳолӣ")));
    private static final Map<String, Optional<District>> DISTRICT_NAMES = districtNames();

    /** Reads the row's cells; a column the register lacks or a blank cell counts as empty. */
    public static RegisterEntry read(int row, Map<RegisterColumn, String> cells) {
        List<CellProblem> problems = new ArrayList<>();
        Reading reading = new Reading(row, cells, problems);
        String fullName = reading.fullName();
        Sex sex = reading.coded(RegisterColumn.SEX, SEXES, "a sex: write FEMALE or MALE (Ж/М, Зан/Мард)");
        Integer birthYear = reading.birthYear();
        TraineeCategory category = reading.coded(RegisterColumn.CATEGORY, CATEGORIES,
                "a category: write POLICE_OFFICER or CITIZEN (сотрудник полиции/гражданин, корманди милитсия/шаҳрванд)");
        Place place = reading.place();
        String phone = reading.phone();
        return new RegisterEntry(row, fullName, sex, birthYear, category, place, phone, List.copyOf(problems));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * The same entry, with a problem in its district when that lies outside {@code regions} (a region-scoped trainer's
     * regions; empty for a trainer who reaches every region): such a row is never registered, as a trainee created
     * there one by one would be refused.
     */
    public RegisterEntry within(Optional<Set<String>> regions) {
        if (place == null || regions.isEmpty() || regions.get().contains(place.regionCode())) {
            return this;
        }
        List<CellProblem> withRegion = new ArrayList<>(problems);
        withRegion.add(new CellProblem(row, RegisterColumn.DISTRICT_CODE.fieldName(), "is in " + place.regionCode()
                + ", outside your regions (" + String.join(", ", new TreeSet<>(regions.get())) + ")"));
        return new RegisterEntry(row, fullName, sex, birthYear, category, place, phone, List.copyOf(withRegion));
    }

    /** What tells this person from others; only for a valid entry. */
    public PersonDetails details() {
        return new PersonDetails(NameKey.of(fullName), birthYear, place.districtCode());
    }

    private record Reading(int row, Map<RegisterColumn, String> cells, List<CellProblem> problems) {

        String cell(RegisterColumn column) {
            String text = cells.get(column);
            return text == null || text.isBlank() ? null : text.strip();
        }

        void problem(RegisterColumn column, String message) {
            problems.add(new CellProblem(row, column.fieldName(), message));
        }

        /** The cell's text; null, with the problem noted, when it is empty. */
        String required(RegisterColumn column) {
            String text = cell(column);
            if (text == null) {
                problem(column, "is missing");
            }
            return text;
        }

        String fullName() {
            String name = required(RegisterColumn.FULL_NAME);
            if (name == null) {
                return null;
            }
            String single = name.replaceAll("\\s+", " ");
            if (single.length() > MAX_NAME_LENGTH) {
                problem(RegisterColumn.FULL_NAME, "is longer than " + MAX_NAME_LENGTH + " characters");
            } else if (!Character.isLetter(single.codePointAt(0)) || NameKey.of(single).parts().isEmpty()) {
                problem(RegisterColumn.FULL_NAME, quoted(single) + " is not a name: it must start with a letter");
            }
            return single;
        }

        Integer birthYear() {
            String text = required(RegisterColumn.BIRTH_YEAR);
            if (text == null) {
                return null;
            }
            int current = Year.now().getValue();
            if (!YEAR.matcher(text).matches() || !Trainee.isPlausibleBirthYear(Integer.parseInt(text))) {
                problem(RegisterColumn.BIRTH_YEAR, quoted(text) + " is not a year from "
                        + Trainee.EARLIEST_BIRTH_YEAR + " to " + current);
                return null;
            }
            return Integer.parseInt(text);
        }

        <T> T coded(RegisterColumn column, Map<String, T> codes, String expected) {
            String text = required(column);
            if (text == null) {
                return null;
            }
            T value = codes.get(RegisterColumn.compact(text));
            if (value == null) {
                problem(column, quoted(text) + " is not " + expected);
            }
            return value;
        }

        Place place() {
            String text = required(RegisterColumn.DISTRICT_CODE);
            if (text == null) {
                return null;
            }
            Optional<District> district = ReferenceData.get().district(text.toUpperCase(Locale.ROOT))
                    .or(() -> DISTRICT_NAMES.getOrDefault(RegisterColumn.compact(text), Optional.empty()));
            if (district.isEmpty()) {
                problem(RegisterColumn.DISTRICT_CODE, quoted(text) + " is not a district's code or name;"
                        + " see GET /reference/districts");
                return null;
            }
            return new Place(district.get().regionCode(), district.get().code());
        }

        String phone() {
            String text = cell(RegisterColumn.PHONE);
            if (text != null && !PHONE.matcher(text).matches()) {
                problem(RegisterColumn.PHONE, quoted(text) + " is not a phone number such as +992 93 123 4567");
            }
            return text;
        }
    }

    /** A cell as problems quote it: shortened, since a register is free text of any length. */
    private static String quoted(String cell) {
        return "'" + (cell.length() > 40 ? cell.substring(0, 40) + "…" : cell) + "'";
    }

    private static <T> Map<String, T> codes(Map<T, List<String>> spellings) {
        Map<String, T> codes = new HashMap<>();
        spellings.forEach((value, words) -> words.forEach(word -> codes.put(RegisterColumn.compact(word), value)));
        return Map.copyOf(codes);
    }

    /** Districts by their names in English, Russian and Tajik; a name two districts share names neither. */
    private static Map<String, Optional<District>> districtNames() {
        Map<String, Optional<District>> names = new HashMap<>();
        for (District district : ReferenceData.get().districts()) {
            for (String name : List.of(district.name().en(), district.name().ru(), district.name().tg())) {
                names.merge(RegisterColumn.compact(name), Optional.of(district),
                        (one, other) -> one.equals(other) ? one : Optional.empty());
            }
        }
        return Map.copyOf(names);
    }
}
