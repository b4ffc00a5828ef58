import { describe, expect, it } from 'vitest';
import { may, rolesOf } from './roles';

const token = (claims: object) =>
  ['{"alg":"none"}', JSON.stringify(claims), ''].map((part) => Buffer.from(part).toString('base64url')).join('.');

describe('role rules', () => {
  it('lets every role read the reports', () => {
    for (const role of ['admin', 'coordinator', 'trainer', 'analyst', 'partner']) {
      expect(may([role], 'overview')).toBe(true);
      expect(may([role], 'map')).toBe(true);
      expect(may([role], 'issuesReport')).toBe(true);
    }
  });

  it('shows the live feed to partner, analyst and admin only', () => {
    expect(may(['partner'], 'liveFeed')).toBe(true);
    expect(may(['analyst'], 'liveFeed')).toBe(true);
    expect(may(['admin'], 'liveFeed')).toBe(true);
    expect(may(['coordinator'], 'liveFeed')).toBe(false);
    expect(may(['trainer'], 'liveFeed')).toBe(false);
  });

  it('offers the DHIS2 export only to the roles the export serves: admin and analyst', () => {
    expect(may(['admin'], 'dhis2')).toBe(true);
    expect(may(['analyst'], 'dhis2')).toBe(true);
    for (const role of ['coordinator', 'trainer', 'partner']) expect(may([role], 'dhis2')).toBe(false);
  });

  it('lets only admin edit targets', () => {
    expect(may(['admin'], 'editTargets')).toBe(true);
    expect(may(['analyst', 'partner', 'coordinator', 'trainer'], 'editTargets')).toBe(false);
  });

  it('prints certificates for trainer and admin', () => {
    expect(may(['trainer'], 'printCertificate')).toBe(true);
    expect(may(['partner'], 'printCertificate')).toBe(false);
  });

  it('offers data entry to the managing role and admin only', () => {
    expect(may(['coordinator'], 'centres')).toBe(true);
    expect(may(['coordinator'], 'groups')).toBe(true);
    expect(may(['coordinator'], 'training')).toBe(false);
    expect(may(['trainer'], 'training')).toBe(true);
    expect(may(['trainer'], 'centres')).toBe(false);
    for (const feature of ['centres', 'groups', 'training', 'administration'] as const) {
      expect(may(['admin'], feature)).toBe(true);
      expect(may(['analyst', 'partner'], feature)).toBe(false);
    }
    expect(may(['coordinator', 'trainer'], 'administration')).toBe(false);
  });

  it('shows the issue board to coordinator, admin and analyst, and lets only coordinator and admin record follow-up', () => {
    for (const role of ['coordinator', 'admin', 'analyst']) expect(may([role], 'issues')).toBe(true);
    for (const role of ['trainer', 'partner']) expect(may([role], 'issues')).toBe(false);
    expect(may(['coordinator'], 'followUpIssues')).toBe(true);
    expect(may(['admin'], 'followUpIssues')).toBe(true);
    expect(may(['analyst', 'partner', 'trainer'], 'followUpIssues')).toBe(false);
  });

  it('shows the integrations to partner and admin only, as webhooks-service allows', () => {
    expect(may(['partner'], 'integrations')).toBe(true);
    expect(may(['admin'], 'integrations')).toBe(true);
    for (const role of ['coordinator', 'trainer', 'analyst']) expect(may([role], 'integrations')).toBe(false);
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
