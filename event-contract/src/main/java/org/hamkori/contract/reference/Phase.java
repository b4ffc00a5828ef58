package org.hamkori.contract.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * A phase of the programme (SPEC §7): a record falls in it by its date, from {@code from} to {@code to} inclusive;
 * {@code to} is null for a phase still running. {@code partners} are the partner organisations that worked in it.
 */
public record Phase(String code, LocalizedName name, LocalDate from, LocalDate to, List<String> partners) {

    public Phase {
        partners = List.copyOf(partners);
    }

    /** The phase's last day, {@code today} for one still running. */
    public LocalDate toOr(LocalDate today) {
        return to == null ? today : to;
    }
}
