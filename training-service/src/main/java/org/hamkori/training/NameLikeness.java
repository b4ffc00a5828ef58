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
 */
public final class NameLikeness {

    static final double SINGLE_PART_LIKENESS = 0.8;

    private static final Pattern FAMILY_ENDING = Pattern.compile("(zoda|zade|zod|ova|ov|eva|ev|yeva|yev|jon)$");
    private static final int SHORTEST_STEM = 3;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private NameLikeness() {
    }

    public static double of(NameKey one, NameKey other) {
        if (one.parts().isEmpty() || other.parts().isEmpty()) {
            return 0;
        }
        if (one.equals(other)) {
            return 1;
        }
        List<String> shorter = stems(one.parts().size() <= other.parts().size() ? one : other);
        List<String> longer = stems(one.parts().size() <= other.parts().size() ? other : one);
        double least = 1;
        for (String part : shorter) {
            int best = -1;
            double bestLikeness = 0;
            for (int i = 0; i < longer.size(); i++) {
                double likeness = partLikeness(part, longer.get(i));
                if (likeness > bestLikeness) {
                    best = i;
                    bestLikeness = likeness;
                }
            }
            if (best < 0) {
                return 0;
            }
            longer.remove(best);
            least = Math.min(least, bestLikeness);
        }
        return shorter.size() == 1 && one.parts().size() != other.parts().size()
                ? Math.min(least, SINGLE_PART_LIKENESS) : least;
    }

    /** A part and an initial of it ("M." for Malika) are as alike as a short name can tell. */
    private static double partLikeness(String one, String other) {
        if (one.equals(other)) {
            return 1;
        }
        if (one.length() == 1 || other.length() == 1) {
            return one.charAt(0) == other.charAt(0) ? SINGLE_PART_LIKENESS : 0;
        }
        double jaroWinkler = JARO_WINKLER.apply(one, other);
        double levenshtein = 1 - (double) LEVENSHTEIN.apply(one, other) / Math.max(one.length(), other.length());
        return (jaroWinkler + levenshtein) / 2;
    }

    private static String soundsAlike(String part) {
        return part.replace('o', 'a').replace('p', 'f').replace('y', 'i');
    }

    private static List<String> stems(NameKey name) {
        List<String> stems = new ArrayList<>();
        for (String part : name.parts()) {
            String stem = FAMILY_ENDING.matcher(part).replaceFirst("");
            stems.add(soundsAlike(stem.length() >= SHORTEST_STEM ? stem : part));
        }
        return stems;
    }
}
