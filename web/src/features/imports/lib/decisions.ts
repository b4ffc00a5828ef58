import type { components } from '../../../api/generated/training';
import type { DuplicateCandidate, ImportRow } from './imports';

export type DecisionEntry = components['schemas']['DecisionEntry'];

/**
 * What the trainer chose for a possible duplicate: a new trainee (keep), the same person as a candidate (merge,
 * naming which one), or leave the row out (skip).
 */
export type Choice = { decision: 'KEEP' } | { decision: 'SKIP' } | { decision: 'MERGE'; candidate: string };

/** The decisions by row number; a row without one is skipped by the service. */
export type Choices = Record<number, Choice>;

/** A score from which a candidate is taken for the same person unless the trainer says otherwise. */
export const LIKELY_SAME_PERSON = 0.95;

/** A candidate as the choices name it: an existing trainee, or an earlier row of the same register. */
export function candidateKey(candidate: DuplicateCandidate): string {
  return candidate.traineeId ? `trainee:${candidate.traineeId}` : `row:${candidate.row ?? ''}`;
}

/**
 * The choices the page starts with: a duplicate whose most likely candidate is exactly the same person (the same
 * register uploaded again) or very likely so is merged into it, which creates nobody new; for the others the
 * trainer decides, and until then they would be skipped.
 */
export function defaultChoices(rows: readonly ImportRow[]): Choices {
  const choices: Choices = {};
  for (const row of rows) {
    const top = row.status === 'POSSIBLE_DUPLICATE' ? row.candidates?.[0] : undefined;
    if (row.row !== undefined && top && (top.exact || (top.score ?? 0) >= LIKELY_SAME_PERSON)) {
      choices[row.row] = { decision: 'MERGE', candidate: candidateKey(top) };
    }
  }
  return choices;
}

/** The possible duplicates no decision was taken about: the commit would skip them. */
export function undecidedRows(rows: readonly ImportRow[], choices: Choices): number[] {
  return rows
    .filter((row) => row.status === 'POSSIBLE_DUPLICATE' && row.row !== undefined && !choices[row.row])
    .map((row) => row.row as number);
}

/** The commit's decisions, a merge naming its candidate so that the service never has to guess. */
export function decisionEntries(choices: Choices): DecisionEntry[] {
  return Object.entries(choices)
    .map(([row, choice]): DecisionEntry => {
      if (choice.decision !== 'MERGE') return { row: Number(row), decision: choice.decision };
      const [kind, id] = choice.candidate.split(/:(.*)/s);
      return kind === 'trainee'
        ? { row: Number(row), decision: 'MERGE', traineeId: id }
        : { row: Number(row), decision: 'MERGE', intoRow: Number(id) };
    })
    .sort((a, b) => a.row - b.row);
}
