package org.hamkori.scenario;

import java.util.List;
import java.util.Random;
import org.hamkori.contract.Sex;

/** Plausible Tajik names, police ranks, affiliations and phone numbers, drawn from the scenario's random source. */
final class People {

    private static final List<String> MALE_NAMES = List.of("Abdullo", "Akmal", "Alisher", "Anvar", "Bahrom",
            "Bakhtiyor", "Behruz", "Daler", "Dilshod", "Farhod", "Firdavs", "Firuz", "Furqat", "Habib", "Ismoil",
            "Jamshed", "Karim", "Khurshed", "Komron", "Mahmad", "Manuchehr", "Navruz", "Nodir", "Parviz", "Ravshan",
            "Rustam", "Saidali", "Shavkat", "Sherali", "Sino", "Sohib", "Suhrob", "Tohir", "Umed", "Yusuf", "Zafar");
    private static final List<String> FEMALE_NAMES = List.of("Adolat", "Bibisoro", "Dilbar", "Dilnoza", "Farangis",
            "Firuza", "Gulchehra", "Gulnora", "Gulshan", "Madina", "Malika", "Manizha", "Mavjuda", "Mehrangez",
            "Munisa", "Nargis", "Nigina", "Oisha", "Parvina", "Rukhshona", "Sabohat", "Shahnoza", "Sitora",
            "Sumangul", "Tahmina", "Zarina", "Zebo", "Zulfiya");
    private static final List<String> FAMILY_ROOTS = List.of("Ahmad", "Aziz", "Davlat", "Haydar", "Hakim", "Hasan",
            "Ismoil", "Jalol", "Karim", "Mahmud", "Nazar", "Nur", "Qodir", "Qurbon", "Rahim", "Rajab", "Rasul",
            "Safar", "Said", "Salim", "Sangin", "Sharif", "Shukur", "Sodiq", "Tursun", "Umar", "Usmon", "Yusuf",
            "Zarif");
    private static final List<String> RANKS = List.of("Lieutenant", "Senior lieutenant", "Senior lieutenant",
            "Captain", "Captain", "Major", "Lieutenant colonel");
    private static final List<String> COMMUNITY_AFFILIATIONS = List.of("Mahalla committee", "Jamoat council",
            "Women's committee", "Youth council", "Council of elders", "Secondary school (teacher)",
            "Village health centre", "Local women's NGO", "Parents' committee", "Farmers' association");
    private static final List<String> MOBILE_PREFIXES = List.of("90", "91", "92", "93", "98", "55", "88", "50");

    private final Random random;

    People(Random random) {
        this.random = random;
    }

    /** A given name and a family name: {@code -ov}/{@code -ova} or the gender-neutral {@code -zoda}. */
    String fullName(Sex sex) {
        String given = pick(sex == Sex.FEMALE ? FEMALE_NAMES : MALE_NAMES);
        String root = pick(FAMILY_ROOTS);
        String family = random.nextInt(100) < 45 ? root + "zoda" : root + (sex == Sex.FEMALE ? "ova" : "ov");
        return given + " " + family;
    }

    /** A mobile number in Tajikistan's format, or null for those who gave none. */
    String phone(int percentWithPhone) {
        if (random.nextInt(100) >= percentWithPhone) {
            return null;
        }
        return String.format("+992 %s %03d %04d", pick(MOBILE_PREFIXES), random.nextInt(1000),
                random.nextInt(10_000));
    }

    String rank() {
        return pick(RANKS);
    }

    String communityAffiliation() {
        return pick(COMMUNITY_AFFILIATIONS);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
