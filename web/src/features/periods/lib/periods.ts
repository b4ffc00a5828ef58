/**
 * Periods as reporting-service names them (a year `2021`, a quarter `2021Q2`, a month `2021-06`): the periods of a
 * year, those a date falls in, and whether one is over (only a period that is over can be approved).
 */
export type PeriodKind = 'year' | 'quarter' | 'month';

const pad = (n: number) => String(n).padStart(2, '0');

/** The year, its quarters and its months, in that order. */
export function periodsOfYear(year: number): string[] {
  return [
    String(year),
    ...[1, 2, 3, 4].map((q) => `${year}Q${q}`),
    ...Array.from({ length: 12 }, (_, m) => `${year}-${pad(m + 1)}`),
  ];
}

/** The year, quarter and month an ISO date falls in; none for a date not (yet) typed whole. */
export function periodsContaining(date: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return [];
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return [];
  return [String(year), `${year}Q${Math.ceil(month / 3)}`, `${year}-${pad(month)}`];
}

export function kindOf(period: string): PeriodKind {
  if (/^\d{4}Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'year';
}

/** The last day of a period, as an ISO date. */
export function lastDayOf(period: string): string {
  const year = Number(period.slice(0, 4));
  const lastMonth = { year: 12, quarter: Number(period.slice(5)) * 3, month: Number(period.slice(5)) }[kindOf(period)];
  return `${year}-${pad(lastMonth)}-${pad(new Date(Date.UTC(year, lastMonth, 0)).getUTCDate())}`;
}

/** Whether the period has ended before `today` (an ISO date). */
export const isOver = (period: string, today: string) => lastDayOf(period) < today;

/** How a period reads: the year, `Q2 2021`, or the month's name in the user's language. */
export function periodLabel(period: string, language: string, quarter: (q: number, year: number) => string): string {
  const year = Number(period.slice(0, 4));
  switch (kindOf(period)) {
    case 'quarter':
      return quarter(Number(period.slice(5)), year);
    case 'month':
      return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, Number(period.slice(5)) - 1, 1)),
      );
    default:
      return String(year);
  }
}

/** Whose a drift's figure is (`programme centers.open`, `region KHATLON centers.open`, `partner X centers.open`…). */
export interface FigureName {
  scope: string;
  code: string | null;
  indicator: string;
}

export function readFigure(name: string): FigureName {
  const words = name.trim().split(/\s+/);
  const indicator = words.at(-1) ?? name;
  return words.length >= 3
    ? { scope: words[0], code: words.slice(1, -1).join(' '), indicator }
    : { scope: words.length === 2 ? words[0] : 'programme', code: null, indicator };
}
