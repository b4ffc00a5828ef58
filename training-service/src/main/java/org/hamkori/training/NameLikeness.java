package org.hamkori.training;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two people's names are, from 0 (nothing in common) to 1 (the same {@link NameKey}), for finding the
 * same person registered twice under different spellings. Names are compared part by part in any order, after
 * the surname endings that registers write interchangeably are set aside: a Russian-style {@code -ов/-ова/-ев/-ева}
 * and a Tajik {@code -зода} (also written {@code -zade}, {@code -zod}) mark one family name (Назаров, Назарова,
 * Назарзода), which the reform of surnames and careless typing swap freely.
 *
 * <p>Each part of the shorter name is paired with the most alike unused part of the other; a name's likeness is that
 * of its least alike pair, since one different given name (Malika, Madina) makes another person however alike the
 * surnames are. Two spellings of one part are alike when both Jaro-Winkler (which forgives a changed letter) and
 * Levenshtein (which punishes a longer name, Muhammad and Muhammadali) say so. A part missing from one side (a
 * patronymic) costs nothing; a name of one part alone is never more than {@value #SINGLE_PART_LIKENESS} alike.
 *
 * <p>A register compares each of its names with hundreds of others, so a name's stems are worked out once
 * ({@link Name}), and a comparison that only needs to know whether two names reach a likeness stops as soon as they
 * cannot: a pair of parts whose letters alone differ too much for them to reach it is never scored.
 */
public final class NameLikeness {

    static final double SINGLE_PART_LIKENESS = 0.8;

    private static final Pattern FAMILY_ENDING = Pattern.compile("(zoda|zade|zod|ova|ov|eva|ev|yeva|yev|jon)$");
    private static final int SHORTEST_STEM = 3;
    private static final double ROUNDING = 1e-9;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private NameLikeness() {
    }

    /** A name as it is compared: its key and the stems of its parts. */
    public static final class Name {
        private final NameKey key;
        private final List<Stem> stems;

        private Name(NameKey key) {
            this.key = key;
            this.stems = key.parts().stream().map(Stem::new).toList();
        }

        public static Name of(NameKey key) {
            return new Name(key);
        }

        public NameKey key() {
            return key;
        }
    }

    /**
     * A part of a name without its family ending, with the letters it holds counted: two parts differing in more
     * letters than a Levenshtein distance allows cannot be alike, which the counts tell without comparing them.
     */
    private static final class Stem {
        private final String text;
        private final int[] letters = new int['z' - 'a' + 1];

        Stem(String part) {
            String stem = FAMILY_ENDING.matcher(part).replaceFirst("");
            text = soundsAlike(stem.length() >= SHORTEST_STEM ? stem : part);
            text.chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> letters[c - 'a']++);
        }

        /**
         * The most {@link #likeness} can be: Levenshtein's distance is at least the letters one holds more than the
         * other, and Jaro-Winkler at most 1.
         */
        double mostLikeness(Stem other) {
            if (text.length() == 1 || other.text.length() == 1) {
                return 1;
            }
            int onlyHere = 0;
            int onlyThere = 0;
            for (int i = 0; i < letters.length; i++) {
                int difference = letters[i] - other.letters[i];
                if (difference > 0) {
                    onlyHere += difference;
                } else {
                    onlyThere -= difference;
                }
            }
            return (2 - (double) Math.max(onlyHere, onlyThere) / Math.max(text.length(), other.text.length())) / 2;
        }

        /** A part and an initial of it ("M." for Malika) are as alike as a short name can tell. */
        double likeness(Stem other) {
            if (text.equals(other.text)) {
                return 1;
            }
            if (text.length() == 1 || other.text.length() == 1) {
                return text.charAt(0) == other.text.charAt(0) ? SINGLE_PART_LIKENESS : 0;
            }
            double jaroWinkler = JARO_WINKLER.apply(text, other.text);
            double levenshtein = 1 - (double) LEVENSHTEIN.apply(text, other.text)
                    / Math.max(text.length(), other.text.length());
            return (jaroWinkler + levenshtein) / 2;
        }
    }

    /** The names' likeness when it is at least {@code atLeast}, else 0 (found out no further than needed). */
    public static double of(Name one, Name other, double atLeast) {
        if (one.stems.isEmpty() || other.stems.isEmpty()) {
            return 0;
        }
        if (one.key.equals(other.key)) {
            return 1;
        }
        boolean oneIsShorter = one.stems.size() <= other.stems.size();
        List<Stem> shorter = oneIsShorter ? one.stems : other.stems;
        List<Stem> longer = new ArrayList<>(oneIsShorter ? other.stems : one.stems);
        double cap = shorter.size() == 1 && one.stems.size() != other.stems.size() ? SINGLE_PART_LIKENESS : 1;
        if (cap < atLeast) {
            return 0;
        }
        double least = 1;
        for (Stem part : shorter) {
            int best = -1;
            double bestLikeness = 0;
            for (int i = 0; i < longer.size(); i++) {
                // a hair of room, so that rounding never sets aside a pair that reaches the mark exactly
                double most = longer.get(i).mostLikeness(part) + ROUNDING;
                if (most < bestLikeness || most < atLeast) {
                    continue;
                }
                double likeness = part.likeness(longer.get(i));
                if (likeness > bestLikeness) {
                    best = i;
                    bestLikeness = likeness;
                }
            }
            if (best < 0 || bestLikeness < atLeast) {
                return 0;
            }
            longer.remove(best);
            least = Math.min(least, bestLikeness);
        }
        return Math.min(least, cap);
    }

    private static String soundsAlike(String part) {
        return part.replace('o', 'a').replace('p', 'f').replace('y', 'i');
    }
}
