import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

// The signed-in person's bearer token, kept per browser tab. Who they are
// (name, roles) comes from the API's `me`, not from reading the token.
const STORAGE_KEY = 'gaps.token';

export interface Session {
  token: string | null;
  signIn(token: string): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(STORAGE_KEY));
  const signIn = useCallback((t: string) => {
    sessionStorage.setItem(STORAGE_KEY, t);
    setToken(t);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setToken(null);
  }, []);
  const value = useMemo(() => ({ token, signIn, signOut }), [token, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
