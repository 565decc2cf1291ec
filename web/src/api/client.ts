import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { cacheExchange, type KeyingConfig } from '@urql/exchange-graphcache';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

export interface LiveClient {
  client: Client;
  ws: WsClient;
}

// Types without an id are values inside their parent, not cache entities.
const embedded = () => null;
export const keys: KeyingConfig = {
  GapSummary: embedded,
  ScenarioSummary: embedded,
  ValueOpportunity: embedded,
  PeriodSpend: embedded,
  GapHistoryEntry: embedded,
  HistoryEntry: embedded,
  Identity: embedded,
  Notification: embedded,
  BudgetAllocation: embedded,
  BudgetShare: embedded,
  BusinessCase: embedded,
  Scope: embedded,
  Settings: embedded,
  GapChange: embedded,
  PageInfo: embedded,
  GapConnection: embedded,
  GapEdge: embedded,
  BusinessRequestConnection: embedded,
  BusinessRequestEdge: embedded,
  WorkloadConnection: embedded,
  WorkloadEdge: embedded,
  TaskConnection: embedded,
  TaskEdge: embedded,
  IngestConnection: embedded,
  IngestEdge: embedded,
  EventConnection: embedded,
  EventEdge: embedded,
  GapPayload: embedded,
  BusinessRequestPayload: embedded,
  WorkloadPayload: embedded,
  BusinessCasePayload: embedded,
  AccountBudgetsPayload: embedded,
  TaskPayload: embedded,
  Event: (e) => String(e.position),
};

function wsURL(path: string): string {
  const u = new URL(path, window.location.href);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.toString();
}

/**
 * One GraphQL client per signed-in token: queries and mutations over HTTP,
 * subscriptions over a graphql-ws socket that reconnects forever.
 * onState hears the socket's state; onReconnected fires when a socket comes
 * back after a drop, so views can refetch what they may have missed.
 */
export function createLiveClient(
  token: string,
  onState: (s: ConnectionState) => void,
  onReconnected: () => void,
): LiveClient {
  let everConnected = false;
  const ws = createWsClient({
    url: wsURL('/query'),
    connectionParams: { Authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** retries, 3000)));
    },
    on: {
      connecting: () => onState(everConnected ? 'reconnecting' : 'connecting'),
      connected: () => {
        onState('connected');
        if (everConnected) onReconnected();
        everConnected = true;
      },
      closed: () => {
        if (everConnected) onState('reconnecting');
      },
    },
  });
  const client = new Client({
    url: '/query',
    fetchOptions: () => ({ headers: { Authorization: `Bearer ${token}` } }),
    exchanges: [
      cacheExchange({ keys }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { client, ws };
}
