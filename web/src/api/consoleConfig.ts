// What the server tells the console about signing in (GET /console/config.json).
export interface OidcSettings {
  issuer: string;
  clientId: string;
  scopes: string;
}

export interface ConsoleConfig {
  /** Dev mode only: sign in as a demo person with a server-minted dev token. */
  devSignIn: boolean;
  /** Outside dev mode: OpenID Connect Authorization Code with PKCE. */
  oidc: OidcSettings | null;
}

export interface DevUser {
  subject: string;
  name: string;
  email: string;
  role: string;
  label: string;
}

async function getJSON<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) {
    const text = (await res.text()).trim();
    throw new Error(`${url}: ${res.status} ${text || res.statusText}`);
  }
  return (await res.json()) as T;
}

export const fetchConsoleConfig = () => getJSON<ConsoleConfig>('/console/config.json');

export const fetchDevUsers = () => getJSON<DevUser[]>('/console/dev-users');

export async function fetchDevToken(subject: string): Promise<string> {
  const { token } = await getJSON<{ token: string }>('/console/dev-token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ subject }),
  });
  return token;
}
