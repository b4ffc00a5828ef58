/** The realm roles (SPEC §2) and what each may use in the web app. */
export const ROLES = ['admin', 'coordinator', 'trainer', 'analyst', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export type Feature =
  | 'overview'
  | 'map'
  | 'regions'
  | 'certifications'
  | 'targets'
  | 'issuesReport'
  | 'partners'
  | 'editTargets'
  | 'dhis2'
  | 'liveFeed'
  | 'printCertificate'
  | 'centres'
  | 'groups'
  | 'issues'
  | 'followUpIssues'
  | 'training'
  | 'integrations'
  | 'administration'
  | 'centreHistory'
  | 'groupHistory'
  | 'sessionHistory'
  | 'traineeHistory'
  | 'auditSearch'
  | 'approvedPeriods'
  | 'approvePeriods';

const RULES: Record<Feature, readonly Role[]> = {
  // reports are aggregates without personal data: every role reads them
  overview: ROLES,
  map: ROLES,
  regions: ROLES,
  certifications: ROLES,
  targets: ROLES,
  issuesReport: ROLES,
  // as reporting-service's /reports/partners: every role that reads the reports (a partner its own organisation in full)
  partners: ROLES,
  // as reporting-service's hamkori.access.export: the export is for the programme's statisticians
  dhis2: ['admin', 'analyst'],
  editTargets: ['admin'],
  liveFeed: ['partner', 'analyst', 'admin'],
  printCertificate: ['trainer', 'admin'],
  // data entry: the role that manages the data, and admin
  centres: ['coordinator', 'admin'],
  groups: ['coordinator', 'admin'],
  // as groups-service's hamkori.access.read and .write: an analyst follows the board without the free text
  issues: ['coordinator', 'admin', 'analyst'],
  followUpIssues: ['coordinator', 'admin'],
  training: ['trainer', 'admin'],
  // as webhooks-service's hamkori.access.webhooks: a partner manages its organisation's endpoints, admin all
  integrations: ['partner', 'admin'],
  administration: ['admin'],
  // as each service's hamkori.access.history: the role that manages the records, and admin
  centreHistory: ['coordinator', 'admin'],
  groupHistory: ['coordinator', 'admin'],
  sessionHistory: ['trainer', 'admin'],
  traineeHistory: ['trainer', 'admin'],
  // GET /admin/audit of centers-, groups- and training-service
  auditSearch: ['admin'],
  // as reporting-service's drift (hamkori.access.export) and approval (hamkori.access.admin)
  approvedPeriods: ['admin', 'analyst'],
  approvePeriods: ['admin'],
};

export function may(roles: readonly string[], feature: Feature): boolean {
  return RULES[feature].some((role) => roles.includes(role));
}

/** The claims of an access token (its payload, decoded without checking: the services check the token). */
export function tokenClaims(accessToken: string | undefined): Record<string, unknown> {
  if (!accessToken) return {};
  const parts = accessToken.split('.');
  if (parts.length < 2) return {};
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const json = decodeURIComponent(
      Array.from(atob(padded), (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''),
    );
    const claims: unknown = JSON.parse(json);
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The roles of an access token: its `groups` claim, keeping only the programme's roles. */
export function rolesOf(accessToken: string | undefined): Role[] {
  const groups = tokenClaims(accessToken).groups;
  if (!Array.isArray(groups)) return [];
  return ROLES.filter((role) => groups.includes(role) || groups.includes('/' + role));
}
