/**
 * Whether figures are older than the newest event the live feed has seen. Feed events carry no time of
 * their own, so the time the browser received one stands for it; the tolerance absorbs the few hundred
 * milliseconds between an event's time and its arrival, and modest clock differences.
 */
export const FRESHNESS_TOLERANCE_MS = 5_000;

export type Freshness = 'fresh' | 'stale' | 'unknown';

export function freshness(
  lastEventAt: string | null | undefined,
  newestFeedEventAt: number | null,
  toleranceMs = FRESHNESS_TOLERANCE_MS,
): Freshness {
  if (newestFeedEventAt === null) return lastEventAt ? 'fresh' : 'unknown';
  if (!lastEventAt) return 'stale';
  const figuresAt = Date.parse(lastEventAt);
  if (Number.isNaN(figuresAt)) return 'unknown';
  return newestFeedEventAt - figuresAt > toleranceMs ? 'stale' : 'fresh';
}
