import { describe, expect, it } from 'vitest';
import { may, ROLES, rolesOf } from './roles';

const token = (claims: object) =>
  ['{"alg":"none"}', JSON.stringify(claims), ''].map((part) => Buffer.from(part).toString('base64url')).join('.');

describe('role rules', () => {
  it('lets every role read the reports', () => {
    for (const role of ROLES) {
      expect(may([role], 'overview')).toBe(true);
      expect(may([role], 'map')).toBe(true);
      expect(may([role], 'issuesReport')).toBe(true);
    }
  });

  it.each([
    ['the live feed', 'liveFeed', ['partner', 'analyst', 'admin']],
    ['the DHIS2 export (the roles the export serves)', 'dhis2', ['admin', 'analyst']],
    ['the editing of targets', 'editTargets', ['admin']],
    ['printed certificates', 'printCertificate', ['trainer', 'admin']],
    ['the centres (data entry: the managing role and admin)', 'centres', ['coordinator', 'admin']],
    ['the groups', 'groups', ['coordinator', 'admin']],
    ['training', 'training', ['trainer', 'admin']],
    ['administration', 'administration', ['admin']],
    ['the issue board', 'issues', ['coordinator', 'admin', 'analyst']],
    ['the follow-up of issues', 'followUpIssues', ['coordinator', 'admin']],
    ['the integrations (as webhooks-service allows)', 'integrations', ['partner', 'admin']],
  ] as const)('offers %s only to its roles', (_, feature, allowed: readonly string[]) => {
    for (const role of ROLES) expect(may([role], feature), role).toBe(allowed.includes(role));
  });

  it('lets a user with several roles use what any of them may', () => {
    expect(may(['analyst', 'partner'], 'liveFeed')).toBe(true);
    expect(may(['analyst', 'partner', 'coordinator', 'trainer'], 'editTargets')).toBe(false);
  });

  it('gives nothing to a user without a programme role', () => {
    expect(may([], 'overview')).toBe(false);
    expect(may(['offline_access'], 'overview')).toBe(false);
  });

  it('reads the roles from the token’s groups claim, ignoring others', () => {
    expect(rolesOf(token({ groups: ['analyst', 'offline_access'] }))).toEqual(['analyst']);
    expect(rolesOf(token({ groups: ['/admin'] }))).toEqual(['admin']);
    expect(rolesOf(token({ sub: 'x' }))).toEqual([]);
    expect(rolesOf('not a token')).toEqual([]);
    expect(rolesOf(undefined)).toEqual([]);
  });
});
