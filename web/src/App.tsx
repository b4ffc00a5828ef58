import { Suspense, useMemo, type ReactNode } from 'react';
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
import { PAGES, Verify } from './routes';

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
                  {PAGES.map(({ path, feature, Page }) => (
                    <Route
                      key={path}
                      path={path}
                      element={
                        <Allowed feature={feature}>
                          <Page />
                        </Allowed>
                      }
                    />
                  ))}
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
