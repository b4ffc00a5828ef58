import { describe, expect, it } from 'vitest';
import { freshness, FRESHNESS_TOLERANCE_MS } from './freshness';

const at = (iso: string) => Date.parse(iso);

describe('freshness of figures against the live feed', () => {
  it('is fresh while the feed has seen nothing newer', () => {
    expect(freshness('2026-11-28T10:00:00Z', null)).toBe('fresh');
    expect(freshness('2026-11-28T10:00:00Z', at('2026-11-28T10:00:01Z'))).toBe('fresh');
  });

  it('turns stale when the feed saw an event later than the figures include', () => {
    expect(freshness('2026-11-28T10:00:00Z', at('2026-11-28T10:00:00Z') + FRESHNESS_TOLERANCE_MS + 1)).toBe('stale');
  });

  it('is stale when there are no figures yet but the feed has events', () => {
    expect(freshness(null, at('2026-11-28T10:00:00Z'))).toBe('stale');
  });

  it('is unknown without any event at all', () => {
    expect(freshness(null, null)).toBe('unknown');
  });
});
