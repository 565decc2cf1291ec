import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { MeQuery as MeResult } from '../gql/graphql';
import { can, type Permission } from './permissions';
import { useSession } from './session';
import { errorText } from '../api/errors';

const MeQuery = graphql(`
  query Me {
    me {
      subject
      name
      email
      roles
    }
  }
`);

export type Identity = MeResult['me'];

const IdentityContext = createContext<Identity | null>(null);

/** Loads the signed-in person once; children render when it is known. */
export function IdentityProvider({ children }: { children: ReactNode }) {
  const [{ data, error }] = useQuery({ query: MeQuery });
  const { signOut } = useSession();
  if (error) {
    return (
      <main className="signin">
        <p role="alert">Could not sign you in: {errorText(error)}</p>
        <button type="button" onClick={signOut}>
          Sign in again
        </button>
      </main>
    );
  }
  if (!data) return <p className="loading">Signing in…</p>;
  return <IdentityContext.Provider value={data.me}>{children}</IdentityContext.Provider>;
}

export function useIdentity(): Identity {
  const id = useContext(IdentityContext);
  if (!id) throw new Error('useIdentity outside IdentityProvider');
  return id;
}

/** Whether the signed-in person holds a role that may do this. */
export function useCan(permission: Permission): boolean {
  return can(useIdentity().roles, permission);
}
