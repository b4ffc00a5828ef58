package org.hamkori.kit.rest;

import java.util.Arrays;
import org.hamkori.kit.problem.ProblemException;

/**
 * A reason given as a code (published with the change) and an optional free-text note (kept in the service), read
 * from a request that may still have the former shape: free text as {@code reason} and no code, which counts as
 * the code {@code other} with that text as the note.
 */
public final class CodedReason {

    private CodedReason() {
    }

    /** The code given, or {@code other} for a request of the former shape; a request with neither is refused. */
    public static <E extends Enum<E>> E codeOrOther(E code, String formerReason, E other) {
        if (code != null) {
            return code;
        }
        if (blankToNull(formerReason) == null) {
            throw ProblemException.invalidField("reasonCode",
                    "is required: one of " + Arrays.toString(other.getDeclaringClass().getEnumConstants()));
        }
        return other;
    }

    /** The note, or the former free-text reason; both at once is ambiguous and refused. */
    public static String noteOrFormerReason(String note, String formerReason) {
        String given = blankToNull(note);
        String former = blankToNull(formerReason);
        if (given != null && former != null) {
            throw ProblemException.invalidField("reason", "is the former name of note: give the note only");
        }
        return given != null ? given : former;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
