// A tiny OpenID provider for the browser tests: discovery, a JWK Set with
// one RS256 key, /authorize that signs a fixed person in at once (no login
// form) and /token that redeems a code only with the PKCE verifier that
// matches its challenge.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Person {
  sub: string;
  name: string;
  email: string;
  roles: string[];
}

export interface OidcProvider {
  issuer: string;
  jwksURL: string;
  clientId: string;
  /** The audience of the access tokens: the API's GAPS_JWT_AUDIENCE. */
  audience: string;
  /** Codes redeemed with the right verifier, in order; a sign-in or a silent renewal each adds one. */
  redeemed: number;
  /** Token requests refused, with why (a wrong verifier, a reused code). */
  refused: string[];
  stop(): Promise<void>;
}

interface PendingCode {
  challenge: string;
  redirectURI: string;
  nonce?: string;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

function signJWT(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const body = b64url(JSON.stringify(claims));
  return `${head}.${body}.${b64url(sign('sha256', Buffer.from(`${head}.${body}`), key))}`;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return new URLSearchParams(text);
}

export async function startOidcProvider(opts: {
  person: Person;
  clientId: string;
  audience: string;
  /** Lifetime of the tokens it issues, in seconds. */
  tokenSeconds?: number;
}): Promise<OidcProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = b64url(randomBytes(8));
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const codes = new Map<string, PendingCode>();
  const lifetime = opts.tokenSeconds ?? 3600;

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider: OidcProvider = {
    issuer,
    jwksURL: `${issuer}/jwks`,
    clientId: opts.clientId,
    audience: opts.audience,
    redeemed: 0,
    refused: [],
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const refuse = (res: ServerResponse, why: string) => {
    provider.refused.push(why);
    json(res, 400, { error: 'invalid_grant', error_description: why });
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // The console runs on another origin and fetches discovery, keys and tokens.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
    const url = new URL(req.url ?? '/', issuer);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    switch (url.pathname) {
      case '/.well-known/openid-configuration':
        return json(res, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: provider.jwksURL,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          grant_types_supported: ['authorization_code'],
        });
      case '/jwks':
        return json(res, 200, { keys: [jwk] });
      case '/authorize': {
        const q = url.searchParams;
        const redirectURI = q.get('redirect_uri') ?? '';
        if (q.get('client_id') !== opts.clientId || q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256') {
          return json(res, 400, { error: 'invalid_request', error_description: `unexpected request ${url.search}` });
        }
        const code = b64url(randomBytes(16));
        codes.set(code, { challenge: q.get('code_challenge') ?? '', redirectURI, nonce: q.get('nonce') ?? undefined });
        const back = new URL(redirectURI);
        back.searchParams.set('code', code);
        if (q.get('state')) back.searchParams.set('state', q.get('state')!);
        res.writeHead(302, { Location: back.toString() });
        return void res.end();
      }
      case '/token': {
        const form = await formBody(req);
        const code = form.get('code') ?? '';
        const pending = codes.get(code);
        codes.delete(code); // a code is good once
        if (form.get('grant_type') !== 'authorization_code' || !pending) return refuse(res, 'unknown or used code');
        if (form.get('redirect_uri') !== pending.redirectURI) return refuse(res, 'redirect_uri differs from the authorization request');
        const verifier = form.get('code_verifier') ?? '';
        if (b64url(createHash('sha256').update(verifier).digest()) !== pending.challenge) {
          return refuse(res, 'code_verifier does not match the code_challenge');
        }
        provider.redeemed++;
        const now = Math.floor(Date.now() / 1000);
        const { sub, name, email, roles } = opts.person;
        const common = { iss: issuer, sub, iat: now, exp: now + lifetime };
        return json(res, 200, {
          token_type: 'Bearer',
          expires_in: lifetime,
          scope: 'openid profile email',
          access_token: signJWT(privateKey, kid, { ...common, aud: opts.audience, name, email, roles, jti: b64url(randomBytes(8)) }),
          id_token: signJWT(privateKey, kid, { ...common, aud: opts.clientId, name, email, nonce: pending.nonce }),
        });
      }
      default:
        return json(res, 404, { error: 'not_found' });
    }
  }
  return provider;
}
