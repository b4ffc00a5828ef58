import type { components } from '../../../api/generated/centers';

/** One audit entry as every service sends it (service-kit's AuditEntry). */
export type AuditEntry = components['schemas']['AuditEntry'];

/** What a service writes instead of a personal value for a caller who may not read it. */
export const MASKED = '***';

/** One changed field of an entry: its name as recorded, what entity it belongs to when not the record's own. */
export interface FieldChange {
  field: string;
  /** `member` of `member[3f2a…].fullName`: a field of another entity the write touched */
  entity: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

const NESTED = /^([A-Za-z]+)\[([^\]]*)\]\.(.+)$/;

/** The fields an entry changed, in the order the service recorded them. */
export function changesOf(entry: AuditEntry): FieldChange[] {
  return Object.entries(entry.changes ?? {}).map(([key, pair]) => {
    const [before, after] = Array.isArray(pair) ? pair : [undefined, pair];
    const nested = NESTED.exec(key);
    return nested
      ? { field: nested[3], entity: nested[1], entityId: nested[2], before, after }
      : { field: key, entity: null, entityId: null, before, after };
  });
}

export function isMasked(value: unknown): boolean {
  return value === MASKED;
}

/** A value as text: lists joined, objects as JSON; `null` when there was none (the caller shows a dash). */
export function valueText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((v) => valueText(v) ?? '–').join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** `closureNote` → "Closure note", `CenterDetailsChanged` → "Center details changed": a name without a translation. */
export function readable(name: string): string {
  const words = name
    .replace(/[_.]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const identity = (entry: AuditEntry) =>
  `${entry.at}|${entry.action}|${entry.eventId ?? ''}|${entry.requestId ?? ''}|${entry.actor}`;

/**
 * An older page after what is shown. Reading a history records a read of personal data at its top, which moves every
 * entry one place down: the older page may begin with entries already shown, which are left out.
 */
export function appendOlder(shown: AuditEntry[], older: AuditEntry[]): AuditEntry[] {
  const seen = new Set(shown.map(identity));
  return [...shown, ...older.filter((entry) => !seen.has(identity(entry)))];
}

/** The key of an entry, unique within a history page. */
export function entryKey(entry: AuditEntry, index: number): string {
  return `${entry.eventId ?? entry.at}-${entry.action}-${index}`;
}
