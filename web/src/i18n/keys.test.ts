import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from './locales/en.json';
import ru from './locales/ru.json';
import tg from './locales/tg.json';
import { REASON_CODES } from '../lib/reasons';
import { ISSUE_CATEGORIES, ISSUE_STATUSES, RESPONSIBLE_PARTIES } from '../features/issues/lib/issues';
import {
  IMPORT_OUTCOMES,
  IMPORT_ROW_STATUSES,
  IMPORT_STATUSES,
  REGISTER_COLUMNS,
} from '../features/imports/lib/imports';
import { DELIVERY_STATUSES } from '../features/integrations/lib/endpoints';
import { ENDPOINT_STATES } from '../features/integrations/lib/health';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaf(tree: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

const LANGUAGES = { en, ru, tg };
const all = [...new Set(Object.values(LANGUAGES).flatMap((tree) => keys(tree)))].sort();

describe('translations', () => {
  it.each(Object.entries(LANGUAGES))('%s has every key of every language, none empty', (_, tree) => {
    const missing = all.filter(
      (key) => typeof leaf(tree, key) !== 'string' || (leaf(tree, key) as string).trim() === '',
    );
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(LANGUAGES))('%s keeps the placeholders of English', (_, tree) => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const different = keys(en).filter(
      (key) => JSON.stringify(placeholders(leaf(en, key))) !== JSON.stringify(placeholders(leaf(tree, key))),
    );
    expect(different).toEqual([]);
  });

  it('every key the source code asks for exists in English', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
          for (const match of readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9]+\.[a-zA-Z0-9.]+)'/g)) {
            used.add(match[1]);
          }
          for (const match of readFileSync(path, 'utf8').matchAll(/label: '([a-z]+\.[a-zA-Z0-9]+)'/g))
            used.add(match[1]);
          for (const match of readFileSync(path, 'utf8').matchAll(/title: '([a-z]+\.[a-zA-Z0-9]+)'/g))
            used.add(match[1]);
          for (const match of readFileSync(path, 'utf8').matchAll(/heading: '([a-z]+\.[a-zA-Z0-9.]+)'/g))
            used.add(match[1]);
          // a table's column headings given as a list of keys (PlainTable's headings)
          for (const list of readFileSync(path, 'utf8').matchAll(/(?:COLUMNS = |headings=\{)\[([^\]]*)\]/g))
            for (const key of list[1].matchAll(/'([a-z]+\.[a-zA-Z0-9.]+)'/g)) used.add(key[1]);
        }
      }
    };
    walk(join(__dirname, '..'));
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => typeof leaf(en, key) !== 'string')).toEqual([]);
  });
});

describe('translations of the values the services send', () => {
  const VALUES: Record<string, string[]> = {
    centreStatus: ['PLANNED', 'OPEN', 'UNDER_RENOVATION', 'CLOSED'],
    groupStatus: ['ACTIVE', 'DISSOLVED'],
    issueStatus: [...ISSUE_STATUSES],
    responsibleParty: [...RESPONSIBLE_PARTIES],
    sessionStatus: ['SCHEDULED', 'COMPLETED', 'CANCELLED'],
    'admin.state': ['BUILDING', 'ACTIVE', 'RETIRED', 'FAILED'],
    'admin.outcome': ['APPLIED', 'DUPLICATE', 'REJECTED'],
    closureReason: [...REASON_CODES.closure],
    revocationReason: [...REASON_CODES.revocation],
    issueCategory: [...ISSUE_CATEGORIES],
    sex: ['FEMALE', 'MALE'],
    memberRole: ['COMMUNITY_REPRESENTATIVE', 'POLICE_OFFICER'],
    traineeCategory: ['CITIZEN', 'POLICE_OFFICER'],
    'imports.rowStatus': [...IMPORT_ROW_STATUSES],
    'imports.outcomeOf': [...IMPORT_OUTCOMES],
    'imports.status': [...IMPORT_STATUSES],
    'imports.column': [...REGISTER_COLUMNS],
    deliveryStatus: [...DELIVERY_STATUSES],
    'integrations.state': [...ENDPOINT_STATES],
  };
  it.each(Object.entries(LANGUAGES))(
    '%s names every status, outcome, category, responsible party and reason code',
    (_, tree) => {
      const missing = Object.entries(VALUES).flatMap(([prefix, values]) =>
        values.map((value) => `${prefix}.${value}`).filter((key) => typeof leaf(tree, key) !== 'string'),
      );
      expect(missing).toEqual([]);
    },
  );
});
