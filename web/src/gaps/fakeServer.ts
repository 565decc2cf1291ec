// A urql client whose "network" is a function, for component tests: the real
// normalised cache (the console's keys) in front, every operation recorded,
// and subscription messages pushed by the test.
import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, makeResult, type Exchange, type Operation } from 'urql';
import { filter, map, merge, mergeMap, makeSubject, onPush, pipe, share } from 'wonka';
import { keys } from '../api/client';

export interface Answer {
  data?: unknown;
  error?: { message: string; code: string };
}

export interface FakeServer {
  client: Client;
  /** Every query, mutation and subscription that reached the network, in order. */
  operations: Operation[];
  /** Sends data to every open subscription. */
  push(data: unknown): void;
}

export function fakeServer(answer: (op: Operation) => Answer): FakeServer {
  const operations: Operation[] = [];
  const messages = makeSubject<unknown>();
  const network: Exchange = () => (ops$) => {
    const shared = pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      onPush((op) => operations.push(op)),
      share,
    );
    const answered = pipe(
      shared,
      filter((op) => op.kind !== 'subscription'),
      map((op) => {
        const a = answer(op);
        return makeResult(op, {
          data: a.data as Record<string, unknown> | undefined,
          errors: a.error && [{ message: a.error.message, extensions: { code: a.error.code } }],
        });
      }),
    );
    const live = pipe(
      shared,
      filter((op) => op.kind === 'subscription'),
      mergeMap((op) =>
        pipe(
          messages.source,
          map((data) => makeResult(op, { data: data as Record<string, unknown> })),
        ),
      ),
    );
    return merge([answered, live]);
  };
  const client = new Client({ url: '/query', exchanges: [cacheExchange({ keys }), network] });
  return { client, operations, push: messages.next };
}

/** The operation's name, as written in its document. */
export function operationName(op: Operation): string | undefined {
  const def = op.query.definitions.find((d) => d.kind === 'OperationDefinition');
  return def && 'name' in def ? def.name?.value : undefined;
}
