import { NavLink, Route, Routes } from 'react-router';
import { useCan } from '../auth/identity';
import { AccountBudgets } from '../governance/AccountBudgets';
import { BusinessRequests } from '../governance/BusinessRequests';
import { Settings } from '../governance/Settings';
import { Tasks } from '../governance/Tasks';
import { Workloads } from '../governance/Workloads';
import '../governance/records.css';

/** The governance records, one sub-screen each; money records only for the roles that read money. */
export default function GovernancePage() {
  const mayReadMoney = useCan('readMoney');
  return (
    <>
      <h1>Governance records</h1>
      <nav className="subnav" aria-label="Governance records">
        <NavLink to="/governance" end>
          Business requests
        </NavLink>
        <NavLink to="/governance/workloads">Workloads</NavLink>
        <NavLink to="/governance/tasks">Tasks</NavLink>
        {mayReadMoney && <NavLink to="/governance/budgets">Account budgets</NavLink>}
        <NavLink to="/governance/settings">Settings</NavLink>
      </nav>
      <Routes>
        <Route index element={<BusinessRequests />} />
        <Route path="workloads" element={<Workloads />} />
        <Route path="tasks" element={<Tasks />} />
        {mayReadMoney && <Route path="budgets" element={<AccountBudgets />} />}
        <Route path="settings" element={<Settings />} />
        <Route path="*" element={<p>There is no governance record at this address.</p>} />
      </Routes>
    </>
  );
}
