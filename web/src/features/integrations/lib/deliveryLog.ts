import type { DeliveryStatus } from './endpoints';

/**
 * The delivery log's filters as the user set them; an empty string means "all". `from` and `to` are the
 * values of datetime-local inputs: a time on the user's own clock.
 */
export interface LogFilters {
  status: DeliveryStatus | '';
  eventType: string;
  from: string;
  to: string;
}

export const NO_LOG_FILTERS: LogFilters = { status: '', eventType: '', from: '', to: '' };

/** A time on the user's clock (2021-06-01T10:00) as the instant the service compares with; '' when unreadable. */
export function instantOf(localTime: string): string {
  if (!localTime) return '';
  const date = new Date(localTime);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** The query of `GET …/deliveries` for one page of the log: only the filters the user set. */
export function deliveryQuery(filters: LogFilters, page: number, size: number) {
  const from = instantOf(filters.from);
  const to = instantOf(filters.to);
  return {
    page: String(page),
    size: String(size),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.eventType ? { eventType: filters.eventType } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

export type RecoveryWindowCheck =
  { ok: true; window: { since: string; until: string } } | { ok: false; problem: 'incomplete' | 'untilNotAfterSince' };

/** A recovery's window, checked as the service will: both ends given, and the end after the start. */
export function recoveryWindow(since: string, until: string): RecoveryWindowCheck {
  const start = instantOf(since);
  const end = instantOf(until);
  if (!start || !end) return { ok: false, problem: 'incomplete' };
  if (end <= start) return { ok: false, problem: 'untilNotAfterSince' };
  return { ok: true, window: { since: start, until: end } };
}
