/** Numbers, percentages and dates in the chosen language's conventions. */
export type Language = 'en' | 'ru' | 'tg';

// Intl's data for Tajik is thin in some runtimes; Tajik texts use Russian number and date conventions.
const LOCALES: Record<Language, string[]> = { en: ['en-GB'], ru: ['ru-RU'], tg: ['tg-TJ', 'ru-RU'] };

export function locale(language: string): string[] {
  return LOCALES[(language as Language) in LOCALES ? (language as Language) : 'en'];
}

export function formatNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(locale(language)).format(value);
}

export function formatPercent(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** An ISO date (2021-06-21) as a calendar date, without a time zone shift. */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '–';
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/** Percentage for a bar: 0–100, whatever the figures. */
export function barWidth(percentage: number | null | undefined): number {
  if (percentage === null || percentage === undefined || !Number.isFinite(percentage)) return 0;
  return Math.max(0, Math.min(100, percentage));
}
