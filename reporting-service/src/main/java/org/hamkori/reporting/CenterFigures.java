package org.hamkori.reporting;

/** The centres' indicators of SPEC §7; a PLANNED centre counts in {@code total} only. */
public record CenterFigures(long total, long open, long underRenovation, long closed, long newBuild, long renovated,
        long renovationsCompleted) {

    public static final CenterFigures NONE = new CenterFigures(0, 0, 0, 0, 0, 0, 0);
}
