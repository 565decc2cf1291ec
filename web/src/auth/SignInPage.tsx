import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { fetchDevToken, fetchDevUsers, type ConsoleConfig, type DevUser } from '../api/consoleConfig';
import { issuerHost } from './oidc';
import { useSession } from './session';

/** Signing in: the organisation's identity provider, and demo people in dev mode. */
export function SignInPage({ config }: { config: ConsoleConfig }) {
  const { notice } = useSession();
  return (
    <main className="signin">
      <h1>Allocation Gaps</h1>
      {notice && <p role="status">{notice}</p>}
      {config.oidc && <OidcSignIn issuer={config.oidc.issuer} />}
      {config.devSignIn && <DevSignIn />}
      {!config.oidc && !config.devSignIn && (
        <p>Sign-in is not configured on this server: set GAPS_OIDC_CLIENT_ID.</p>
      )}
    </main>
  );
}

function OidcSignIn({ issuer }: { issuer: string }) {
  const { oidc } = useSession();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setError(null);
    setBusy(true);
    try {
      await oidc!.signIn(location.pathname + location.search);
    } catch (e) {
      setError(`Could not reach the identity provider at ${issuer}: ${(e as Error).message}`);
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="oidc-signin">
      <h2 id="oidc-signin">Sign in with your organisation</h2>
      <button type="button" className="primary" onClick={go} disabled={busy}>
        Sign in with {issuerHost(issuer)}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

function DevSignIn() {
  const { signIn } = useSession();
  const [users, setUsers] = useState<DevUser[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchDevUsers().then(setUsers, (e: Error) => setError(e.message));
  }, []);
  const choose = async (u: DevUser) => {
    setError(null);
    try {
      signIn(await fetchDevToken(u.subject));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section aria-labelledby="dev-signin">
      <h2 id="dev-signin">Sign in as a demo person</h2>
      <p>Dev mode: the server mints a token for the person you pick. Never enable dev mode in production.</p>
      <ul className="dev-users">
        {users.map((u) => (
          <li key={u.subject}>
            <button type="button" onClick={() => choose(u)}>
              {u.name} ({u.label})
            </button>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
