import { lazy, type ComponentType } from 'react';
import type { Feature } from './lib/roles';

/**
 * The signed-in pages after the overview, each with the feature a role needs for it. Every page but the first is
 * loaded when it is opened: the first page load stays small on a slow connection.
 */
// one page for the regions and for a region's districts, so that moving between them keeps it
const RegionsPage = lazy(() => import('./features/regions/pages/RegionsPage'));

export const PAGES: { path: string; feature: Feature; Page: ComponentType }[] = [
  { path: 'map', feature: 'map', Page: lazy(() => import('./features/map/pages/MapPage')) },
  { path: 'regions', feature: 'regions', Page: RegionsPage },
  { path: 'regions/:regionCode', feature: 'regions', Page: RegionsPage },
  {
    path: 'certifications',
    feature: 'certifications',
    Page: lazy(() => import('./features/certifications/pages/CertificationsPage')),
  },
  { path: 'targets', feature: 'targets', Page: lazy(() => import('./features/targets/pages/TargetsPage')) },
  { path: 'dhis2', feature: 'dhis2', Page: lazy(() => import('./features/dhis2/pages/Dhis2Page')) },
  { path: 'periods', feature: 'approvedPeriods', Page: lazy(() => import('./features/periods/pages/PeriodsPage')) },
  { path: 'feed', feature: 'liveFeed', Page: lazy(() => import('./features/liveFeed/pages/LiveFeedPage')) },
  {
    path: 'certificates/:number/print',
    feature: 'printCertificate',
    Page: lazy(() => import('./features/certificates/pages/CertificatePrintPage')),
  },
  { path: 'centres', feature: 'centres', Page: lazy(() => import('./features/centers/pages/CentersPage')) },
  { path: 'centres/:id', feature: 'centres', Page: lazy(() => import('./features/centers/pages/CenterPage')) },
  { path: 'groups', feature: 'groups', Page: lazy(() => import('./features/groups/pages/GroupsPage')) },
  { path: 'groups/:id', feature: 'groups', Page: lazy(() => import('./features/groups/pages/GroupPage')) },
  {
    path: 'groups/:groupId/issues/:issueId',
    feature: 'issues',
    Page: lazy(() => import('./features/issues/pages/IssuePage')),
  },
  { path: 'issues', feature: 'issues', Page: lazy(() => import('./features/issues/pages/IssueBoard')) },
  { path: 'issues/report', feature: 'issuesReport', Page: lazy(() => import('./features/issues/pages/IssuesReport')) },
  { path: 'partners', feature: 'partners', Page: lazy(() => import('./features/partners/pages/PartnersPage')) },
  { path: 'partners/:code', feature: 'partners', Page: lazy(() => import('./features/partners/pages/PartnerPage')) },
  { path: 'training', feature: 'training', Page: lazy(() => import('./features/training/pages/TrainingPage')) },
  {
    path: 'training/sessions/:id',
    feature: 'training',
    Page: lazy(() => import('./features/training/pages/SessionPage')),
  },
  {
    path: 'training/trainees/:id',
    feature: 'training',
    Page: lazy(() => import('./features/trainees/pages/TraineePage')),
  },
  {
    path: 'training/imports/new',
    feature: 'training',
    Page: lazy(() => import('./features/imports/pages/ImportTrainees')),
  },
  {
    path: 'training/imports/:id',
    feature: 'training',
    Page: lazy(() => import('./features/imports/pages/TraineeImportPage')),
  },
  {
    path: 'integrations',
    feature: 'integrations',
    Page: lazy(() => import('./features/integrations/pages/IntegrationsPage')),
  },
  {
    path: 'integrations/:id',
    feature: 'integrations',
    Page: lazy(() => import('./features/integrations/pages/EndpointPage')),
  },
  {
    path: 'admin',
    feature: 'administration',
    Page: lazy(() => import('./features/administration/pages/AdministrationPage')),
  },
  { path: 'admin/audit', feature: 'auditSearch', Page: lazy(() => import('./features/audit/pages/AuditSearchPage')) },
];

export const Verify = lazy(() => import('./features/certificates/pages/VerifyPage'));
