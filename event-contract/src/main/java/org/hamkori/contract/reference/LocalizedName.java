package org.hamkori.contract.reference;

import java.util.Locale;

/** A place name in the programme's three languages. */
public record LocalizedName(String en, String ru, String tg) {

    /** The name in the language of {@code locale} (en, ru, tg), English otherwise. */
    public String in(Locale locale) {
        if (locale == null) {
            return en;
        }
        return switch (locale.getLanguage()) {
            case "ru" -> ru;
            case "tg" -> tg;
            default -> en;
        };
    }
}
