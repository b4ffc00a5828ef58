package org.hamkori.groups;

import java.time.LocalDate;
import org.hamkori.contract.groups.ResponsibleParty;

/** An action a group agrees on a safety issue: what (free text, may name people), who carries it out, by when. */
public record ActionPlan(String description, ResponsibleParty responsible, LocalDate agreedOn, LocalDate dueOn) {
}
