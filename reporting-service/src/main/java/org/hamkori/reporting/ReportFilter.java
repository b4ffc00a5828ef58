package org.hamkori.reporting;

/**
 * Which records a figure report counts (SPEC §7): those of a {@link Window} (a period, a phase, from/to) and of one
 * partner organisation, or of every partner when {@code partnerCode} is null. A centre is its funding partners', a
 * group (its members, meetings and issues) its facilitating partner's, a session and its certificates their
 * partner's. {@link #NONE} is the unfiltered report, answered from the counters kept as events apply.
 * {@link #UNATTRIBUTED} in place of a partner code keeps the records attributed to no partner (no code can be it).
 */
public record ReportFilter(Window window, String partnerCode) {

    public static final String UNATTRIBUTED = "-";

    public static final ReportFilter NONE = new ReportFilter(Window.ALL, null);

    public static ReportFilter of(Window window) {
        return new ReportFilter(window, null);
    }

    public ReportFilter ofPartner(String partner) {
        return new ReportFilter(window, partner);
    }

    /** Whether it keeps the records attributed to no partner. */
    public boolean unattributed() {
        return UNATTRIBUTED.equals(partnerCode);
    }

    public boolean isNone() {
        return equals(NONE);
    }
}
