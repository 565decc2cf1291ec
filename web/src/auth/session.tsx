import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UserManager } from 'oidc-client-ts';
import type { OidcSettings } from '../api/consoleConfig';
import { apiToken, createUserManager, returnPath } from './oidc';

// The signed-in person's bearer token, kept per browser tab. Who they are
// (name, roles) comes from the API's `me`, not from reading the token.
const STORAGE_KEY = 'gaps.token';

export interface OidcSession {
  /** Sends the browser to the identity provider; it comes back to the callback route. */
  signIn(returnTo: string): Promise<void>;
  /** Finishes a sign-in (or a silent renewal) at the callback route; resolves to the path to go on to. */
  complete(): Promise<string | null>;
}

export interface Session {
  token: string | null;
  /** Why the person was signed out, when it was not their choice (an expired session). */
  notice: string | null;
  signIn(token: string): void;
  signOut(): void;
  /** OpenID Connect sign-in, when the server configured it. */
  oidc: OidcSession | null;
}

const SessionContext = createContext<Session | null>(null);

// One callback per page load: StrictMode runs effects twice, and the
// provider's code may be redeemed only once.
let callback: Promise<string | null> | null = null;

export function SessionProvider({ oidc, children }: { oidc?: OidcSettings | null; children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(STORAGE_KEY));
  const [notice, setNotice] = useState<string | null>(null);
  const manager = useMemo<UserManager | null>(() => (oidc ? createUserManager(oidc) : null), [oidc]);

  const signIn = useCallback((t: string) => {
    sessionStorage.setItem(STORAGE_KEY, t);
    setNotice(null);
    setToken(t);
  }, []);
  const forget = useCallback((why: string | null) => {
    sessionStorage.removeItem(STORAGE_KEY);
    setNotice(why);
    setToken(null);
  }, []);
  const signOut = useCallback(() => {
    forget(null);
    if (manager) void signOutOfProvider(manager);
  }, [forget, manager]);

  // A renewed token replaces the old one; when renewal fails and the token
  // runs out, the person signs in again.
  useEffect(() => {
    if (!manager) return;
    const expired = () => {
      void manager.removeUser();
      forget('Your session expired: sign in again.');
    };
    const unsubscribe = [
      manager.events.addUserLoaded((u) => signIn(apiToken(u))),
      manager.events.addAccessTokenExpired(expired),
    ];
    // After a reload: arms the renewal timers, or notices the token ran out meanwhile.
    void manager.getUser().then((u) => {
      if (u?.expired && sessionStorage.getItem(STORAGE_KEY) === apiToken(u)) expired();
    });
    return () => unsubscribe.forEach((off) => off());
  }, [manager, signIn, forget]);

  const oidcSession = useMemo<OidcSession | null>(
    () =>
      manager && {
        signIn: (returnTo) => manager.signinRedirect({ state: { returnTo } }),
        complete: () => {
          callback ??= manager.signinCallback().then((user) => {
            if (!user) return null; // a silent renewal in its frame: the parent takes the user
            signIn(apiToken(user));
            return returnPath(user.state);
          });
          return callback;
        },
      },
    [manager, signIn],
  );

  const value = useMemo(
    () => ({ token, notice, signIn, signOut, oidc: oidcSession }),
    [token, notice, signIn, signOut, oidcSession],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Forgets the person here and, when the provider offers it, ends their session there too. */
async function signOutOfProvider(manager: UserManager): Promise<void> {
  const user = await manager.getUser();
  await manager.removeUser();
  if (user && (await manager.metadataService.getEndSessionEndpoint())) {
    await manager.signoutRedirect({ id_token_hint: user.id_token });
  }
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
