import type { Role } from '../gql/graphql';

// What each role may do, mirrored from the server's rules so the console
// offers only the actions a person can take. The server still decides.
export type Permission =
  | 'actionGap' // every gap action, resolve and recall
  | 'submitBusinessRequest'
  | 'decideBusinessRequest' // approve, reject, add scope
  | 'registerWorkload'
  | 'claimResource' // claim and release
  | 'declareBusinessCase'
  | 'completeTask'
  | 'setAccountBudgets'
  | 'updateSettings'
  | 'readMoney' // budget allocation, account budgets, ingests
  | 'readEvents'; // the raw event log

const GRANTS: Record<Permission, Role[]> = {
  actionGap: ['FINOPS_LEAD'],
  submitBusinessRequest: ['PRODUCT_OWNER'],
  decideBusinessRequest: ['FINOPS_LEAD'],
  registerWorkload: ['PRODUCT_OWNER'],
  claimResource: ['FINOPS_LEAD', 'PRODUCT_OWNER'],
  declareBusinessCase: ['FINOPS_LEAD', 'PRODUCT_OWNER'],
  completeTask: ['CLOUD_ENGINEER'],
  setAccountBudgets: ['FINOPS_LEAD'],
  updateSettings: ['FINOPS_LEAD'],
  readMoney: ['FINOPS_LEAD', 'FINANCE', 'AUDITOR'],
  readEvents: ['FINANCE', 'AUDITOR'],
};

export function can(roles: readonly Role[] | undefined, permission: Permission): boolean {
  return !!roles && GRANTS[permission].some((r) => roles.includes(r));
}

export const ROLE_LABELS: Record<Role, string> = {
  FINOPS_LEAD: 'FinOps Lead',
  PRODUCT_OWNER: 'Product Owner',
  CLOUD_ENGINEER: 'Cloud Engineer',
  FINANCE: 'Finance',
  AUDITOR: 'Auditor',
};
