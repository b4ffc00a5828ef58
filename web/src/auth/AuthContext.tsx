import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AppConfig } from '../lib/config';
import { rolesOf, type Role } from '../lib/roles';
import { regionScopeOf, type RegionScope } from '../features/scope/lib/regionScope';

export interface Auth {
  status: 'checking' | 'signedIn' | 'signedOut' | 'failed';
  user: User | null;
  roles: Role[];
  /** The regions the services limit this user to (the token's `regions` claim), or null for every region. */
  regions: RegionScope;
  error: string | null;
  /** The current access token; throws when signed out. */
  token: () => string;
  /**
   * The access token at the moment of the call (null when signed out): the same function for the whole session, so
   * that the API client made once asks it on every call and a renewed token is used without reloading the pages.
   */
  currentToken: () => string | null;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export const CALLBACK_PATH = '/auth/callback';

export function createUserManager(config: AppConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    silent_redirect_uri: origin + '/auth/silent.html',
    post_logout_redirect_uri: origin + '/',
    response_type: 'code',
    scope: 'openid profile',
    // tokens live in memory only; a reload signs in again silently through the identity provider's session
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    // renewed with the refresh token (the hidden frame at silent_redirect_uri when there is none) this long before
    // the access token expires: production tokens live 5 minutes, and the library's default of 60 s would renew a
    // token that lives a minute every second
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 30,
  });
}

export function AuthProvider({ manager, children }: { manager: UserManager; children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [status, setStatus] = useState<Auth['status']>('checking');
  const [error, setError] = useState<string | null>(null);
  const latestUser = useRef<User | null>(null);

  useEffect(() => {
    let cancelled = false;
    const settle = (next: User | null) => {
      if (cancelled) return;
      latestUser.current = next;
      setUser(next);
      setStatus(next ? 'signedIn' : 'signedOut');
    };
    (async () => {
      if (window.location.pathname === CALLBACK_PATH) {
        try {
          const signedIn = await manager.signinRedirectCallback();
          const returnTo = typeof signedIn.state === 'string' ? signedIn.state : '/';
          window.history.replaceState(null, '', returnTo);
          settle(signedIn);
        } catch (e) {
          if (!cancelled) {
            setError(e instanceof Error ? e.message : String(e));
            setStatus('failed');
            window.history.replaceState(null, '', '/');
          }
        }
        return;
      }
      if (window.location.pathname.startsWith('/verify')) {
        // the public certificate check needs no sign-in: no round trip to the identity provider
        settle(null);
        return;
      }
      try {
        settle(await manager.signinSilent());
      } catch {
        settle(null);
      }
    })();
    const loaded = (next: User) => settle(next);
    const unloaded = () => settle(null);
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(unloaded);
    manager.events.addSilentRenewError(() => void manager.removeUser());
    return () => {
      cancelled = true;
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(unloaded);
    };
  }, [manager]);

  const token = useCallback(() => {
    if (!user || user.expired) throw new Error('not signed in');
    return user.access_token;
  }, [user]);

  const currentToken = useCallback(() => {
    const current = latestUser.current;
    return current && !current.expired ? current.access_token : null;
  }, []);

  const value = useMemo<Auth>(
    () => ({
      status,
      user,
      roles: rolesOf(user?.access_token),
      regions: regionScopeOf(user?.access_token),
      error,
      token,
      currentToken,
      signIn: (returnTo = window.location.pathname + window.location.search) =>
        manager.signinRedirect({ state: returnTo }),
      signOut: () => manager.signoutRedirect({ id_token_hint: user?.id_token }),
    }),
    [status, user, error, token, currentToken, manager],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
