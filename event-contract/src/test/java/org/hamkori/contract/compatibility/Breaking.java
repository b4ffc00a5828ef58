package org.hamkori.contract.compatibility;

/**
 * One change that is not additive.
 *
 * @param about   the event type ({@code CenterOpened.v1} or its ce_type), topic or reference file concerned
 * @param pointer JSON pointer into the released document (or, for a recorded event, into the event), "" for the whole
 * @param rule    the rule it breaks
 * @param detail  what changed, in words
 */
public record Breaking(String about, String pointer, Rule rule, String detail) {

    Breaking under(String prefix) {
        return new Breaking(about, prefix + pointer, rule, detail);
    }

    @Override
    public String toString() {
        return rule + " in " + about + " at #" + pointer + ": " + detail + " (" + rule.meaning() + ")";
    }
}
