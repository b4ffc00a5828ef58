import { describe, expect, it } from 'vitest';
import { barWidth, formatDate, formatNumber, formatPercent } from './format';

describe('formatting in the chosen language', () => {
  it('groups thousands as each language does', () => {
    expect(formatNumber(3214, 'en')).toBe('3,214');
    expect(formatNumber(3214, 'ru').replace(/\s/g, ' ')).toBe('3 214');
    expect(formatNumber(3214, 'tg').replace(/\s/g, ' ')).toBe('3 214');
  });

  it('shows a dash for a missing figure', () => {
    expect(formatNumber(null, 'en')).toBe('–');
    expect(formatPercent(undefined, 'ru')).toBe('–');
    expect(formatDate(null, 'tg')).toBe('–');
  });

  it('writes percentages from the API (0–100) as percent', () => {
    expect(formatPercent(87.5, 'en')).toBe('87.5%');
    expect(formatPercent(120, 'ru').replace(/\s/g, ' ')).toBe('120 %');
  });

  it('writes a calendar date without shifting it by the time zone', () => {
    expect(formatDate('2021-06-21', 'en')).toBe('21 June 2021');
    expect(formatDate('2021-06-21', 'ru')).toMatch(/^21 июня 2021/);
  });

  it('keeps a bar between empty and full', () => {
    expect(barWidth(130)).toBe(100);
    expect(barWidth(-5)).toBe(0);
    expect(barWidth(42.5)).toBe(42.5);
    expect(barWidth(null)).toBe(0);
  });
});
