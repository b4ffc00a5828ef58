import { Suspense, type ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { chooseLanguage, LANGUAGES, type LanguageCode } from '../i18n';
import { may, type Feature } from '../lib/roles';
import { Loading } from './Problem';

const NAVIGATION: { to: string; feature: Feature; label: string }[] = [
  { to: '/', feature: 'overview', label: 'nav.overview' },
  { to: '/map', feature: 'map', label: 'nav.map' },
  { to: '/regions', feature: 'regions', label: 'nav.regions' },
  { to: '/certifications', feature: 'certifications', label: 'nav.certifications' },
  { to: '/targets', feature: 'targets', label: 'nav.targets' },
  { to: '/issues/report', feature: 'issuesReport', label: 'nav.issuesReport' },
  { to: '/partners', feature: 'partners', label: 'nav.partners' },
  { to: '/dhis2', feature: 'dhis2', label: 'nav.dhis2' },
  { to: '/periods', feature: 'approvedPeriods', label: 'nav.periods' },
  { to: '/feed', feature: 'liveFeed', label: 'nav.liveFeed' },
  { to: '/centres', feature: 'centres', label: 'nav.centres' },
  { to: '/groups', feature: 'groups', label: 'nav.groups' },
  { to: '/issues', feature: 'issues', label: 'nav.issues' },
  { to: '/training', feature: 'training', label: 'nav.training' },
  { to: '/integrations', feature: 'integrations', label: 'nav.integrations' },
  { to: '/admin', feature: 'administration', label: 'nav.administration' },
];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span>{t('app.language')}</span>
      <select value={i18n.language} onChange={(e) => chooseLanguage(e.target.value as LanguageCode)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Header({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="top">
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <div className="brand">
        <span className="logo" aria-hidden="true">
          H
        </span>
        <span>
          <strong>{t('app.name')}</strong>
          <small>{t('app.tagline')}</small>
        </span>
      </div>
      <div className="top-tools">
        <LanguageSwitch />
        {children}
      </div>
    </header>
  );
}

/** The signed-in shell: navigation shows only what the signed-in role may use. */
export function Layout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const name = auth.user?.profile.preferred_username ?? auth.user?.profile.name ?? '';
  return (
    <>
      <Header>
        <span className="who">{t('auth.signedInAs', { name, roles: auth.roles.join(', ') })}</span>
        <button type="button" onClick={() => void auth.signOut()}>
          {t('auth.signOut')}
        </button>
      </Header>
      <nav aria-label={t('nav.main')} className="main-nav">
        <ul>
          {NAVIGATION.filter((item) => may(auth.roles, item.feature)).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
          <li>
            <NavLink to="/verify">{t('nav.verify')}</NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
