import type { AuditEntry } from '../../history/lib/history';

/** The services that serve GET /admin/audit (hamkori.admin.audit.enabled): each keeps the trail of its own writes. */
export const AUDIT_SERVICES = ['centers', 'groups', 'training'] as const;
export type AuditService = (typeof AUDIT_SERVICES)[number];

export interface AuditFilters {
  /** one service, or every one ('') */
  service: AuditService | '';
  actor: string;
  aggregate: string;
  id: string;
  from: string;
  to: string;
  requestId: string;
}

export const NO_FILTERS: AuditFilters = {
  service: '',
  actor: '',
  aggregate: '',
  id: '',
  from: '',
  to: '',
  requestId: '',
};

/** The query of GET /admin/audit for the filters: only what is filled in, trimmed. */
export function auditQuery(filters: AuditFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ['actor', 'aggregate', 'id', 'from', 'to', 'requestId'] as const) {
    const value = filters[key].trim();
    if (value) query[key] = value;
  }
  return query;
}

export function servicesOf(filters: AuditFilters): AuditService[] {
  return filters.service ? [filters.service] : [...AUDIT_SERVICES];
}

/** What has been read of one service's trail: its entries so far, newest first, and how many match in all. */
export interface AuditStream {
  service: AuditService;
  entries: AuditEntry[];
  total: number;
}

export interface MergedEntry {
  service: AuditService;
  entry: AuditEntry;
}

const time = (entry: AuditEntry) => (entry.at ? Date.parse(entry.at) : 0);
const hasMore = (stream: AuditStream) => stream.entries.length < stream.total;

/**
 * The services' trails as one, newest first. An entry older than the oldest one read of a trail that has more is held
 * back until that trail is read further: a newer entry of that trail may still come before it.
 */
export function mergeNewestFirst(streams: AuditStream[]): { entries: MergedEntry[]; hasMore: boolean } {
  const unfinished = streams.filter(hasMore);
  const horizon = Math.max(
    Number.NEGATIVE_INFINITY,
    ...unfinished.map((stream) => (stream.entries.length ? time(stream.entries[stream.entries.length - 1]) : Infinity)),
  );
  const entries = streams
    .flatMap((stream) => stream.entries.map((entry) => ({ service: stream.service, entry })))
    .filter(({ entry }) => time(entry) >= horizon)
    .sort((a, b) => time(b.entry) - time(a.entry));
  return { entries, hasMore: unfinished.length > 0 };
}
