import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SERVICES = ['centers', 'groups', 'training', 'reporting', 'webhooks'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
}

describe.each(SERVICES)('the OpenAPI document of %s the client is generated from', (service) => {
  const document = JSON.parse(readFileSync(join(__dirname, '../../openapi', `${service}.json`), 'utf8'));
  const operations: [string, Operation][] = Object.entries(
    document.paths as Record<string, Record<string, Operation>>,
  ).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => [`${m.toUpperCase()} ${path}`, item[m]] as [string, Operation]),
  );

  it('gives every operation an operationId, a summary and a description', () => {
    expect(operations.length).toBeGreaterThan(5);
    expect(
      operations.filter(([, op]) => !op.operationId || !op.summary || !op.description).map(([name]) => name),
    ).toEqual([]);
    const ids = operations.map(([, op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('secures everything but reference data, health and the certificate check with the bearer scheme', () => {
    const schemes = Object.keys(document.components?.securitySchemes ?? {});
    const isPublic = (name: string) => / \/reference\/| \/certificates\/\{number\}$/.test(name);
    const unsecured = operations.filter(([name, op]) => !isPublic(name) && !(op.security ?? []).length);
    expect(unsecured.map(([name]) => name)).toEqual([]);
    for (const [, op] of operations) {
      for (const requirement of op.security ?? []) {
        expect(Object.keys(requirement).every((scheme) => schemes.includes(scheme))).toBe(true);
      }
    }
  });
});
