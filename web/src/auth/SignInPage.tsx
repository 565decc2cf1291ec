import { useEffect, useState } from 'react';
import { fetchDevToken, fetchDevUsers, type ConsoleConfig, type DevUser } from '../api/consoleConfig';
import { useSession } from './session';

/** Signing in: demo people in dev mode, the organisation's identity provider otherwise. */
export function SignInPage({ config }: { config: ConsoleConfig }) {
  return (
    <main className="signin">
      <h1>Allocation Gaps</h1>
      {config.devSignIn ? <DevSignIn /> : <p>Sign-in is not configured on this server: set GAPS_OIDC_CLIENT_ID.</p>}
    </main>
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
