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
  data: Scalars['String']['output'];
  metadata: Scalars['String']['output'];
  position: Scalars['String']['output'];
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
  scenarios?: InputMaybe<Array<GapScenario>>;
  states?: InputMaybe<Array<GapState>>;
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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Identity', subject: string, name?: string | null, email?: string | null, roles: Array<Role> } };

export type ResolveGapMutationVariables = Exact<{
  input: ResolveGapInput;
}>;


export type ResolveGapMutation = { __typename?: 'Mutation', resolveGap: { __typename?: 'GapPayload', gap: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, principals: Array<string>, resourceIds: Array<string>, tags: Array<string>, workloadId?: string | null, businessRequestId?: string | null, firstSeen?: string | null, lastSeen?: string | null, suggestedAction: Array<GapActionKind>, spendByPeriod: Array<{ __typename?: 'PeriodSpend', period: string, spend: string }>, valueAtStake?: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string } | null, history: Array<{ __typename?: 'GapHistoryEntry', at: string, state: GapState, kind: string, action?: GapActionKind | null, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }>, notifications: Array<{ __typename?: 'Notification', to: string, message: string, at: string }> } } };

export type RecallDecisionMutationVariables = Exact<{
  input: RecallDecisionInput;
}>;


export type RecallDecisionMutation = { __typename?: 'Mutation', recallDecision: { __typename?: 'GapPayload', gap: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, principals: Array<string>, resourceIds: Array<string>, tags: Array<string>, workloadId?: string | null, businessRequestId?: string | null, firstSeen?: string | null, lastSeen?: string | null, suggestedAction: Array<GapActionKind>, spendByPeriod: Array<{ __typename?: 'PeriodSpend', period: string, spend: string }>, valueAtStake?: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string } | null, history: Array<{ __typename?: 'GapHistoryEntry', at: string, state: GapState, kind: string, action?: GapActionKind | null, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }>, notifications: Array<{ __typename?: 'Notification', to: string, message: string, at: string }> } } };

export type GapDetailFieldsFragment = { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, principals: Array<string>, resourceIds: Array<string>, tags: Array<string>, workloadId?: string | null, businessRequestId?: string | null, firstSeen?: string | null, lastSeen?: string | null, suggestedAction: Array<GapActionKind>, spendByPeriod: Array<{ __typename?: 'PeriodSpend', period: string, spend: string }>, valueAtStake?: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string } | null, history: Array<{ __typename?: 'GapHistoryEntry', at: string, state: GapState, kind: string, action?: GapActionKind | null, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }>, notifications: Array<{ __typename?: 'Notification', to: string, message: string, at: string }> };

export type GapDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GapDetailQuery = { __typename?: 'Query', gap?: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, principals: Array<string>, resourceIds: Array<string>, tags: Array<string>, workloadId?: string | null, businessRequestId?: string | null, firstSeen?: string | null, lastSeen?: string | null, suggestedAction: Array<GapActionKind>, spendByPeriod: Array<{ __typename?: 'PeriodSpend', period: string, spend: string }>, valueAtStake?: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string } | null, history: Array<{ __typename?: 'GapHistoryEntry', at: string, state: GapState, kind: string, action?: GapActionKind | null, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }>, notifications: Array<{ __typename?: 'Notification', to: string, message: string, at: string }> } | null };

export type AccountBudgetsQueryVariables = Exact<{
  accountId: Scalars['String']['input'];
}>;


export type AccountBudgetsQuery = { __typename?: 'Query', accountBudgets: Array<{ __typename?: 'BudgetShare', budget: string, share: string }> };

export type SetAccountBudgetsMutationVariables = Exact<{
  input: SetAccountBudgetsInput;
}>;


export type SetAccountBudgetsMutation = { __typename?: 'Mutation', setAccountBudgets: { __typename?: 'AccountBudgetsPayload', accountId: string, budgets: Array<{ __typename?: 'BudgetShare', budget: string, share: string }> } };

export type DeclareBusinessCaseMutationVariables = Exact<{
  input: DeclareBusinessCaseInput;
}>;


export type DeclareBusinessCaseMutation = { __typename?: 'Mutation', declareBusinessCase: { __typename?: 'BusinessCasePayload', businessCase: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } } };

export type BusinessRequestFieldsFragment = { __typename?: 'BusinessRequest', id: string, revision: number, model: string, productOwner: string, status: string, requester: { __typename?: 'Identity', subject: string, name?: string | null }, scope: Array<{ __typename?: 'Scope', accountId: string, region: string }>, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, history: Array<{ __typename?: 'HistoryEntry', at: string, kind: string, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }> };

export type BusinessRequestsPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BusinessRequestsPageQuery = { __typename?: 'Query', businessRequests: { __typename?: 'BusinessRequestConnection', totalCount: number, edges: Array<{ __typename?: 'BusinessRequestEdge', node: { __typename?: 'BusinessRequest', id: string, revision: number, model: string, productOwner: string, status: string, requester: { __typename?: 'Identity', subject: string, name?: string | null }, scope: Array<{ __typename?: 'Scope', accountId: string, region: string }>, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, history: Array<{ __typename?: 'HistoryEntry', at: string, kind: string, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type BusinessRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BusinessRequestQuery = { __typename?: 'Query', businessRequest?: { __typename?: 'BusinessRequest', id: string, revision: number, model: string, productOwner: string, status: string, requester: { __typename?: 'Identity', subject: string, name?: string | null }, scope: Array<{ __typename?: 'Scope', accountId: string, region: string }>, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, history: Array<{ __typename?: 'HistoryEntry', at: string, kind: string, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }> } | null };

export type SubmitBusinessRequestMutationVariables = Exact<{
  input: SubmitBusinessRequestInput;
}>;


export type SubmitBusinessRequestMutation = { __typename?: 'Mutation', submitBusinessRequest: { __typename?: 'BusinessRequestPayload', businessRequest: { __typename?: 'BusinessRequest', id: string, revision: number, model: string, productOwner: string, status: string, requester: { __typename?: 'Identity', subject: string, name?: string | null }, scope: Array<{ __typename?: 'Scope', accountId: string, region: string }>, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, history: Array<{ __typename?: 'HistoryEntry', at: string, kind: string, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }> } } };

export type ApproveBusinessRequestMutationVariables = Exact<{
  input: DecideInput;
}>;


export type ApproveBusinessRequestMutation = { __typename?: 'Mutation', approveBusinessRequest: { __typename?: 'BusinessRequestPayload', businessRequest: { __typename?: 'BusinessRequest', id: string, revision: number, model: string, productOwner: string, status: string, requester: { __typename?: 'Identity', subject: string, name?: string | null }, scope: Array<{ __typename?: 'Scope', accountId: string, region: string }>, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, history: Array<{ __typename?: 'HistoryEntry', at: string, kind: string, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }> } } };

export type RejectBusinessRequestMutationVariables = Exact<{
  input: DecideInput;
}>;


export type RejectBusinessRequestMutation = { __typename?: 'Mutation', rejectBusinessRequest: { __typename?: 'BusinessRequestPayload', businessRequest: { __typename?: 'BusinessRequest', id: string, revision: number, model: string, productOwner: string, status: string, requester: { __typename?: 'Identity', subject: string, name?: string | null }, scope: Array<{ __typename?: 'Scope', accountId: string, region: string }>, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, history: Array<{ __typename?: 'HistoryEntry', at: string, kind: string, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }> } } };

export type WithdrawBusinessRequestMutationVariables = Exact<{
  input: DecideInput;
}>;


export type WithdrawBusinessRequestMutation = { __typename?: 'Mutation', withdrawBusinessRequest: { __typename?: 'BusinessRequestPayload', businessRequest: { __typename?: 'BusinessRequest', id: string, revision: number, model: string, productOwner: string, status: string, requester: { __typename?: 'Identity', subject: string, name?: string | null }, scope: Array<{ __typename?: 'Scope', accountId: string, region: string }>, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, history: Array<{ __typename?: 'HistoryEntry', at: string, kind: string, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }> } } };

export type AddApprovalScopeMutationVariables = Exact<{
  input: AddApprovalScopeInput;
}>;


export type AddApprovalScopeMutation = { __typename?: 'Mutation', addApprovalScope: { __typename?: 'BusinessRequestPayload', businessRequest: { __typename?: 'BusinessRequest', id: string, revision: number, model: string, productOwner: string, status: string, requester: { __typename?: 'Identity', subject: string, name?: string | null }, scope: Array<{ __typename?: 'Scope', accountId: string, region: string }>, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, history: Array<{ __typename?: 'HistoryEntry', at: string, kind: string, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }> } } };

export type SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsQuery = { __typename?: 'Query', settings: { __typename?: 'Settings', broadRolePatterns: Array<string>, dedicatedRolePattern: string, windowDays: number } };

export type UpdateSettingsMutationVariables = Exact<{
  input: SettingsInput;
}>;


export type UpdateSettingsMutation = { __typename?: 'Mutation', updateSettings: { __typename?: 'Settings', broadRolePatterns: Array<string>, dedicatedRolePattern: string, windowDays: number } };

export type TaskFieldsFragment = { __typename?: 'Task', id: string, kind: string, target: string, status: string, gapId?: string | null, createdAt: string };

export type TasksPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TasksPageQuery = { __typename?: 'Query', tasks: { __typename?: 'TaskConnection', totalCount: number, edges: Array<{ __typename?: 'TaskEdge', node: { __typename?: 'Task', id: string, kind: string, target: string, status: string, gapId?: string | null, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CompleteTaskMutationVariables = Exact<{
  input: CompleteTaskInput;
}>;


export type CompleteTaskMutation = { __typename?: 'Mutation', completeTask: { __typename?: 'TaskPayload', task: { __typename?: 'Task', id: string, kind: string, target: string, status: string, gapId?: string | null, createdAt: string } } };

export type WorkloadFieldsFragment = { __typename?: 'Workload', id: string, revision: number, name: string, productOwner: string, budget: string, monthlyEstimate?: string | null, businessRequestId?: string | null, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, claims: Array<{ __typename?: 'Claim', id: string, anchorType: AnchorType, anchor: string, claimedAt: string, effectiveFrom: string, releasedFrom?: string | null, claimedBy: { __typename?: 'Identity', subject: string, name?: string | null } }> };

export type WorkloadsPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WorkloadsPageQuery = { __typename?: 'Query', workloads: { __typename?: 'WorkloadConnection', totalCount: number, edges: Array<{ __typename?: 'WorkloadEdge', node: { __typename?: 'Workload', id: string, revision: number, name: string, productOwner: string, budget: string, monthlyEstimate?: string | null, businessRequestId?: string | null, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, claims: Array<{ __typename?: 'Claim', id: string, anchorType: AnchorType, anchor: string, claimedAt: string, effectiveFrom: string, releasedFrom?: string | null, claimedBy: { __typename?: 'Identity', subject: string, name?: string | null } }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RegisterWorkloadMutationVariables = Exact<{
  input: RegisterWorkloadInput;
}>;


export type RegisterWorkloadMutation = { __typename?: 'Mutation', registerWorkload: { __typename?: 'WorkloadPayload', workload: { __typename?: 'Workload', id: string, revision: number, name: string, productOwner: string, budget: string, monthlyEstimate?: string | null, businessRequestId?: string | null, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, claims: Array<{ __typename?: 'Claim', id: string, anchorType: AnchorType, anchor: string, claimedAt: string, effectiveFrom: string, releasedFrom?: string | null, claimedBy: { __typename?: 'Identity', subject: string, name?: string | null } }> } } };

export type ClaimResourceMutationVariables = Exact<{
  input: ClaimResourceInput;
}>;


export type ClaimResourceMutation = { __typename?: 'Mutation', claimResource: { __typename?: 'WorkloadPayload', workload: { __typename?: 'Workload', id: string, revision: number, name: string, productOwner: string, budget: string, monthlyEstimate?: string | null, businessRequestId?: string | null, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, claims: Array<{ __typename?: 'Claim', id: string, anchorType: AnchorType, anchor: string, claimedAt: string, effectiveFrom: string, releasedFrom?: string | null, claimedBy: { __typename?: 'Identity', subject: string, name?: string | null } }> } } };

export type ReleaseClaimMutationVariables = Exact<{
  input: ReleaseClaimInput;
}>;


export type ReleaseClaimMutation = { __typename?: 'Mutation', releaseClaim: { __typename?: 'WorkloadPayload', workload: { __typename?: 'Workload', id: string, revision: number, name: string, productOwner: string, budget: string, monthlyEstimate?: string | null, businessRequestId?: string | null, businessCase?: { __typename?: 'BusinessCase', category: ValueCategory, annualValue: string, description?: string | null } | null, claims: Array<{ __typename?: 'Claim', id: string, anchorType: AnchorType, anchor: string, claimedAt: string, effectiveFrom: string, releasedFrom?: string | null, claimedBy: { __typename?: 'Identity', subject: string, name?: string | null } }> } } };

export type BudgetPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetPeriodsQuery = { __typename?: 'Query', ingests: { __typename?: 'IngestConnection', edges: Array<{ __typename?: 'IngestEdge', node: { __typename?: 'Ingest', id: string, periods: Array<string> } }> } };

export type BudgetAllocationQueryVariables = Exact<{
  period: Scalars['String']['input'];
}>;


export type BudgetAllocationQuery = { __typename?: 'Query', budgetAllocation: Array<{ __typename?: 'BudgetAllocation', budget: string, period: string, before: string, after: string, delta: string }> };

export type GapDetailChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type GapDetailChangedSubscription = { __typename?: 'Subscription', gapChanged: { __typename?: 'GapChange', kind: string, gap: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, principals: Array<string>, resourceIds: Array<string>, tags: Array<string>, workloadId?: string | null, businessRequestId?: string | null, firstSeen?: string | null, lastSeen?: string | null, suggestedAction: Array<GapActionKind>, spendByPeriod: Array<{ __typename?: 'PeriodSpend', period: string, spend: string }>, valueAtStake?: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string } | null, history: Array<{ __typename?: 'GapHistoryEntry', at: string, state: GapState, kind: string, action?: GapActionKind | null, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }>, notifications: Array<{ __typename?: 'Notification', to: string, message: string, at: string }> } } };

export const GapDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"spendByPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"principals"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtStake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<GapDetailFieldsFragment, unknown>;
export const BusinessRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BusinessRequestFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gapId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const WorkloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"anchorType"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"releasedFrom"}}]}}]}}]} as unknown as DocumentNode<WorkloadFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ResolveGapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveGap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveGapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveGap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"spendByPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"principals"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtStake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ResolveGapMutation, ResolveGapMutationVariables>;
export const RecallDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecallDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"spendByPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"principals"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtStake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RecallDecisionMutation, RecallDecisionMutationVariables>;
export const GapDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"spendByPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"principals"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtStake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<GapDetailQuery, GapDetailQueryVariables>;
export const AccountBudgetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountBudgets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountBudgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<AccountBudgetsQuery, AccountBudgetsQueryVariables>;
export const SetAccountBudgetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountBudgets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAccountBudgetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountBudgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]} as unknown as DocumentNode<SetAccountBudgetsMutation, SetAccountBudgetsMutationVariables>;
export const DeclareBusinessCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareBusinessCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareBusinessCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareBusinessCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<DeclareBusinessCaseMutation, DeclareBusinessCaseMutationVariables>;
export const BusinessRequestsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessRequestsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessRequestFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BusinessRequestsPageQuery, BusinessRequestsPageQueryVariables>;
export const BusinessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BusinessRequestQuery, BusinessRequestQueryVariables>;
export const SubmitBusinessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitBusinessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitBusinessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBusinessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitBusinessRequestMutation, SubmitBusinessRequestMutationVariables>;
export const ApproveBusinessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveBusinessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveBusinessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveBusinessRequestMutation, ApproveBusinessRequestMutationVariables>;
export const RejectBusinessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectBusinessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectBusinessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RejectBusinessRequestMutation, RejectBusinessRequestMutationVariables>;
export const WithdrawBusinessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawBusinessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawBusinessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawBusinessRequestMutation, WithdrawBusinessRequestMutationVariables>;
export const AddApprovalScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddApprovalScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddApprovalScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addApprovalScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddApprovalScopeMutation, AddApprovalScopeMutationVariables>;
export const SettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadRolePatterns"}},{"kind":"Field","name":{"kind":"Name","value":"dedicatedRolePattern"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}}]}}]}}]} as unknown as DocumentNode<SettingsQuery, SettingsQueryVariables>;
export const UpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadRolePatterns"}},{"kind":"Field","name":{"kind":"Name","value":"dedicatedRolePattern"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}}]}}]}}]} as unknown as DocumentNode<UpdateSettingsMutation, UpdateSettingsMutationVariables>;
export const TasksPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gapId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TasksPageQuery, TasksPageQueryVariables>;
export const CompleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gapId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CompleteTaskMutation, CompleteTaskMutationVariables>;
export const WorkloadsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkloadsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkloadFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"anchorType"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"releasedFrom"}}]}}]}}]} as unknown as DocumentNode<WorkloadsPageQuery, WorkloadsPageQueryVariables>;
export const RegisterWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWorkloadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkloadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"anchorType"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"releasedFrom"}}]}}]}}]} as unknown as DocumentNode<RegisterWorkloadMutation, RegisterWorkloadMutationVariables>;
export const ClaimResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkloadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"anchorType"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"releasedFrom"}}]}}]}}]} as unknown as DocumentNode<ClaimResourceMutation, ClaimResourceMutationVariables>;
export const ReleaseClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkloadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"anchorType"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"releasedFrom"}}]}}]}}]} as unknown as DocumentNode<ReleaseClaimMutation, ReleaseClaimMutationVariables>;
export const BudgetPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BudgetPeriodsQuery, BudgetPeriodsQueryVariables>;
export const BudgetAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}}]}}]} as unknown as DocumentNode<BudgetAllocationQuery, BudgetAllocationQueryVariables>;
export const GapDetailChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GapDetailChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gapChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"spendByPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"principals"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtStake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<GapDetailChangedSubscription, GapDetailChangedSubscriptionVariables>;