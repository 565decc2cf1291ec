import { NavLink, Outlet } from 'react-router';
import { useIdentity } from '../auth/identity';
import { can, ROLE_LABELS } from '../auth/permissions';
import { useSession } from '../auth/session';
import { ConnectionStatus } from './ConnectionStatus';

/** The frame around every screen: navigation, who is signed in, the live state. */
export function AppShell() {
  const me = useIdentity();
  const { signOut } = useSession();
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Allocation Gaps</span>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Allocation Gaps
          </NavLink>
          {can(me.roles, 'readMoney') && <NavLink to="/budgets">Budget allocation</NavLink>}
          <NavLink to="/governance">Governance</NavLink>
          {can(me.roles, 'readEvents') && <NavLink to="/audit">Audit</NavLink>}
          <a href="/graphiql">GraphiQL</a>
        </nav>
        <ConnectionStatus />
        <span className="whoami" aria-label="Signed in as">
          {me.name ?? me.subject} · {me.roles.map((r) => ROLE_LABELS[r]).join(', ')}
        </span>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </header>
      <div className="content">
        <Outlet />
      </div>
    </div>
  );
}
