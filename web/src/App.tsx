import { lazy, Suspense, useEffect, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { fetchConsoleConfig, type ConsoleConfig } from './api/consoleConfig';
import { LiveProvider } from './api/live';
import { IdentityProvider } from './auth/identity';
import { AuthCallback } from './auth/AuthCallback';
import { CALLBACK_PATH } from './auth/oidc';
import { SessionProvider, useSession } from './auth/session';
import { SignInPage } from './auth/SignInPage';
import { AppShell } from './layout/AppShell';
import { GapsPage } from './pages/GapsPage';

// Screens past the first are loaded on demand, keeping the first paint small.
const GapDetailPage = lazy(() => import('./pages/GapDetailPage'));
const BudgetPage = lazy(() => import('./pages/BudgetPage'));
const GovernancePage = lazy(() => import('./pages/GovernancePage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));

export function App() {
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchConsoleConfig().then(setConfig, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">The console could not load its settings: {error}</p>;
  if (!config) return <p className="loading">Loading…</p>;
  return (
    <SessionProvider oidc={config.oidc}>
      <BrowserRouter>
        <Routes>
          <Route path={CALLBACK_PATH} element={<AuthCallback />} />
          <Route path="*" element={<SignedIn config={config} />} />
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}

function SignedIn({ config }: { config: ConsoleConfig }) {
  const { token } = useSession();
  if (!token) return <SignInPage config={config} />;
  return (
    <LiveProvider token={token}>
      <IdentityProvider>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Routes>
            <Route element={<AppShell />}>
              <Route index element={<GapsPage />} />
              <Route path="gaps/:id" element={<GapDetailPage />} />
              <Route path="budgets" element={<BudgetPage />} />
              <Route path="governance/*" element={<GovernancePage />} />
              <Route path="audit" element={<AuditPage />} />
              <Route path="*" element={<p>There is no page at this address.</p>} />
            </Route>
          </Routes>
        </Suspense>
      </IdentityProvider>
    </LiveProvider>
  );
}
