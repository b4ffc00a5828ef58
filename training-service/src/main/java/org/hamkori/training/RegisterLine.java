package org.hamkori.training;

import java.util.Map;

/** One row of a register as its file holds it: the row's number as a spreadsheet shows it and its cells by column. */
public record RegisterLine(int row, Map<RegisterColumn, String> cells) {
}
