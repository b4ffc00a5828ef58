import { locale } from '../../../lib/format';
import type { Endpoint } from './endpoints';

/** A delivery pending longer than this is late, as the HamkoriWebhookBacklogAging alert has it. */
export const LATE_AFTER_SECONDS = 3600;

/**
 * disabled: nothing goes out (410, failing for days, or its owner); failing: every attempt has failed since
 * `failingSince`; late: the oldest pending delivery waits longer than an hour; healthy otherwise.
 */
export const ENDPOINT_STATES = ['disabled', 'failing', 'late', 'healthy'] as const;
export type EndpointState = (typeof ENDPOINT_STATES)[number];

export interface HealthFigures {
  state: EndpointState;
  lastSuccessAt: string | null;
  /** Deliveries waiting to go out. */
  backlog: number;
  /** How long the oldest of them has waited; null when none waits. */
  oldestPendingAgeSeconds: number | null;
  failingForSeconds: number | null;
  /** Deliveries given up after three days. */
  failedDeliveries: number;
  /** The share of the last 24 hours' attempts answered 2xx, as a percentage; null when nothing was attempted. */
  successPercentage: number | null;
  /** How many attempts the last 24 hours saw. */
  recentAttempts: number;
}

/** The health of an endpoint as its list shows it, at the moment `now`. */
export function healthOf(endpoint: Endpoint, now: Date): HealthFigures {
  const health = endpoint.health ?? {};
  const oldestPendingAgeSeconds = secondsSince(health.oldestPendingSince, now);
  const failingForSeconds = secondsSince(health.failingSince, now);
  let state: EndpointState = 'healthy';
  if (endpoint.enabled === false) state = 'disabled';
  else if (failingForSeconds !== null) state = 'failing';
  else if (oldestPendingAgeSeconds !== null && oldestPendingAgeSeconds > LATE_AFTER_SECONDS) state = 'late';
  return {
    state,
    lastSuccessAt: health.lastSuccessAt ?? null,
    backlog: Number(health.pending ?? 0),
    oldestPendingAgeSeconds,
    failingForSeconds,
    failedDeliveries: Number(health.failedDeliveries ?? 0),
    successPercentage: health.successRate === undefined ? null : health.successRate * 100,
    recentAttempts: Number(health.attemptsLast24Hours ?? 0),
  };
}

/** Whole seconds from an instant to `now`, never negative (clocks differ a little); null without an instant. */
export function secondsSince(instant: string | undefined, now: Date): number | null {
  if (!instant) return null;
  const then = new Date(instant).getTime();
  if (Number.isNaN(then)) return null;
  return Math.max(0, Math.floor((now.getTime() - then) / 1000));
}

const UNITS = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
] as const;

/** A duration in its largest whole unit ("3 hours", "3 часа"), in the chosen language. */
export function formatDuration(seconds: number | null, language: string): string {
  if (seconds === null) return '–';
  const { unit, seconds: size } = UNITS.find((u) => seconds >= u.seconds) ?? UNITS[UNITS.length - 1];
  return new Intl.NumberFormat(locale(language), { style: 'unit', unit, unitDisplay: 'long' }).format(
    Math.floor(seconds / size),
  );
}

/** One request's time taken ("120 ms"), in the chosen language. */
export function formatMilliseconds(milliseconds: number | undefined, language: string): string {
  if (milliseconds === undefined) return '–';
  return new Intl.NumberFormat(locale(language), { style: 'unit', unit: 'millisecond', unitDisplay: 'short' }).format(
    milliseconds,
  );
}
