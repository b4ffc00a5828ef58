import { describe, expect, it } from 'vitest';
import { secondsToWait } from './retryAfter';

describe('how long a refused request asks to wait', () => {
  it('reads Retry-After in seconds', () => {
    expect(secondsToWait('30')).toBe(30);
    expect(secondsToWait(' 0 ')).toBe(0);
  });

  it('reads Retry-After as an HTTP date, counted from now and rounded up', () => {
    const now = new Date('2025-06-21T10:00:00.500Z');
    expect(secondsToWait('Sat, 21 Jun 2025 10:00:45 GMT', now)).toBe(45);
    expect(secondsToWait('Sat, 21 Jun 2025 09:59:00 GMT', now)).toBe(0);
  });

  it('knows nothing when the header is missing or unreadable', () => {
    expect(secondsToWait(null)).toBeNull();
    expect(secondsToWait('')).toBeNull();
    expect(secondsToWait('soon')).toBeNull();
    expect(secondsToWait('-5')).toBeNull();
  });
});
