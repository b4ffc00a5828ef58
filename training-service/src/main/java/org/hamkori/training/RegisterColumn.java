package org.hamkori.training;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a trainers' register, named in the file by their header in English (the contract's field names),
 * Russian or Tajik. Headers are compared by {@link NameKey}, so case, spaces, punctuation and script do not matter
 * ({@code Full name}, {@code FULL_NAME}, {@code Ф.И.О.}).
 */
public enum RegisterColumn {

    FULL_NAME("fullName", "ФИО", "Ному насаб", "full name", "name", "Фамилия Имя Отчество", "Ном ва насаб"),
    SEX("sex", "Пол", "Ҷинс", "gender"),
    BIRTH_YEAR("birthYear", "Год рождения", "Соли таваллуд", "year of birth"),
    CATEGORY("category", "Категория", "Категория", "Категорияи"),
    DISTRICT_CODE("districtCode", "Район", "Ноҳия", "district", "Район / город", "Шаҳр / ноҳия"),
    PHONE("phone", "Телефон", "Телефон", "phone number", "Номер телефона", "Рақами телефон");

    /** The languages a register's headers and values may be written in. */
    public enum Language { EN, RU, TG }

    private final String english;
    private final String russian;
    private final String tajik;
    private final List<String> headerKeys;

    RegisterColumn(String english, String russian, String tajik, String... alternatives) {
        this.english = english;
        this.russian = russian;
        this.tajik = tajik;
        this.headerKeys = Stream.concat(Stream.of(english, russian, tajik),
                Arrays.stream(alternatives)).map(RegisterColumn::compact).toList();
    }

    /** The contract's name of the column, which problems name it by. */
    public String fieldName() {
        return english;
    }

    public String header(Language language) {
        return switch (language) {
            case EN -> english;
            case RU -> russian;
            case TG -> tajik;
        };
    }

    public static Optional<RegisterColumn> ofHeader(String header) {
        String key = compact(header);
        return key.isEmpty() ? Optional.empty()
                : Arrays.stream(values()).filter(column -> column.headerKeys.contains(key)).findFirst();
    }

    /** A header or a coded value as compared: its name key without spaces ({@code Год рождения} → godrozhdeniya). */
    static String compact(String text) {
        return String.join("", NameKey.of(text).parts());
    }
}
