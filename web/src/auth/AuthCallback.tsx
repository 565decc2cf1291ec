import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from './session';

/** Where the identity provider returns: redeems the code, then goes back to where the person was. */
export function AuthCallback() {
  const { oidc } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!oidc) return;
    oidc.complete().then(
      (to) => {
        if (to) navigate(to, { replace: true });
      },
      (e: Error) => setError(e.message),
    );
  }, [oidc, navigate]);
  if (!oidc) return <p role="alert">Sign-in with an identity provider is not configured on this server.</p>;
  if (error) {
    return (
      <main className="signin">
        <h1>Allocation Gaps</h1>
        <p role="alert">Sign-in did not complete: {error}</p>
        <Link to="/">Try again</Link>
      </main>
    );
  }
  return <p className="loading">Signing in…</p>;
}
