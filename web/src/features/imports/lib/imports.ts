import type { components } from '../../../api/generated/training';

export type TraineeImport = components['schemas']['ImportView'];
export type ImportRow = components['schemas']['ImportRow'];
export type ImportSummary = components['schemas']['ImportSummary'];
export type DuplicateCandidate = components['schemas']['DuplicateCandidate'];
export type ImportRowStatus = components['schemas']['ImportRowStatus'];
export type ImportOutcome = components['schemas']['ImportOutcome'];
export type ImportStatus = components['schemas']['ImportStatus'];

/** A register's columns in the order of the template; cells and problems name them so (SPEC §6). */
export const REGISTER_COLUMNS = ['fullName', 'sex', 'birthYear', 'category', 'districtCode', 'phone'] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

export const IMPORT_ROW_STATUSES = [
  'VALID',
  'INVALID',
  'POSSIBLE_DUPLICATE',
] as const satisfies readonly ImportRowStatus[];
export const IMPORT_OUTCOMES = [
  'CREATED',
  'MERGED',
  'SKIPPED',
  'REJECTED',
  'FAILED',
] as const satisfies readonly ImportOutcome[];
export const IMPORT_STATUSES = ['VALIDATED', 'COMMITTING', 'COMMITTED'] as const satisfies readonly ImportStatus[];

/** The web app's address of one import, where it is reviewed, committed and its result read. */
export function importPath(id: string | undefined): string {
  return `/training/imports/${id ?? ''}`;
}

/**
 * A row's problems by the cell they are about; a problem naming no column of the register (there should be none)
 * is kept under `row`, so that it is still shown on its row.
 */
export function problemsByCell(row: ImportRow): Partial<Record<RegisterColumn | 'row', string[]>> {
  const byCell: Partial<Record<RegisterColumn | 'row', string[]>> = {};
  for (const problem of row.problems ?? []) {
    const cell = (REGISTER_COLUMNS as readonly string[]).includes(problem.column ?? '')
      ? (problem.column as RegisterColumn)
      : 'row';
    (byCell[cell] ??= []).push(problem.message ?? '');
  }
  return byCell;
}

export type RowFilter = 'ALL' | ImportRowStatus;

/** The rows of one page of the preview, of the status the user chose. */
export function rowsShown(rows: readonly ImportRow[], filter: RowFilter, page: number, size: number) {
  const chosen = filter === 'ALL' ? rows : rows.filter((row) => row.status === filter);
  return { rows: chosen.slice(page * size, (page + 1) * size), total: chosen.length };
}

/** The language of a downloaded template: the user's, when the service has its headers. */
export function templateLanguage(language: string): 'en' | 'ru' | 'tg' {
  return language === 'ru' || language === 'tg' ? language : 'en';
}
