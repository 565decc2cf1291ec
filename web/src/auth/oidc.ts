import { UserManager, type User } from 'oidc-client-ts';
import type { OidcSettings } from '../api/consoleConfig';

/** Where the identity provider sends the browser back, for sign-in and silent renewal alike. */
export const CALLBACK_PATH = '/auth/callback';

/**
 * An OpenID Connect client for the console: Authorization Code with PKCE
 * (oidc-client-ts always uses PKCE for the code flow), the person kept in
 * the tab's sessionStorage, the token renewed silently before it expires.
 */
export function createUserManager(settings: OidcSettings, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    scope: settings.scopes,
    response_type: 'code',
    redirect_uri: origin + CALLBACK_PATH,
    silent_redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + '/',
    automaticSilentRenew: true,
  });
}

/**
 * The token the API verifies: the access token, issued to the API's
 * audience with the roles claim (docs/DECISIONS.md, Console sign-in).
 */
export function apiToken(user: User): string {
  return user.access_token;
}

/** "Sign in with login.example.com": the provider named by its host. */
export function issuerHost(issuer: string): string {
  try {
    return new URL(issuer).host;
  } catch {
    return issuer;
  }
}

/** The path to come back to after signing in: where the person was, never the callback itself. */
export function returnPath(state: unknown): string {
  const to = (state as { returnTo?: unknown } | undefined)?.returnTo;
  return typeof to === 'string' && to.startsWith('/') && !to.startsWith('//') && !to.startsWith(CALLBACK_PATH) ? to : '/';
}
