import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { createApi } from './api/client';
import { ApiProvider } from './api/ApiContext';
import { AuthProvider, createUserManager, useAuth } from './auth/AuthContext';
import { Header, Layout } from './components/Layout';
import { LiveEventsProvider } from './components/LiveEvents';
import { Loading } from './components/Problem';
import { ReferenceProvider } from './components/Reference';
import type { AppConfig } from './lib/config';
import { may, type Feature } from './lib/roles';
import { Overview } from './features/overview/pages/OverviewPage';

// Every page but the first is loaded when it is opened: the first page load stays small on a slow connection.
const MapPage = lazy(() => import('./features/map/pages/MapPage'));
const Regions = lazy(() => import('./features/regions/pages/RegionsPage'));
const Certifications = lazy(() => import('./features/certifications/pages/CertificationsPage'));
const Targets = lazy(() => import('./features/targets/pages/TargetsPage'));
const Dhis2 = lazy(() => import('./features/dhis2/pages/Dhis2Page'));
const LiveFeed = lazy(() => import('./features/liveFeed/pages/LiveFeedPage'));
const Verify = lazy(() => import('./features/certificates/pages/VerifyPage'));
const CertificatePrint = lazy(() => import('./features/certificates/pages/CertificatePrintPage'));
const Centers = lazy(() => import('./features/centers/pages/CentersPage'));
const CenterDetail = lazy(() => import('./features/centers/pages/CenterPage'));
const Groups = lazy(() => import('./features/groups/pages/GroupsPage'));
const GroupDetail = lazy(() => import('./features/groups/pages/GroupPage'));
const IssueBoard = lazy(() => import('./features/issues/pages/IssueBoard'));
const IssuePage = lazy(() => import('./features/issues/pages/IssuePage'));
const IssuesReport = lazy(() => import('./features/issues/pages/IssuesReport'));
const PartnersPage = lazy(() => import('./features/partners/pages/PartnersPage'));
const PartnerPage = lazy(() => import('./features/partners/pages/PartnerPage'));
const Training = lazy(() => import('./features/training/pages/TrainingPage'));
const SessionDetail = lazy(() => import('./features/training/pages/SessionPage'));
const ImportTrainees = lazy(() => import('./features/imports/pages/ImportTrainees'));
const TraineeImportPage = lazy(() => import('./features/imports/pages/TraineeImportPage'));
const IntegrationsPage = lazy(() => import('./features/integrations/pages/IntegrationsPage'));
const EndpointPage = lazy(() => import('./features/integrations/pages/EndpointPage'));
const Administration = lazy(() => import('./features/administration/pages/AdministrationPage'));
const PeriodsPage = lazy(() => import('./features/periods/pages/PeriodsPage'));
const AuditSearchPage = lazy(() => import('./features/audit/pages/AuditSearchPage'));
const TraineePage = lazy(() => import('./features/trainees/pages/TraineePage'));

export function App({ config }: { config: AppConfig }) {
  const manager = useMemo(() => createUserManager(config), [config]);
  return (
    <AuthProvider manager={manager}>
      <Session config={config} />
    </AuthProvider>
  );
}

function Session({ config }: { config: AppConfig }) {
  const { currentToken } = useAuth();
  // one client for the session: it asks for the current token on every call, so a renewed token is used
  // without reloading what the pages show
  const api = useMemo(
    () => createApi(config, { token: currentToken, language: () => i18next.language }),
    [config, currentToken],
  );
  return (
    <ApiProvider api={api}>
      <ReferenceProvider>
        <LiveEventsProvider>
          <BrowserRouter>
            <Routes>
              <Route
                path="/verify/:number?"
                element={
                  <Public>
                    <Verify />
                  </Public>
                }
              />
              <Route element={<SignedIn />}>
                <Route element={<Layout />}>
                  <Route
                    index
                    element={
                      <Allowed feature="overview">
                        <Overview />
                      </Allowed>
                    }
                  />
                  <Route
                    path="map"
                    element={
                      <Allowed feature="map">
                        <MapPage />
                      </Allowed>
                    }
                  />
                  <Route
                    path="regions"
                    element={
                      <Allowed feature="regions">
                        <Regions />
                      </Allowed>
                    }
                  />
                  <Route
                    path="regions/:regionCode"
                    element={
                      <Allowed feature="regions">
                        <Regions />
                      </Allowed>
                    }
                  />
                  <Route
                    path="certifications"
                    element={
                      <Allowed feature="certifications">
                        <Certifications />
                      </Allowed>
                    }
                  />
                  <Route
                    path="targets"
                    element={
                      <Allowed feature="targets">
                        <Targets />
                      </Allowed>
                    }
                  />
                  <Route
                    path="dhis2"
                    element={
                      <Allowed feature="dhis2">
                        <Dhis2 />
                      </Allowed>
                    }
                  />
                  <Route
                    path="periods"
                    element={
                      <Allowed feature="approvedPeriods">
                        <PeriodsPage />
                      </Allowed>
                    }
                  />
                  <Route
                    path="feed"
                    element={
                      <Allowed feature="liveFeed">
                        <LiveFeed />
                      </Allowed>
                    }
                  />
                  <Route
                    path="certificates/:number/print"
                    element={
                      <Allowed feature="printCertificate">
                        <CertificatePrint />
                      </Allowed>
                    }
                  />
                  <Route
                    path="centres"
                    element={
                      <Allowed feature="centres">
                        <Centers />
                      </Allowed>
                    }
                  />
                  <Route
                    path="centres/:id"
                    element={
                      <Allowed feature="centres">
                        <CenterDetail />
                      </Allowed>
                    }
                  />
                  <Route
                    path="groups"
                    element={
                      <Allowed feature="groups">
                        <Groups />
                      </Allowed>
                    }
                  />
                  <Route
                    path="groups/:id"
                    element={
                      <Allowed feature="groups">
                        <GroupDetail />
                      </Allowed>
                    }
                  />
                  <Route
                    path="groups/:groupId/issues/:issueId"
                    element={
                      <Allowed feature="issues">
                        <IssuePage />
                      </Allowed>
                    }
                  />
                  <Route
                    path="issues"
                    element={
                      <Allowed feature="issues">
                        <IssueBoard />
                      </Allowed>
                    }
                  />
                  <Route
                    path="issues/report"
                    element={
                      <Allowed feature="issuesReport">
                        <IssuesReport />
                      </Allowed>
                    }
                  />
                  <Route
                    path="partners"
                    element={
                      <Allowed feature="partners">
                        <PartnersPage />
                      </Allowed>
                    }
                  />
                  <Route
                    path="partners/:code"
                    element={
                      <Allowed feature="partners">
                        <PartnerPage />
                      </Allowed>
                    }
                  />
                  <Route
                    path="training"
                    element={
                      <Allowed feature="training">
                        <Training />
                      </Allowed>
                    }
                  />
                  <Route
                    path="training/sessions/:id"
                    element={
                      <Allowed feature="training">
                        <SessionDetail />
                      </Allowed>
                    }
                  />
                  <Route
                    path="training/trainees/:id"
                    element={
                      <Allowed feature="training">
                        <TraineePage />
                      </Allowed>
                    }
                  />
                  <Route
                    path="training/imports/new"
                    element={
                      <Allowed feature="training">
                        <ImportTrainees />
                      </Allowed>
                    }
                  />
                  <Route
                    path="training/imports/:id"
                    element={
                      <Allowed feature="training">
                        <TraineeImportPage />
                      </Allowed>
                    }
                  />
                  <Route
                    path="integrations"
                    element={
                      <Allowed feature="integrations">
                        <IntegrationsPage />
                      </Allowed>
                    }
                  />
                  <Route
                    path="integrations/:id"
                    element={
                      <Allowed feature="integrations">
                        <EndpointPage />
                      </Allowed>
                    }
                  />
                  <Route
                    path="admin"
                    element={
                      <Allowed feature="administration">
                        <Administration />
                      </Allowed>
                    }
                  />
                  <Route
                    path="admin/audit"
                    element={
                      <Allowed feature="auditSearch">
                        <AuditSearchPage />
                      </Allowed>
                    }
                  />
                  <Route path="auth/callback" element={<Navigate to="/" replace />} />
                  <Route path="*" element={<NotFound />} />
                </Route>
              </Route>
            </Routes>
          </BrowserRouter>
        </LiveEventsProvider>
      </ReferenceProvider>
    </ApiProvider>
  );
}

function Public({ children }: { children: ReactNode }) {
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </main>
    </>
  );
}

/** Pages behind sign-in: a welcome with the sign-in button until the identity provider knows the user. */
function SignedIn() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (auth.status === 'signedIn') return <Outlet />;
  if (auth.status === 'checking') {
    return (
      <Public>
        <p role="status">{t('auth.signingIn')}</p>
      </Public>
    );
  }
  return (
    <Public>
      <section className="welcome">
        <h1>{t('app.name')}</h1>
        <p>{t('app.tagline')}</p>
        {auth.error && <p role="alert">{t('auth.failed', { message: auth.error })}</p>}
        <p>{t('auth.welcome')}</p>
        <button type="button" className="primary" onClick={() => void auth.signIn()}>
          {t('auth.signIn')}
        </button>
      </section>
    </Public>
  );
}

function Allowed({ feature, children }: { feature: Feature; children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!may(auth.roles, feature)) {
    return (
      <div className="problem" role="alert">
        <p>{t('error.forbidden')}</p>
      </div>
    );
  }
  return <>{children}</>;
}

function NotFound() {
  const { t } = useTranslation();
  return <h1>{t('notFound.title')}</h1>;
}
