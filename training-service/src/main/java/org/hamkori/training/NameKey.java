package org.hamkori.training;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.List;

/**
 * A person's name in the form names are compared in, whatever the script, case or spelling convention it was
 * written in: Раҳимзода, Рахимзода, Rahimzoda, RAHIMZODA and Rakhimzoda all have the key {@code rahimzoda}. Each
 * part of the name (separated by spaces) becomes lower-case ASCII letters; hyphens and apostrophes inside a part
 * go ({@code Rahimova-Karimova} is the one part {@code rahimovakarimova}, {@code Jum'a} is {@code juma}).
 *
 * <p>Two spellings of one name have the same key; the key of a different name differs, though a key may join
 * spellings that were never meant to be the same name (Ghafur and Gafur): it is for finding a person, not for
 * telling names apart.
 */
public record NameKey(List<String> parts) {

    /**
     * ICU's own {@code Any-Latin; Latin-ASCII; Lower} is not enough for the names trainees have:
     * <ul>
     *   <li>it leaves the Tajik letters ҳ and ҷ in Cyrillic, turns қ into {@code kˌ} and ғ into a plain {@code g},
     *   so the Tajik letters are written first as Tajik documents write them in Latin
     *   (ғ→gh, қ→q, ҳ→h, ҷ→j, ӣ→i, ӯ→u, ё→yo);</li>
     *   <li>its Cyrillic-Latin is ISO 9, whose ш, ж, ч, щ lose their second letter once made ASCII (Шарипова would
     *   be {@code saripova}, never Sharipova), so the Russian letters go through {@code Russian-Latin/BGN}, the
     *   romanisation Latin spellings of these names follow ({@code sh, zh, ch, shch, kh, ts, yu, ya});</li>
     *   <li>the same name is then still spelled several ways in Latin, because Russian spelling writes Tajik names
     *   without the Tajik letters (Рахимзода for Раҳимзода, Гафуров for Ғафуров, Кодиров for Қодиров, Джумаев for
     *   Ҷумъаев) and people romanise either: so {@code kh} and {@code h}, {@code gh} and {@code g}, {@code q} and
     *   {@code k}, {@code dzh}, {@code dj} and {@code j}, {@code ye} and {@code e} (BGN writes е as ye after a
     *   vowel) are made one, last, on every spelling alike.</li>
     * </ul>
     * ICU transliterators keep no state between calls, so one instance serves every thread.
     */
    private static final Transliterator TO_KEY = Transliterator.createFromRules("Hamkori-NameKey", String.join("\n",
            ":: NFC ;",
            ":: Lower ;",
            "ғ > gh ; қ > q ; ҳ > h ; ҷ > j ; ӣ > i ; ӯ > u ; ё > yo ;",
            ":: Russian-Latin/BGN ;",
            ":: Any-Latin ;",
            ":: Latin-ASCII ;",
            ":: Lower ;",
            "[^a-z[:White_Space:]] > ;",
            ":: Null ;",
            "kh > h ; gh > g ; q > k ; dzh > j ; dj > j ; ye > e ;"),
            Transliterator.FORWARD);

    public NameKey {
        parts = List.copyOf(parts);
    }

    /** A key kept as its {@link #text()}. */
    public static NameKey fromText(String text) {
        return new NameKey(text.isEmpty() ? List.of() : Arrays.asList(text.split(" ")));
    }

    public static NameKey of(String name) {
        String key = TO_KEY.transliterate(name == null ? "" : name).strip();
        return new NameKey(key.isEmpty() ? List.of() : Arrays.asList(key.split("\\s+")));
    }

    /** The parts separated by one space, as the key is stored and searched in. */
    public String text() {
        return String.join(" ", parts);
    }

    /**
     * Whether {@code given} names the person with this full name as a certificate prints it: the whole name, its
     * parts in any order (Rahimova Malika for Malika Rahimova), or the surname alone, which is the first or the last
     * part depending on how the name was written down.
     */
    public boolean isMatchedBy(NameKey given) {
        if (parts.isEmpty() || given.parts.isEmpty()) {
            return false;
        }
        if (given.parts.size() == 1) {
            String single = given.parts.get(0);
            return single.equals(parts.get(0)) || single.equals(parts.get(parts.size() - 1));
        }
        return given.parts.stream().sorted().toList().equals(parts.stream().sorted().toList());
    }
}
