package org.hamkori.training;

/** What is wrong with one cell of a register: its row as a spreadsheet numbers it, its column's contract name. */
public record CellProblem(int row, String column, String message) {
}
