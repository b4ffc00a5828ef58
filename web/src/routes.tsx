import { lazy, type ComponentType } from 'react';
import type { Feature } from './lib/roles';

type Route = { path: string; feature: Feature; Page: ComponentType };

/** A page loaded when it is first opened. */
const page = (path: string, feature: Feature, load: () => Promise<{ default: ComponentType }>): Route => ({
  path,
  feature,
  Page: lazy(load),
});

// one page for the regions and for a region's districts, so that moving between them keeps it
const RegionsPage = lazy(() => import('./features/regions/pages/RegionsPage'));
const CertificatePrintPage = lazy(() => import('./features/certificates/pages/CertificatePrintPage'));

/**
 * The signed-in pages after the overview, each with the feature a role needs for it. Every page but the first is
 * loaded when it is opened: the first page load stays small on a slow connection.
 */
export const PAGES: Route[] = [
  { path: 'regions', feature: 'regions', Page: RegionsPage },
  { path: 'regions/:regionCode', feature: 'regions', Page: RegionsPage },
  { path: 'certificates/:number/print', feature: 'printCertificate', Page: CertificatePrintPage },
  page('map', 'map', () => import('./features/map/pages/MapPage')),
  page('certifications', 'certifications', () => import('./features/certifications/pages/CertificationsPage')),
  page('targets', 'targets', () => import('./features/targets/pages/TargetsPage')),
  page('dhis2', 'dhis2', () => import('./features/dhis2/pages/Dhis2Page')),
  page('periods', 'approvedPeriods', () => import('./features/periods/pages/PeriodsPage')),
  page('feed', 'liveFeed', () => import('./features/liveFeed/pages/LiveFeedPage')),
  page('centres', 'centres', () => import('./features/centers/pages/CentersPage')),
  page('centres/:id', 'centres', () => import('./features/centers/pages/CenterPage')),
  page('groups', 'groups', () => import('./features/groups/pages/GroupsPage')),
  page('groups/:id', 'groups', () => import('./features/groups/pages/GroupPage')),
  page('groups/:groupId/issues/:issueId', 'issues', () => import('./features/issues/pages/IssuePage')),
  page('issues', 'issues', () => import('./features/issues/pages/IssueBoard')),
  page('issues/report', 'issuesReport', () => import('./features/issues/pages/IssuesReport')),
  page('partners', 'partners', () => import('./features/partners/pages/PartnersPage')),
  page('partners/:code', 'partners', () => import('./features/partners/pages/PartnerPage')),
  page('training', 'training', () => import('./features/training/pages/TrainingPage')),
  page('training/sessions/:id', 'training', () => import('./features/training/pages/SessionPage')),
  page('training/trainees/:id', 'training', () => import('./features/trainees/pages/TraineePage')),
  page('training/imports/new', 'training', () => import('./features/imports/pages/ImportTrainees')),
  page('training/imports/:id', 'training', () => import('./features/imports/pages/TraineeImportPage')),
  page('integrations', 'integrations', () => import('./features/integrations/pages/IntegrationsPage')),
  page('integrations/:id', 'integrations', () => import('./features/integrations/pages/EndpointPage')),
  page('admin', 'administration', () => import('./features/administration/pages/AdministrationPage')),
  page('admin/audit', 'auditSearch', () => import('./features/audit/pages/AuditSearchPage')),
];

export const Verify = lazy(() => import('./features/certificates/pages/VerifyPage'));
