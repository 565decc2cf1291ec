import { describe, expect, it } from 'vitest';
import { CALLBACK_PATH, createUserManager, issuerHost, returnPath } from './oidc';

describe('OIDC sign-in settings', () => {
  it('asks for a code with PKCE and comes back to the callback route, also for silent renewal', () => {
    const m = createUserManager(
      { issuer: 'https://login.example.com/realms/finops', clientId: 'gaps-console', scopes: 'openid profile email' },
      'https://gaps.example.com',
    );
    expect(m.settings.response_type).toBe('code');
    expect(m.settings.redirect_uri).toBe(`https://gaps.example.com${CALLBACK_PATH}`);
    expect(m.settings.silent_redirect_uri).toBe(`https://gaps.example.com${CALLBACK_PATH}`);
    expect(m.settings.automaticSilentRenew).toBe(true);
    expect(m.settings.scope).toBe('openid profile email');
    expect(m.settings.disablePKCE).toBe(false);
  });

  it('names the provider by its host', () => {
    expect(issuerHost('https://login.example.com/realms/finops')).toBe('login.example.com');
    expect(issuerHost('http://127.0.0.1:9000')).toBe('127.0.0.1:9000');
  });

  it('returns only to a path of this console, never elsewhere or to the callback', () => {
    expect(returnPath({ returnTo: '/audit?stream=gap-1' })).toBe('/audit?stream=gap-1');
    expect(returnPath({ returnTo: 'https://evil.example.com/' })).toBe('/');
    expect(returnPath({ returnTo: '//evil.example.com/' })).toBe('/');
    expect(returnPath({ returnTo: CALLBACK_PATH + '?code=x' })).toBe('/');
    expect(returnPath(undefined)).toBe('/');
  });
});
