import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createLiveClient, type ConnectionState } from './client';

interface Live {
  state: ConnectionState;
  /** Grows by one each time the socket comes back after a drop. */
  resyncs: number;
}

const LiveContext = createContext<Live>({ state: 'connecting', resyncs: 0 });

/** The GraphQL client for one token, and the state of its live connection. */
export function LiveProvider({ token, children }: { token: string; children: ReactNode }) {
  const [state, setState] = useState<ConnectionState>('connecting');
  const [resyncs, setResyncs] = useState(0);
  const live = useMemo(
    () => createLiveClient(token, setState, () => setResyncs((n) => n + 1)),
    [token],
  );
  useEffect(() => () => void live.ws.dispose(), [live]);
  const value = useMemo(() => ({ state, resyncs }), [state, resyncs]);
  return (
    <LiveContext.Provider value={value}>
      <Provider value={live.client}>{children}</Provider>
    </LiveContext.Provider>
  );
}

export function useConnectionState(): ConnectionState {
  return useContext(LiveContext).state;
}

/**
 * Calls refetch whenever the live connection returns after a drop: what
 * changed while it was down reached no subscription.
 */
export function useResync(refetch: () => void): void {
  const { resyncs } = useContext(LiveContext);
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  });
  useEffect(() => {
    if (resyncs > 0) latest.current();
  }, [resyncs]);
}
