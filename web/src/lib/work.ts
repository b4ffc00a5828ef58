/** The rules the data-entry forms check or show before anything is sent. */

export type CenterStatus = 'PLANNED' | 'OPEN' | 'UNDER_RENOVATION' | 'CLOSED';
export type Transition = 'opening' | 'renovation' | 'completion' | 'closure';

/** The transitions a centre's status allows (SPEC §4); anything else the service refuses with a 409. */
export function allowedTransitions(status: CenterStatus): Transition[] {
  switch (status) {
    case 'PLANNED':
      return ['opening'];
    case 'OPEN':
      return ['renovation', 'closure'];
    case 'UNDER_RENOVATION':
      return ['completion', 'closure'];
    default:
      return [];
  }
}

export interface Participants {
  female: number;
  male: number;
  police: number;
  community: number;
}

/** Everyone at a meeting is counted twice: once by sex, once by side. */
export function participantsAddUp(p: Participants): boolean {
  return p.female + p.male === p.police + p.community;
}

/** The certification rule: attended ≥ 80 % of the course hours and score ≥ pass mark. */
export function willCertify(attendedHours: number | null, score: number | null, courseHours: number, passMark: number) {
  if (attendedHours === null || score === null || Number.isNaN(attendedHours) || Number.isNaN(score)) return false;
  return attendedHours * 100 >= courseHours * 80 && score >= passMark;
}

export interface SheetRow {
  row: number;
  traineeId: string;
  attendedHours: string;
  score: string;
}

/** An attendance sheet as its rows (row 1 is the header), for the preview beside the service's problems. */
export function readSheet(csv: string): SheetRow[] {
  const lines = csv.replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line, index) => ({ line, row: index + 1 }))
    .slice(1)
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, row }) => {
      const [traineeId = '', attendedHours = '', score = ''] = line.split(',').map((cell) => cell.trim());
      return { row, traineeId, attendedHours, score };
    });
}

/** The row a problem's field names (`row 3`, `row 3.score`), if any. */
export function sheetRowOf(field: string): number | null {
  const match = /^row\s*(\d+)/i.exec(field);
  return match ? Number(match[1]) : null;
}

export interface FieldProblem {
  field?: string;
  message?: string;
}

/** Field problems keyed by the form field they name: `participants.female` and `participants` both reach `participants`. */
export function problemsByField(errors: FieldProblem[] | undefined): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const error of errors ?? []) {
    if (!error.field) continue;
    const keys = new Set([error.field, error.field.split(/[.[]/)[0]]);
    for (const key of keys) (byField[key] ??= []).push(error.message ?? '');
  }
  return byField;
}

/** What another user changed: the fields where theirs differs from what this form started from. */
export function changedMeanwhile<T extends object>(started: T, theirs: T, fields: (keyof T)[]): (keyof T)[] {
  return fields.filter((field) => JSON.stringify(started[field] ?? null) !== JSON.stringify(theirs[field] ?? null));
}

/** The weeks of a month as ISO dates (Monday first), null where a day belongs to another month. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offset = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: offset }, () => null);
  for (let day = 1; day <= days; day++) {
    cells.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A version as the strong ETag the services expect in If-Match. */
export function ifMatch(version: number | null | undefined): string {
  return `"${version ?? 0}"`;
}
