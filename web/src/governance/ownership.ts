import type { Identity } from '../auth/identity';

/** Whether the signed-in person is this record's product owner (named by email or subject, as the server matches). */
export function isProductOwner(me: Identity, productOwner: string): boolean {
  const po = productOwner.trim().toLowerCase();
  return po !== '' && (po === me.email?.toLowerCase() || po === me.subject.toLowerCase());
}

/** A person as records show them: their name, else their subject. */
export function personName(p: { name?: string | null; subject: string }): string {
  return p.name ?? p.subject;
}
