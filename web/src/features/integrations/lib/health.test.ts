import { describe, expect, it } from 'vitest';
import type { Endpoint } from './endpoints';
import { formatDuration, healthOf, secondsSince } from './health';

const NOW = new Date('2021-06-21T12:00:00Z');
const endpoint = (change: Partial<Endpoint>): Endpoint => ({
  id: 'e1',
  url: 'https://partner.example.org/events',
  enabled: true,
  ...change,
});

describe('an endpoint’s health', () => {
  it('is healthy with nothing waiting, and says the backlog is empty', () => {
    const health = healthOf(endpoint({ health: { lastSuccessAt: '2021-06-21T11:59:00Z', pending: 0 } }), NOW);
    expect(health).toEqual({
      state: 'healthy',
      lastSuccessAt: '2021-06-21T11:59:00Z',
      backlog: 0,
      oldestPendingAgeSeconds: null,
      failingForSeconds: null,
      failedDeliveries: 0,
      successPercentage: null,
      recentAttempts: 0,
    });
  });

  it('gives the share of the last 24 hours’ attempts that succeeded as a percentage, with their count', () => {
    const health = healthOf(endpoint({ health: { successRate: 0.75, attemptsLast24Hours: 8 } }), NOW);
    expect(health.successPercentage).toBe(75);
    expect(health.recentAttempts).toBe(8);
  });

  it('has no success rate when nothing was attempted, rather than a rate of zero', () => {
    expect(healthOf(endpoint({ health: { attemptsLast24Hours: 0 } }), NOW).successPercentage).toBeNull();
  });

  it('counts the backlog and how long its oldest delivery has waited', () => {
    const health = healthOf(endpoint({ health: { pending: 12, oldestPendingSince: '2021-06-21T11:50:00Z' } }), NOW);
    expect(health.backlog).toBe(12);
    expect(health.oldestPendingAgeSeconds).toBe(600);
    expect(health.state).toBe('healthy');
  });

  it('is late once the oldest pending delivery waits over an hour, as the backlog alert has it', () => {
    const health = healthOf(endpoint({ health: { pending: 3, oldestPendingSince: '2021-06-21T10:59:59Z' } }), NOW);
    expect(health.state).toBe('late');
  });

  it('is failing while every attempt fails, whatever waits', () => {
    const health = healthOf(endpoint({ health: { failingSince: '2021-06-21T09:00:00Z', failedDeliveries: 4 } }), NOW);
    expect(health.state).toBe('failing');
    expect(health.failingForSeconds).toBe(3 * 3600);
    expect(health.failedDeliveries).toBe(4);
  });

  it('is disabled when switched off, before anything else', () => {
    const health = healthOf(
      endpoint({ enabled: false, disabledReason: '410 Gone', health: { failingSince: '2021-06-21T09:00:00Z' } }),
      NOW,
    );
    expect(health.state).toBe('disabled');
  });

  it('reads an endpoint without health figures as nothing waiting', () => {
    expect(healthOf(endpoint({}), NOW)).toMatchObject({ state: 'healthy', backlog: 0, lastSuccessAt: null });
  });
});

describe('durations', () => {
  it('never go below zero when the service’s clock is a little ahead', () => {
    expect(secondsSince('2021-06-21T12:00:05Z', NOW)).toBe(0);
    expect(secondsSince(undefined, NOW)).toBeNull();
    expect(secondsSince('not a time', NOW)).toBeNull();
  });

  it('are said in their largest whole unit', () => {
    expect(formatDuration(42, 'en')).toBe('42 seconds');
    expect(formatDuration(600, 'en')).toBe('10 minutes');
    expect(formatDuration(3 * 3600 + 59, 'en')).toBe('3 hours');
    expect(formatDuration(2 * 86_400, 'en')).toBe('2 days');
    expect(formatDuration(0, 'en')).toBe('0 seconds');
    expect(formatDuration(null, 'en')).toBe('–');
  });
});
