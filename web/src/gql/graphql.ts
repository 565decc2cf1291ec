/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  Decimal: { input: string; output: string; }
  /** Any JSON value, sent as JSON (an object stays an object, not a string holding JSON). */
  JSON: { input: unknown; output: unknown; }
  Time: { input: string; output: string; }
};

export type AccountBudgetsPayload = {
  __typename?: 'AccountBudgetsPayload';
  accountId: Scalars['String']['output'];
  budgets: Array<BudgetShare>;
};

export type ActionGapInput = {
  action: GapActionKind;
  businessCase?: InputMaybe<BusinessCaseInput>;
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  gapId: Scalars['ID']['input'];
  productOwner?: InputMaybe<Scalars['String']['input']>;
  rationale: Scalars['String']['input'];
  scope?: InputMaybe<Array<ScopeInput>>;
  workloadId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddApprovalScopeInput = {
  businessRequestId: Scalars['ID']['input'];
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  rationale: Scalars['String']['input'];
  scope: Array<ScopeInput>;
};

export type AnchorType =
  | 'CLAUDE_WORKSPACE'
  | 'GUARDRAIL'
  | 'IAM_ROLE'
  | 'RESOURCE';

export type BudgetAllocation = {
  __typename?: 'BudgetAllocation';
  after: Scalars['Decimal']['output'];
  before: Scalars['Decimal']['output'];
  budget: Scalars['String']['output'];
  delta: Scalars['Decimal']['output'];
  period: Scalars['String']['output'];
};

export type BudgetShare = {
  __typename?: 'BudgetShare';
  budget: Scalars['String']['output'];
  share: Scalars['Decimal']['output'];
};

export type BudgetShareInput = {
  budget: Scalars['String']['input'];
  share?: InputMaybe<Scalars['Decimal']['input']>;
};

export type BusinessCase = {
  __typename?: 'BusinessCase';
  annualValue: Scalars['Decimal']['output'];
  category: ValueCategory;
  declaredBy: Identity;
  description?: Maybe<Scalars['String']['output']>;
};

export type BusinessCaseInput = {
  annualValue: Scalars['Decimal']['input'];
  category: ValueCategory;
  description?: InputMaybe<Scalars['String']['input']>;
};

export type BusinessCasePayload = {
  __typename?: 'BusinessCasePayload';
  businessCase: BusinessCase;
};

export type BusinessRequest = {
  __typename?: 'BusinessRequest';
  businessCase?: Maybe<BusinessCase>;
  history: Array<HistoryEntry>;
  id: Scalars['ID']['output'];
  model: Scalars['String']['output'];
  productOwner: Scalars['String']['output'];
  requester: Identity;
  revision: Scalars['Int']['output'];
  scope: Array<Scope>;
  status: Scalars['String']['output'];
};

export type BusinessRequestConnection = {
  __typename?: 'BusinessRequestConnection';
  edges: Array<BusinessRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BusinessRequestEdge = {
  __typename?: 'BusinessRequestEdge';
  cursor: Scalars['String']['output'];
  node: BusinessRequest;
};

export type BusinessRequestPayload = {
  __typename?: 'BusinessRequestPayload';
  businessRequest: BusinessRequest;
};

export type Claim = {
  __typename?: 'Claim';
  anchor: Scalars['String']['output'];
  anchorType: AnchorType;
  claimedAt: Scalars['Time']['output'];
  claimedBy: Identity;
  effectiveFrom: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  releasedFrom?: Maybe<Scalars['Date']['output']>;
};

export type ClaimResourceInput = {
  anchor: Scalars['String']['input'];
  anchorType: AnchorType;
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  rationale?: InputMaybe<Scalars['String']['input']>;
  workloadId: Scalars['ID']['input'];
};

export type CompleteTaskInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};

export type DecideInput = {
  businessRequestId: Scalars['ID']['input'];
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  rationale: Scalars['String']['input'];
};

export type DeclareBusinessCaseInput = {
  businessCase: BusinessCaseInput;
  businessRequestId?: InputMaybe<Scalars['ID']['input']>;
  workloadId?: InputMaybe<Scalars['ID']['input']>;
};

export type Event = {
  __typename?: 'Event';
  data: Scalars['JSON']['output'];
  metadata: Scalars['JSON']['output'];
  position: Scalars['String']['output'];
  rawData: Scalars['String']['output'];
  rawMetadata: Scalars['String']['output'];
  recordedAt: Scalars['Time']['output'];
  stream: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type Gap = {
  __typename?: 'Gap';
  accounts: Array<Scalars['String']['output']>;
  anchor: Scalars['String']['output'];
  businessRequestId?: Maybe<Scalars['ID']['output']>;
  firstSeen?: Maybe<Scalars['Time']['output']>;
  history: Array<GapHistoryEntry>;
  id: Scalars['ID']['output'];
  lastSeen?: Maybe<Scalars['Time']['output']>;
  models: Array<Scalars['String']['output']>;
  notifications: Array<Notification>;
  principals: Array<Scalars['String']['output']>;
  regions: Array<Scalars['String']['output']>;
  resourceIds: Array<Scalars['String']['output']>;
  revision: Scalars['Int']['output'];
  scenario: GapScenario;
  spend: Scalars['Decimal']['output'];
  spendByPeriod: Array<PeriodSpend>;
  state: GapState;
  suggestedAction: Array<GapActionKind>;
  tags: Array<Scalars['String']['output']>;
  valueAtStake?: Maybe<ValueOpportunity>;
  workloadId?: Maybe<Scalars['ID']['output']>;
};

export type GapActionKind =
  | 'ADD_SCOPE'
  | 'APPROVE_MODEL'
  | 'BLOCK_MODEL'
  | 'CLAIM_RESOURCE'
  | 'FLAG_FOR_MOVE'
  | 'NOTIFY_PRODUCT_OWNER'
  | 'RECOMMEND_DEDICATED_ROLE'
  | 'REQUEST_BUSINESS_CASE';

export type GapChange = {
  __typename?: 'GapChange';
  at: Scalars['Time']['output'];
  gap: Gap;
  kind: Scalars['String']['output'];
};

export type GapConnection = {
  __typename?: 'GapConnection';
  edges: Array<GapEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GapEdge = {
  __typename?: 'GapEdge';
  cursor: Scalars['String']['output'];
  node: Gap;
};

export type GapFilter = {
  accountIds?: InputMaybe<Array<Scalars['String']['input']>>;
  models?: InputMaybe<Array<Scalars['String']['input']>>;
  principals?: InputMaybe<Array<Scalars['String']['input']>>;
  scenarios?: InputMaybe<Array<GapScenario>>;
  search?: InputMaybe<Scalars['String']['input']>;
  states?: InputMaybe<Array<GapState>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type GapHistoryEntry = {
  __typename?: 'GapHistoryEntry';
  action?: Maybe<GapActionKind>;
  actor: Identity;
  at: Scalars['Time']['output'];
  kind: Scalars['String']['output'];
  rationale?: Maybe<Scalars['String']['output']>;
  state: GapState;
};

export type GapOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: GapOrderField;
};

export type GapOrderField =
  | 'LAST_SEEN'
  | 'SCENARIO'
  | 'SPEND';

export type GapPayload = {
  __typename?: 'GapPayload';
  gap: Gap;
};

export type GapScenario =
  | 'NOT_BUSINESS_APPROVED'
  | 'OUT_OF_APPROVED_SCOPE'
  | 'RESOURCE_ALLOCATION'
  | 'ROLE_RECOMMENDATION'
  | 'UNBACKED_AI_WORKLOAD'
  | 'UNCLAIMED_AI_ALLOCATION';

export type GapState =
  | 'ACTIONED'
  | 'ACTIVE'
  | 'RECALLED'
  | 'RESOLVED';

export type GapSummary = {
  __typename?: 'GapSummary';
  scenarios: Array<ScenarioSummary>;
  totalGapSpend: Scalars['Decimal']['output'];
  unanchoredSpend: Scalars['Decimal']['output'];
  windowEnd?: Maybe<Scalars['Time']['output']>;
  windowStart?: Maybe<Scalars['Time']['output']>;
};

export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  actor: Identity;
  at: Scalars['Time']['output'];
  kind: Scalars['String']['output'];
  rationale?: Maybe<Scalars['String']['output']>;
};

export type Identity = {
  __typename?: 'Identity';
  email?: Maybe<Scalars['String']['output']>;
  issuer?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  subject: Scalars['String']['output'];
};

export type Ingest = {
  __typename?: 'Ingest';
  actor: Identity;
  aiRows: Scalars['Int']['output'];
  at: Scalars['Time']['output'];
  attributableSpend: Scalars['Decimal']['output'];
  export: Scalars['String']['output'];
  files: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  periods: Array<Scalars['String']['output']>;
  rowsRead: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

export type IngestConnection = {
  __typename?: 'IngestConnection';
  edges: Array<IngestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IngestEdge = {
  __typename?: 'IngestEdge';
  cursor: Scalars['String']['output'];
  node: Ingest;
};

export type Mutation = {
  __typename?: 'Mutation';
  actionGap: GapPayload;
  addApprovalScope: BusinessRequestPayload;
  approveBusinessRequest: BusinessRequestPayload;
  claimResource: WorkloadPayload;
  completeTask: TaskPayload;
  declareBusinessCase: BusinessCasePayload;
  recallDecision: GapPayload;
  registerWorkload: WorkloadPayload;
  rejectBusinessRequest: BusinessRequestPayload;
  releaseClaim: WorkloadPayload;
  resolveGap: GapPayload;
  setAccountBudgets: AccountBudgetsPayload;
  submitBusinessRequest: BusinessRequestPayload;
  updateSettings: Settings;
  withdrawBusinessRequest: BusinessRequestPayload;
};


export type MutationActionGapArgs = {
  input: ActionGapInput;
};


export type MutationAddApprovalScopeArgs = {
  input: AddApprovalScopeInput;
};


export type MutationApproveBusinessRequestArgs = {
  input: DecideInput;
};


export type MutationClaimResourceArgs = {
  input: ClaimResourceInput;
};


export type MutationCompleteTaskArgs = {
  input: CompleteTaskInput;
};


export type MutationDeclareBusinessCaseArgs = {
  input: DeclareBusinessCaseInput;
};


export type MutationRecallDecisionArgs = {
  input: RecallDecisionInput;
};


export type MutationRegisterWorkloadArgs = {
  input: RegisterWorkloadInput;
};


export type MutationRejectBusinessRequestArgs = {
  input: DecideInput;
};


export type MutationReleaseClaimArgs = {
  input: ReleaseClaimInput;
};


export type MutationResolveGapArgs = {
  input: ResolveGapInput;
};


export type MutationSetAccountBudgetsArgs = {
  input: SetAccountBudgetsInput;
};


export type MutationSubmitBusinessRequestArgs = {
  input: SubmitBusinessRequestInput;
};


export type MutationUpdateSettingsArgs = {
  input: SettingsInput;
};


export type MutationWithdrawBusinessRequestArgs = {
  input: DecideInput;
};

export type Notification = {
  __typename?: 'Notification';
  at: Scalars['Time']['output'];
  message: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PeriodSpend = {
  __typename?: 'PeriodSpend';
  period: Scalars['String']['output'];
  spend: Scalars['Decimal']['output'];
};

export type Query = {
  __typename?: 'Query';
  accountBudgets: Array<BudgetShare>;
  allocationGaps: GapConnection;
  budgetAllocation: Array<BudgetAllocation>;
  businessRequest?: Maybe<BusinessRequest>;
  businessRequests: BusinessRequestConnection;
  events: EventConnection;
  gap?: Maybe<Gap>;
  gapSummary: GapSummary;
  ingests: IngestConnection;
  me: Identity;
  settings: Settings;
  task?: Maybe<Task>;
  tasks: TaskConnection;
  valueOpportunity: ValueOpportunity;
  workload?: Maybe<Workload>;
  workloads: WorkloadConnection;
};


export type QueryAccountBudgetsArgs = {
  accountId: Scalars['String']['input'];
};


export type QueryAllocationGapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<GapOrder>;
};


export type QueryBudgetAllocationArgs = {
  period: Scalars['String']['input'];
};


export type QueryBusinessRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBusinessRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stream?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryGapArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIngestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkloadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkloadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecallDecisionInput = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  gapId: Scalars['ID']['input'];
  rationale: Scalars['String']['input'];
};

export type RegisterWorkloadInput = {
  budget: Scalars['String']['input'];
  businessRequestId?: InputMaybe<Scalars['ID']['input']>;
  monthlyEstimate?: InputMaybe<Scalars['Decimal']['input']>;
  name: Scalars['String']['input'];
  productOwner: Scalars['String']['input'];
};

export type ReleaseClaimInput = {
  claimId: Scalars['ID']['input'];
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  rationale: Scalars['String']['input'];
};

export type ResolveGapInput = {
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  gapId: Scalars['ID']['input'];
  rationale: Scalars['String']['input'];
};

export type Role =
  | 'AUDITOR'
  | 'CLOUD_ENGINEER'
  | 'FINANCE'
  | 'FINOPS_LEAD'
  | 'PRODUCT_OWNER';

export type ScenarioSummary = {
  __typename?: 'ScenarioSummary';
  actioned: Scalars['Int']['output'];
  active: Scalars['Int']['output'];
  openSpend: Scalars['Decimal']['output'];
  recalled: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  scenario: GapScenario;
};

export type Scope = {
  __typename?: 'Scope';
  accountId: Scalars['String']['output'];
  region: Scalars['String']['output'];
};

export type ScopeInput = {
  accountId: Scalars['String']['input'];
  region: Scalars['String']['input'];
};

export type SetAccountBudgetsInput = {
  accountId: Scalars['String']['input'];
  budgets: Array<BudgetShareInput>;
  rationale?: InputMaybe<Scalars['String']['input']>;
};

export type Settings = {
  __typename?: 'Settings';
  broadRolePatterns: Array<Scalars['String']['output']>;
  dedicatedRolePattern: Scalars['String']['output'];
  windowDays: Scalars['Int']['output'];
};

export type SettingsInput = {
  broadRolePatterns?: InputMaybe<Array<Scalars['String']['input']>>;
  dedicatedRolePattern?: InputMaybe<Scalars['String']['input']>;
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};

export type SubmitBusinessRequestInput = {
  businessCase?: InputMaybe<BusinessCaseInput>;
  justification: Scalars['String']['input'];
  model: Scalars['String']['input'];
  productOwner: Scalars['String']['input'];
  scope: Array<ScopeInput>;
};

export type Subscription = {
  __typename?: 'Subscription';
  gapChanged: GapChange;
  valueOpportunityChanged: ValueOpportunity;
};


export type SubscriptionGapChangedArgs = {
  filter?: InputMaybe<GapFilter>;
};

export type Task = {
  __typename?: 'Task';
  createdAt: Scalars['Time']['output'];
  gapId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  status: Scalars['String']['output'];
  target: Scalars['String']['output'];
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type TaskPayload = {
  __typename?: 'TaskPayload';
  task: Task;
};

export type ValueCategory =
  | 'COST_SAVING'
  | 'REVENUE_DRIVING';

export type ValueOpportunity = {
  __typename?: 'ValueOpportunity';
  costSavingAnnual: Scalars['Decimal']['output'];
  revenueDrivingAnnual: Scalars['Decimal']['output'];
};

export type Workload = {
  __typename?: 'Workload';
  budget: Scalars['String']['output'];
  businessCase?: Maybe<BusinessCase>;
  businessRequestId?: Maybe<Scalars['ID']['output']>;
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  monthlyEstimate?: Maybe<Scalars['Decimal']['output']>;
  name: Scalars['String']['output'];
  productOwner: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
};

export type WorkloadConnection = {
  __typename?: 'WorkloadConnection';
  edges: Array<WorkloadEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkloadEdge = {
  __typename?: 'WorkloadEdge';
  cursor: Scalars['String']['output'];
  node: Workload;
};

export type WorkloadPayload = {
  __typename?: 'WorkloadPayload';
  workload: Workload;
};

export type AuditEventsQueryVariables = Exact<{
  stream?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', edges: Array<{ __typename?: 'EventEdge', cursor: string, node: { __typename?: 'Event', position: string, stream: string, type: string, recordedAt: string, data: unknown, metadata: unknown } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Identity', subject: string, name?: string | null, email?: string | null, roles: Array<Role> } };

export type ActionGapMutationVariables = Exact<{
  input: ActionGapInput;
}>;


export type ActionGapMutation = { __typename?: 'Mutation', actionGap: { __typename?: 'GapPayload', gap: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, suggestedAction: Array<GapActionKind>, workloadId?: string | null, lastSeen?: string | null } } };

export type GapNowQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GapNowQuery = { __typename?: 'Query', gap?: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, suggestedAction: Array<GapActionKind>, workloadId?: string | null, lastSeen?: string | null, history: Array<{ __typename?: 'GapHistoryEntry', at: string, state: GapState, kind: string, action?: GapActionKind | null, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }> } | null };

export type CategoryGapsQueryVariables = Exact<{
  filter: GapFilter;
  orderBy?: InputMaybe<GapOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CategoryGapsQuery = { __typename?: 'Query', allocationGaps: { __typename?: 'GapConnection', totalCount: number, edges: Array<{ __typename?: 'GapEdge', node: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, suggestedAction: Array<GapActionKind>, workloadId?: string | null, lastSeen?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type WorkloadChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkloadChoicesQuery = { __typename?: 'Query', workloads: { __typename?: 'WorkloadConnection', edges: Array<{ __typename?: 'WorkloadEdge', node: { __typename?: 'Workload', id: string, name: string, productOwner: string } }> } };

export type GapRowFieldsFragment = { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, suggestedAction: Array<GapActionKind>, workloadId?: string | null, lastSeen?: string | null };

export type GapChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type GapChangedSubscription = { __typename?: 'Subscription', gapChanged: { __typename?: 'GapChange', kind: string, at: string, gap: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, suggestedAction: Array<GapActionKind>, workloadId?: string | null, lastSeen?: string | null } } };

export type ValueOpportunityChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ValueOpportunityChangedSubscription = { __typename?: 'Subscription', valueOpportunityChanged: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string } };

export type GapsOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type GapsOverviewQuery = { __typename?: 'Query', valueOpportunity: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string }, gapSummary: { __typename?: 'GapSummary', windowStart?: string | null, windowEnd?: string | null, totalGapSpend: string, unanchoredSpend: string, scenarios: Array<{ __typename?: 'ScenarioSummary', scenario: GapScenario, active: number, actioned: number, openSpend: string }> } };

export const GapRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]} as unknown as DocumentNode<GapRowFieldsFragment, unknown>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stream"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stream"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stream"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ActionGapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActionGap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionGapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionGap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]} as unknown as DocumentNode<ActionGapMutation, ActionGapMutationVariables>;
export const GapNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]} as unknown as DocumentNode<GapNowQuery, GapNowQueryVariables>;
export const CategoryGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoryGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GapFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GapOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapRowFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]} as unknown as DocumentNode<CategoryGapsQuery, CategoryGapsQueryVariables>;
export const WorkloadChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkloadChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkloadChoicesQuery, WorkloadChoicesQueryVariables>;
export const GapChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GapChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gapChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]} as unknown as DocumentNode<GapChangedSubscription, GapChangedSubscriptionVariables>;
export const ValueOpportunityChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ValueOpportunityChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueOpportunityChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}}]}}]} as unknown as DocumentNode<ValueOpportunityChangedSubscription, ValueOpportunityChangedSubscriptionVariables>;
export const GapsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapsOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueOpportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"totalGapSpend"}},{"kind":"Field","name":{"kind":"Name","value":"unanchoredSpend"}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"actioned"}},{"kind":"Field","name":{"kind":"Name","value":"openSpend"}}]}}]}}]}}]} as unknown as DocumentNode<GapsOverviewQuery, GapsOverviewQueryVariables>;