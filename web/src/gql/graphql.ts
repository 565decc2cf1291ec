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
  /** A calendar day "YYYY-MM-DD". */
  Date: { input: string; output: string; }
  /** An exact decimal amount sent as a string, such as "1234.5600" (USD for money). Never a float. */
  Decimal: { input: string; output: string; }
  /** Any JSON value, sent as JSON (an object stays an object, not a string holding JSON). */
  JSON: { input: unknown; output: unknown; }
  /** A moment as an RFC 3339 string in UTC, such as "2026-11-26T12:00:00Z". A usage day is shown as its 00:00 UTC. */
  Time: { input: string; output: string; }
};

/** An account's budget split after a change. */
export type AccountBudgetsPayload = {
  __typename?: 'AccountBudgetsPayload';
  /** The account. */
  accountId: Scalars['String']['output'];
  /** Its budgets. */
  budgets: Array<BudgetShare>;
};

/** A decision on a gap. */
export type ActionGapInput = {
  /** The decision. */
  action: GapActionKind;
  /** APPROVE_MODEL: the business case of the Business Request it creates. */
  businessCase?: InputMaybe<BusinessCaseInput>;
  /** The revision you saw; another revision is CONFLICT. Omitted: no check. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The gap. */
  gapId: Scalars['ID']['input'];
  /** NOTIFY_PRODUCT_OWNER: whom to tell, instead of the owner the records name. */
  productOwner?: InputMaybe<Scalars['String']['input']>;
  /** Why (recorded in its history). */
  rationale: Scalars['String']['input'];
  /** ADD_SCOPE and APPROVE_MODEL: the account × region pairs; default: those observed in the gap's spend. */
  scope?: InputMaybe<Array<ScopeInput>>;
  /** CLAIM_RESOURCE: the workload that claims the anchor (RECOMMEND_DEDICATED_ROLE: default, the finding's). */
  workloadId?: InputMaybe<Scalars['ID']['input']>;
};

/** More scope for a Business Request. */
export type AddApprovalScopeInput = {
  /** The Business Request. */
  businessRequestId: Scalars['ID']['input'];
  /** The revision you saw; another revision is CONFLICT. Omitted: no check. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Why (recorded in its history). */
  rationale: Scalars['String']['input'];
  /** The account × region pairs to add. */
  scope: Array<ScopeInput>;
};

/** What a claim is anchored on. */
export type AnchorType =
  /** A Claude Platform workspace. */
  | 'CLAUDE_WORKSPACE'
  /** A Bedrock guardrail. */
  | 'GUARDRAIL'
  /** An IAM role: its spend, through any session. */
  | 'IAM_ROLE'
  /** Any other resource, by ARN. */
  | 'RESOURCE';

/** One budget's AI spend in a billing period, before and after claims charge spend to workloads' budgets. */
export type BudgetAllocation = {
  __typename?: 'BudgetAllocation';
  /** Its spend once claimed spend goes to the claiming workload's budget (claims in effect on the usage day). */
  after: Scalars['Decimal']['output'];
  /** Its spend with every account's spend split by the account's budget shares. */
  before: Scalars['Decimal']['output'];
  /** The budget's name. */
  budget: Scalars['String']['output'];
  /** after minus before. */
  delta: Scalars['Decimal']['output'];
  /** The billing period, "YYYY-MM". */
  period: Scalars['String']['output'];
};

/** One budget's part of an account's spend. */
export type BudgetShare = {
  __typename?: 'BudgetShare';
  /** The budget's name. */
  budget: Scalars['String']['output'];
  /** Its percentage of the account's spend. */
  share: Scalars['Decimal']['output'];
};

/** One budget of an account's split. */
export type BudgetShareInput = {
  /** The budget's name. */
  budget: Scalars['String']['input'];
  /** Its percentage. Omit it on every budget for an even split; given, the shares sum to 100. */
  share?: InputMaybe<Scalars['Decimal']['input']>;
};

/** A declared value: intent, not realised return. */
export type BusinessCase = {
  __typename?: 'BusinessCase';
  /** The value a year, in USD. */
  annualValue: Scalars['Decimal']['output'];
  /** Saving or revenue. */
  category: ValueCategory;
  /** Who declared it. */
  declaredBy: Identity;
  /** What it rests on. */
  description?: Maybe<Scalars['String']['output']>;
};

/** A declared value. */
export type BusinessCaseInput = {
  /** The value a year, in USD. */
  annualValue: Scalars['Decimal']['input'];
  /** Saving or revenue. */
  category: ValueCategory;
  /** What it rests on. */
  description?: InputMaybe<Scalars['String']['input']>;
};

/** The business case declared. */
export type BusinessCasePayload = {
  __typename?: 'BusinessCasePayload';
  /** The case as recorded. */
  businessCase: BusinessCase;
};

/** A request to use a model in a scope. */
export type BusinessRequest = {
  __typename?: 'BusinessRequest';
  /** Its declared value, if any. */
  businessCase?: Maybe<BusinessCase>;
  /** Every change, oldest first. */
  history: Array<HistoryEntry>;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** The model. */
  model: Scalars['String']['output'];
  /** Who owns the use. */
  productOwner: Scalars['String']['output'];
  /** Who submitted it (a FINOPS_LEAD for one an APPROVE_MODEL decision created). */
  requester: Identity;
  /** Its stream's revision, for expectedRevision (-1 when it exists only through a gap decision). */
  revision: Scalars['Int']['output'];
  /** Where the model may run, once Approved. */
  scope: Array<Scope>;
  /** Submitted, Approved, Rejected or Withdrawn. */
  status: Scalars['String']['output'];
};

/** One page of Business Requests. */
export type BusinessRequestConnection = {
  __typename?: 'BusinessRequestConnection';
  /** The page's Business Requests. */
  edges: Array<BusinessRequestEdge>;
  /** Whether more follow. */
  pageInfo: PageInfo;
  /** How many there are. */
  totalCount: Scalars['Int']['output'];
};

/** A Business Request and its cursor. */
export type BusinessRequestEdge = {
  __typename?: 'BusinessRequestEdge';
  /** Pass as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The Business Request. */
  node: BusinessRequest;
};

/** The Business Request after a change. */
export type BusinessRequestPayload = {
  __typename?: 'BusinessRequestPayload';
  /** The Business Request as the read models now show it. */
  businessRequest: BusinessRequest;
};

/** An anchor a workload takes the spend of, for a span of days. */
export type Claim = {
  __typename?: 'Claim';
  /** The anchor (an ARN). */
  anchor: Scalars['String']['output'];
  /** What kind of anchor. */
  anchorType: AnchorType;
  /** When it was made. */
  claimedAt: Scalars['Time']['output'];
  /** Who made it. */
  claimedBy: Identity;
  /** The first usage day it applies to. */
  effectiveFrom: Scalars['Date']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** The first usage day it no longer applies to; null while it is in force. */
  releasedFrom?: Maybe<Scalars['Date']['output']>;
};

/** A claim of an anchor for a workload. */
export type ClaimResourceInput = {
  /** IAM_ROLE: the role's ARN (arn:aws:iam::<account>:role/[path/]<name>, matched on account and name); other types: the ARN. */
  anchor: Scalars['String']['input'];
  /** What kind of anchor. */
  anchorType: AnchorType;
  /** The first day it takes effect; default: tomorrow. Earlier days: FINOPS_LEAD only. */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Why. */
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** The workload that takes the spend. */
  workloadId: Scalars['ID']['input'];
};

/** A task's completion. */
export type CompleteTaskInput = {
  /** What was done. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The task. */
  taskId: Scalars['ID']['input'];
};

/** A decision on a Business Request. */
export type DecideInput = {
  /** The Business Request. */
  businessRequestId: Scalars['ID']['input'];
  /** The revision you saw; another revision is CONFLICT. Omitted: no check. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Why (recorded in its history). */
  rationale: Scalars['String']['input'];
};

/** A business case for a workload or a Business Request (give exactly one of the ids). */
export type DeclareBusinessCaseInput = {
  /** The case. */
  businessCase: BusinessCaseInput;
  /** The Business Request. */
  businessRequestId?: InputMaybe<Scalars['ID']['input']>;
  /** The workload. */
  workloadId?: InputMaybe<Scalars['ID']['input']>;
};

/** One event of the log, as stored. */
export type Event = {
  __typename?: 'Event';
  /** Its payload, as a JSON object. */
  data: Scalars['JSON']['output'];
  /** Its metadata as a JSON object: actor, occurredAt, correlationId, rationale. */
  metadata: Scalars['JSON']['output'];
  /** Its position in the whole log ("commit/prepare"). */
  position: Scalars['String']['output'];
  /** Its payload as the stored text, for auditors who hash it. */
  rawData: Scalars['String']['output'];
  /** Its metadata as the stored text, for auditors who hash it. */
  rawMetadata: Scalars['String']['output'];
  /** When the store recorded it. */
  recordedAt: Scalars['Time']['output'];
  /** Its stream. */
  stream: Scalars['String']['output'];
  /** Its type, such as "GapActionTaken". */
  type: Scalars['String']['output'];
};

/** One page of the raw log. totalCount counts the events of this page (counting the whole log would scan it). */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The page's events. */
  edges: Array<EventEdge>;
  /** Whether more follow. */
  pageInfo: PageInfo;
  /** The number of events on this page. */
  totalCount: Scalars['Int']['output'];
};

/** An event and its cursor: its revision in a stream, or its log position. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Pass as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Spend that cannot be charged to a workload's budget, for one reason (scenario) and one anchor. */
export type Gap = {
  __typename?: 'Gap';
  /** The AWS accounts of its spend. */
  accounts: Array<Scalars['String']['output']>;
  /** What the spend hangs on, readable: a role ARN, a model, "model|account|region", a workspace or guardrail ARN, or a workload's name. */
  anchor: Scalars['String']['output'];
  /** The Business Request it concerns, when one does. */
  businessRequestId?: Maybe<Scalars['ID']['output']>;
  /** Its first usage day in the window. */
  firstSeen?: Maybe<Scalars['Time']['output']>;
  /** Every change of its state, oldest first: detection, decisions, recalls, resolution. */
  history: Array<GapHistoryEntry>;
  /** Stable id, derived from the scenario and key, so it is the same whenever the gap is found again. */
  id: Scalars['ID']['output'];
  /** Its last usage day in the window. */
  lastSeen?: Maybe<Scalars['Time']['output']>;
  /** The models its spend used. */
  models: Array<Scalars['String']['output']>;
  /** The messages its NOTIFY_PRODUCT_OWNER and REQUEST_BUSINESS_CASE decisions sent. */
  notifications: Array<Notification>;
  /** The IAM principals its spend came through. */
  principals: Array<Scalars['String']['output']>;
  /** The regions of its spend. */
  regions: Array<Scalars['String']['output']>;
  /** The resource ids (ARNs) of its spend. */
  resourceIds: Array<Scalars['String']['output']>;
  /** Its stream's revision; pass it as expectedRevision so that two Leads deciding at once get CONFLICT. */
  revision: Scalars['Int']['output'];
  /** Why it is a gap. */
  scenario: GapScenario;
  /** Its spend in the detection window (GapSummary.windowStart to windowEnd). */
  spend: Scalars['Decimal']['output'];
  /** Its spend per billing period. */
  spendByPeriod: Array<PeriodSpend>;
  /** Where it is in its lifecycle. */
  state: GapState;
  /** The decisions that fit its scenario. */
  suggestedAction: Array<GapActionKind>;
  /** The iamPrincipal/* and user:* tags of its spend as "key=value", sorted, at most 20. */
  tags: Array<Scalars['String']['output']>;
  /** The declared value of the business cases it concerns; null when there are none. */
  valueAtStake?: Maybe<ValueOpportunity>;
  /** The workload it concerns, when one does. */
  workloadId?: Maybe<Scalars['ID']['output']>;
};

/** A decision a FinOps Lead takes on a gap (actionGap). */
export type GapActionKind =
  /** Widen the model's Approved Business Request by the account × region pairs it lacked. */
  | 'ADD_SCOPE'
  /** Approve the model: creates an Approved Business Request with the given (or observed) scope and business case. */
  | 'APPROVE_MODEL'
  /** Ask a Cloud Engineer (a task) to deny the model. */
  | 'BLOCK_MODEL'
  /** Claim the gap's anchor for a workload (workloadId), so its spend is charged to that workload's budget. */
  | 'CLAIM_RESOURCE'
  /** Ask a Cloud Engineer (a task) to move the resource to a covered account or region. */
  | 'FLAG_FOR_MOVE'
  /** Tell the product owner (or, with none known, the FinOps Lead) about the gap; see Gap.notifications. */
  | 'NOTIFY_PRODUCT_OWNER'
  /** Ask a Cloud Engineer (a task) to create a dedicated role for the workload, named by Settings.dedicatedRolePattern. */
  | 'RECOMMEND_DEDICATED_ROLE'
  /** Ask the workload's product owner for a business case; see Gap.notifications. */
  | 'REQUEST_BUSINESS_CASE';

/** A change of a gap. */
export type GapChange = {
  __typename?: 'GapChange';
  /** When it was recorded. */
  at: Scalars['Time']['output'];
  /** The gap after it. */
  gap: Gap;
  /** The event that changed it, such as "GapActionTaken". */
  kind: Scalars['String']['output'];
};

/** One page of gaps. */
export type GapConnection = {
  __typename?: 'GapConnection';
  /** The page's gaps, each with its cursor. */
  edges: Array<GapEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many gaps pass the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** A gap and its place in the list. */
export type GapEdge = {
  __typename?: 'GapEdge';
  /** Pass as after to continue after this gap (with the same order). */
  cursor: Scalars['String']['output'];
  /** The gap. */
  node: Gap;
};

/** Narrows the gap list. A gap passes when it matches every field given; a field with several values matches any of them. */
export type GapFilter = {
  /** Gaps whose spend is in any of these AWS accounts. */
  accountIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Gaps whose spend used any of these models (as Gap.models shows them). */
  models?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Gaps whose spend came through any of these principals (as Gap.principals shows them). */
  principals?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Gaps of these scenarios. */
  scenarios?: InputMaybe<Array<GapScenario>>;
  /** Gaps whose anchor (Gap.anchor), or the key behind it (a workload's id where the anchor is its name), contains this text, in any case. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Gaps in these states. */
  states?: InputMaybe<Array<GapState>>;
  /** Gaps showing any of these tags, each "key=value" exactly as in Gap.tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One change of a gap's state. */
export type GapHistoryEntry = {
  __typename?: 'GapHistoryEntry';
  /** The decision taken or recalled, for GapActionTaken and GapDecisionRecalled. */
  action?: Maybe<GapActionKind>;
  /** Who: a person (from their token) or system:detector. */
  actor: Identity;
  /** When it was recorded. */
  at: Scalars['Time']['output'];
  /** The event: GapOpened, GapEvidenceChanged, GapActionTaken, GapMarkedResolved, GapFindingCleared, GapReopened or GapDecisionRecalled. */
  kind: Scalars['String']['output'];
  /** Why, as its actor said. */
  rationale?: Maybe<Scalars['String']['output']>;
  /** The gap's state after it. */
  state: GapState;
};

/** The gap list's order. Ties are broken by gap id in the same direction, so every page boundary is stable. */
export type GapOrder = {
  /** The direction; omitted: DESC for SPEND and LAST_SEEN, ASC for SCENARIO. */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: GapOrderField;
};

/** What the gap list is sorted by. */
export type GapOrderField =
  /** The last usage day (Gap.lastSeen); gaps without one come last when descending. */
  | 'LAST_SEEN'
  /** The scenario, in the order GapScenario lists them. */
  | 'SCENARIO'
  /** Spend in the detection window (Gap.spend). */
  | 'SPEND';

/** The gap after a decision. */
export type GapPayload = {
  __typename?: 'GapPayload';
  /** The gap as the read models now show it. */
  gap: Gap;
};

/** Why spend is a gap. The six scenarios, in the order the gap list sorts them by (SCENARIO). */
export type GapScenario =
  /** A model is used by principals no workload claims, and no Business Request for it is Approved. */
  | 'NOT_BUSINESS_APPROVED'
  /** An approved model runs in an account and region outside every approved scope of its Approved Business Requests. */
  | 'OUT_OF_APPROVED_SCOPE'
  /** A Bedrock guardrail has spend and no workload claims it. */
  | 'RESOURCE_ALLOCATION'
  /** Spend through a broad IAM role (one matching a broad-role pattern of Settings): it cannot be attributed to one workload; the remedy is a dedicated role per workload. */
  | 'ROLE_RECOMMENDATION'
  /** A workload has claimed AI spend in the window, or a positive monthly estimate, and no business case on it or on its Business Request. */
  | 'UNBACKED_AI_WORKLOAD'
  /** A dedicated role (matching Settings.dedicatedRolePattern) or a Claude Platform workspace has AI spend and no current claim. */
  | 'UNCLAIMED_AI_ALLOCATION';

/** Where a gap is in its lifecycle. */
export type GapState =
  /** A FinOps Lead decided on it (see history); the decision's effects are in force. */
  | 'ACTIONED'
  /** Open: detection finds it and nobody has decided on it. */
  | 'ACTIVE'
  /** Its decision was recalled: open again, and the decision's effects are undone. */
  | 'RECALLED'
  /** Closed: its finding went away, or a Lead resolved it by hand. */
  | 'RESOLVED';

/** The gap counts and the detection window's totals. */
export type GapSummary = {
  __typename?: 'GapSummary';
  /** Per scenario, in GapScenario order: its gaps by state and its open spend. */
  scenarios: Array<ScenarioSummary>;
  /**
   * The AI spend in the window behind at least one current finding, each dollar counted once. A dollar can be
   * in several gaps (a model with no approved Business Request used through a broad role is in a
   * NOT_BUSINESS_APPROVED and a ROLE_RECOMMENDATION gap), so this is less than the sum of the scenarios'
   * openSpend whenever gaps overlap.
   */
  totalGapSpend: Scalars['Decimal']['output'];
  /**
   * The AI spend in the window that nothing anchors: it is in no gap, has no IAM principal, and no claim takes
   * its role, workspace or resource. No scenario can name it, so it is shown apart from the gaps.
   */
  unanchoredSpend: Scalars['Decimal']['output'];
  /** The last day of the detection window: the latest usage day of any AI spend (ROLLING_DAYS), or the last day of the billing period (BILLING_PERIOD). */
  windowEnd?: Maybe<Scalars['Time']['output']>;
  /** The first day of the detection window. */
  windowStart?: Maybe<Scalars['Time']['output']>;
};

/** One change of a governance record. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** Who. */
  actor: Identity;
  /** When it was recorded. */
  at: Scalars['Time']['output'];
  /** The event type, such as "BusinessRequestApproved". */
  kind: Scalars['String']['output'];
  /** Why, as its actor said. */
  rationale?: Maybe<Scalars['String']['output']>;
};

/** A caller or the system, as the log records them. */
export type Identity = {
  __typename?: 'Identity';
  /** The email, when the token has one. */
  email?: Maybe<Scalars['String']['output']>;
  /** The token's issuer. */
  issuer?: Maybe<Scalars['String']['output']>;
  /** The display name, when the token has one. */
  name?: Maybe<Scalars['String']['output']>;
  /** The roles the token granted. */
  roles: Array<Role>;
  /** The token's subject, or system:detector / system:ingest. */
  subject: Scalars['String']['output'];
};

/** One spend delivery `gaps ingest` recorded. */
export type Ingest = {
  __typename?: 'Ingest';
  /** Who ran it. */
  actor: Identity;
  /** How many of them were AI spend. */
  aiRows: Scalars['Int']['output'];
  /** When it was recorded. */
  at: Scalars['Time']['output'];
  /** The AI spend that can be attributed (adjustments such as credits and tax left out). */
  attributableSpend: Scalars['Decimal']['output'];
  /** Why the delivery failed, its attempt and next try; null when recorded. */
  error?: Maybe<Scalars['String']['output']>;
  /** The CUR/FOCUS export the delivery came from ("default" when unnamed). */
  export: Scalars['String']['output'];
  /** How many files it read. */
  files: Scalars['Int']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** The billing periods it replaced, "YYYY-MM". */
  periods: Array<Scalars['String']['output']>;
  /** How many rows it read. */
  rowsRead: Scalars['Int']['output'];
  /** cur, focus or claude. */
  source: Scalars['String']['output'];
  /** RECORDED, or FAILED: a watched delivery that could not be loaded, of which nothing was written. */
  status: IngestStatus;
};

/** One page of ingest runs. */
export type IngestConnection = {
  __typename?: 'IngestConnection';
  /** The page's ingest runs. */
  edges: Array<IngestEdge>;
  /** Whether more follow. */
  pageInfo: PageInfo;
  /** How many there are. */
  totalCount: Scalars['Int']['output'];
};

/** An ingest run and its cursor. */
export type IngestEdge = {
  __typename?: 'IngestEdge';
  /** Pass as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The ingest run. */
  node: Ingest;
};

/** Whether an ingest was recorded or its delivery failed. */
export type IngestStatus =
  /** The delivery could not be loaded; it is retried, and its row is removed once it is recorded. */
  | 'FAILED'
  /** The delivery's spend was recorded. */
  | 'RECORDED';

/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Decide on a gap. FINOPS_LEAD. */
  actionGap: GapPayload;
  /** Add account × region pairs to a Business Request's scope. FINOPS_LEAD. */
  addApprovalScope: BusinessRequestPayload;
  /** Approve a Submitted Business Request. FINOPS_LEAD. */
  approveBusinessRequest: BusinessRequestPayload;
  /** Claim a role, workspace, guardrail or resource for a workload, so its spend is charged to the workload's budget. The workload's product owner or a FINOPS_LEAD. */
  claimResource: WorkloadPayload;
  /** Mark a task done. CLOUD_ENGINEER. */
  completeTask: TaskPayload;
  /** Declare the business case of a workload or a Business Request. Its product owner or a FINOPS_LEAD. */
  declareBusinessCase: BusinessCasePayload;
  /** Recall the decision in force on a gap, undoing its effects. FINOPS_LEAD. */
  recallDecision: GapPayload;
  /** Register a workload with its owner and budget. PRODUCT_OWNER. */
  registerWorkload: WorkloadPayload;
  /** Reject a Submitted Business Request. FINOPS_LEAD. */
  rejectBusinessRequest: BusinessRequestPayload;
  /** End a claim. The workload's product owner or a FINOPS_LEAD. */
  releaseClaim: WorkloadPayload;
  /** Resolve a gap by hand: it stays RESOLVED while its finding persists. FINOPS_LEAD. */
  resolveGap: GapPayload;
  /** Set how an account's AI spend splits across budgets (for every period). FINOPS_LEAD. */
  setAccountBudgets: AccountBudgetsPayload;
  /** Ask for a model to be used in a scope. PRODUCT_OWNER. */
  submitBusinessRequest: BusinessRequestPayload;
  /** Change the detection settings; omitted fields keep their value. FINOPS_LEAD. */
  updateSettings: Settings;
  /** Withdraw a Business Request: a Submitted one by its requester or product owner, an Approved one by a FINOPS_LEAD. */
  withdrawBusinessRequest: BusinessRequestPayload;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationActionGapArgs = {
  input: ActionGapInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationAddApprovalScopeArgs = {
  input: AddApprovalScopeInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationApproveBusinessRequestArgs = {
  input: DecideInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationClaimResourceArgs = {
  input: ClaimResourceInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationCompleteTaskArgs = {
  input: CompleteTaskInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationDeclareBusinessCaseArgs = {
  input: DeclareBusinessCaseInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationRecallDecisionArgs = {
  input: RecallDecisionInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationRegisterWorkloadArgs = {
  input: RegisterWorkloadInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationRejectBusinessRequestArgs = {
  input: DecideInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationReleaseClaimArgs = {
  input: ReleaseClaimInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationResolveGapArgs = {
  input: ResolveGapInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationSetAccountBudgetsArgs = {
  input: SetAccountBudgetsInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationSubmitBusinessRequestArgs = {
  input: SubmitBusinessRequestInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationUpdateSettingsArgs = {
  input: SettingsInput;
};


/** Every write. Each records events with the caller as actor, and answers once the read models show it. */
export type MutationWithdrawBusinessRequestArgs = {
  input: DecideInput;
};

/** A message a gap decision sent: the in-app note to a product owner (or to FINOPS_LEAD when no owner is known), or one delivery of it, or of a Cloud Engineer task, by the notifier. */
export type Notification = {
  __typename?: 'Notification';
  /** When it was recorded; for a delivery, when its latest attempt was. */
  at: Scalars['Time']['output'];
  /** Delivery attempts so far; 0 for an in-app note. */
  attempts: Scalars['Int']['output'];
  /** How it went out: "in-app" (the note the decision records), "webhook", "slack" or "email". */
  channel: Scalars['String']['output'];
  /** What it said. */
  message: Scalars['String']['output'];
  /** Why the latest attempt failed; empty when it did not. */
  reason: Scalars['String']['output'];
  /** Why this recipient was chosen (the product owner on the records, an owner tag, or why the FinOps Lead); empty for an in-app note. */
  rule: Scalars['String']['output'];
  /** RECORDED (an in-app note), SENT, RETRYING (another attempt follows), FAILED (no attempt follows) or CANCELLED (not sent: its decision was recalled first). */
  status: Scalars['String']['output'];
  /** The recipient: the product owner's email or name, FINOPS_LEAD, the owner a tag names ("team=payments"), "FinOps Lead" or "Cloud Engineers". */
  to: Scalars['String']['output'];
};

/** A sort direction. */
export type OrderDirection =
  /** Smallest, earliest or first scenario first. */
  | 'ASC'
  /** Largest, latest or last scenario first. */
  | 'DESC';

/** Where a page ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Spend in one billing period. */
export type PeriodSpend = {
  __typename?: 'PeriodSpend';
  /** The billing period, "YYYY-MM". */
  period: Scalars['String']['output'];
  /** The spend. */
  spend: Scalars['Decimal']['output'];
};

/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type Query = {
  __typename?: 'Query';
  /** How an account's AI spend splits across budgets; empty when none was set. FINOPS_LEAD, FINANCE or AUDITOR. */
  accountBudgets: Array<BudgetShare>;
  /** The gaps that pass filter, in the order orderBy (default: spend, largest first). A cursor works only with the order it came from. */
  allocationGaps: GapConnection;
  /** A billing period's AI spend per budget, before and after claims. FINOPS_LEAD, FINANCE or AUDITOR. */
  budgetAllocation: Array<BudgetAllocation>;
  /** One Business Request by id; null when there is none. */
  businessRequest?: Maybe<BusinessRequest>;
  /** Business Requests, in the order they were submitted. */
  businessRequests: BusinessRequestConnection;
  /** The raw event log, with each event's metadata (actor, time, rationale). AUDITOR or FINANCE (read-only). */
  events: EventConnection;
  /** One gap by id; null when there is none. */
  gap?: Maybe<Gap>;
  /** The gap counts per scenario and state, and the detection window's totals. */
  gapSummary: GapSummary;
  /** Spend deliveries recorded by `gaps ingest`, in the order they were recorded. FINOPS_LEAD, FINANCE or AUDITOR. */
  ingests: IngestConnection;
  /** The caller, as their token says. */
  me: Identity;
  /** The detection settings in force. */
  settings: Settings;
  /** One task by id; null when there is none. */
  task?: Maybe<Task>;
  /** Cloud Engineer tasks, in the order they were opened. */
  tasks: TaskConnection;
  /** The declared annual value of AI use, from the business cases on Approved Business Requests and workloads. */
  valueOpportunity: ValueOpportunity;
  /** One workload by id, with its claims; null when there is none. */
  workload?: Maybe<Workload>;
  /** Workloads, in the order they were registered. */
  workloads: WorkloadConnection;
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryAccountBudgetsArgs = {
  accountId: Scalars['String']['input'];
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryAllocationGapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<GapOrder>;
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryBudgetAllocationArgs = {
  period: Scalars['String']['input'];
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryBusinessRequestArgs = {
  id: Scalars['ID']['input'];
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryBusinessRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stream?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryGapArgs = {
  id: Scalars['ID']['input'];
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryIngestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryWorkloadArgs = {
  id: Scalars['ID']['input'];
};


/** Every read. Lists are Relay connections: first (default 50, at most 500) items after the cursor after. */
export type QueryWorkloadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Recall a gap's decision. */
export type RecallDecisionInput = {
  /** The revision you saw; another revision is CONFLICT. Omitted: no check. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The gap. */
  gapId: Scalars['ID']['input'];
  /** Why (recorded in its history). */
  rationale: Scalars['String']['input'];
};

/** A new workload. */
export type RegisterWorkloadInput = {
  /** The budget its claimed spend is charged to. */
  budget: Scalars['String']['input'];
  /** The Business Request it runs under, if any. */
  businessRequestId?: InputMaybe<Scalars['ID']['input']>;
  /** Its expected AI spend a month, in USD; with no business case, a positive estimate makes it UNBACKED_AI_WORKLOAD. */
  monthlyEstimate?: InputMaybe<Scalars['Decimal']['input']>;
  /** Its name, unique. */
  name: Scalars['String']['input'];
  /** Who owns it: an email or name (matched against the caller's token for ownership). */
  productOwner: Scalars['String']['input'];
};

/** The end of a claim. */
export type ReleaseClaimInput = {
  /** The claim. */
  claimId: Scalars['ID']['input'];
  /** The first day it no longer applies; default: tomorrow. Earlier days: FINOPS_LEAD only. */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Why. */
  rationale: Scalars['String']['input'];
};

/** Resolve a gap by hand. */
export type ResolveGapInput = {
  /** The revision you saw; another revision is CONFLICT. Omitted: no check. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The gap. */
  gapId: Scalars['ID']['input'];
  /** Why (recorded in its history). */
  rationale: Scalars['String']['input'];
};

/** What a caller may do, from the roles claim of their token. */
export type Role =
  /** Reads everything, including the raw event log (events). */
  | 'AUDITOR'
  /** Completes the tasks gap decisions open. */
  | 'CLOUD_ENGINEER'
  /** Reads everything but the raw log, including budgets and ingests. */
  | 'FINANCE'
  /** Decides on gaps, approves Business Requests, sets budgets and settings; reads everything but the raw log. */
  | 'FINOPS_LEAD'
  /** Submits Business Requests, registers the workloads it owns and claims their resources. */
  | 'PRODUCT_OWNER';

/** One scenario's gaps. */
export type ScenarioSummary = {
  __typename?: 'ScenarioSummary';
  /** Its ACTIONED gaps. */
  actioned: Scalars['Int']['output'];
  /** Its ACTIVE gaps. */
  active: Scalars['Int']['output'];
  /** The sum of the spend of its gaps that are not RESOLVED. A dollar in gaps of two scenarios counts in both. */
  openSpend: Scalars['Decimal']['output'];
  /** Its RECALLED gaps. */
  recalled: Scalars['Int']['output'];
  /** Its RESOLVED gaps. */
  resolved: Scalars['Int']['output'];
  /** The scenario. */
  scenario: GapScenario;
};

/** An account × region. */
export type Scope = {
  __typename?: 'Scope';
  /** The AWS account id. */
  accountId: Scalars['String']['output'];
  /** The AWS region. */
  region: Scalars['String']['output'];
};

/** An account × region. */
export type ScopeInput = {
  /** The AWS account id (12 digits). */
  accountId: Scalars['String']['input'];
  /** The AWS region, such as "eu-west-1". */
  region: Scalars['String']['input'];
};

/** An account's budget split. */
export type SetAccountBudgetsInput = {
  /** The AWS account id (12 digits). */
  accountId: Scalars['String']['input'];
  /** Its budgets; replaces the previous split. */
  budgets: Array<BudgetShareInput>;
  /** Why. */
  rationale?: InputMaybe<Scalars['String']['input']>;
};

/** The detection settings. */
export type Settings = {
  __typename?: 'Settings';
  /** BILLING_PERIOD: the month detected, YYYY-MM; null: the latest month with usage. */
  billingPeriod?: Maybe<Scalars['String']['output']>;
  /** Role-name patterns (* matches anything) of roles many workloads share: spend through them is ROLE_RECOMMENDATION. */
  broadRolePatterns: Array<Scalars['String']['output']>;
  /** The role-name pattern of one workload's own role, such as "finops-ai-*": unclaimed spend through one is UNCLAIMED_AI_ALLOCATION. */
  dedicatedRolePattern: Scalars['String']['output'];
  /** ROLLING_DAYS: the detection window's length in days, ending at the latest usage day (kept, unused, in BILLING_PERIOD mode). */
  windowDays: Scalars['Int']['output'];
  /** How the detection window (GapSummary.windowStart/windowEnd) is chosen. */
  windowMode: WindowMode;
};

/** Detection settings to change; omitted fields keep their value. */
export type SettingsInput = {
  /** YYYY-MM, with windowMode BILLING_PERIOD; an empty string: the latest month with usage. */
  billingPeriod?: InputMaybe<Scalars['String']['input']>;
  /** Role-name patterns of broad roles (* matches anything). */
  broadRolePatterns?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The role-name pattern of dedicated roles. */
  dedicatedRolePattern?: InputMaybe<Scalars['String']['input']>;
  /** The window's length in days. */
  windowDays?: InputMaybe<Scalars['Int']['input']>;
  /** ROLLING_DAYS forgets billingPeriod. */
  windowMode?: InputMaybe<WindowMode>;
};

/** A request to use a model. */
export type SubmitBusinessRequestInput = {
  /** Its declared value, if any. */
  businessCase?: InputMaybe<BusinessCaseInput>;
  /** Why it is needed. */
  justification: Scalars['String']['input'];
  /** The model, as the CUR names it (compared ignoring case, spaces and punctuation). */
  model: Scalars['String']['input'];
  /** Who owns the use: an email or name. */
  productOwner: Scalars['String']['input'];
  /** Where it may run. */
  scope: Array<ScopeInput>;
};

/** Live updates over WebSocket (graphql-transport-ws or graphql-ws); authenticate in connection_init. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every change of a gap that passes filter, or that a change just took out of it (so a client can drop it). */
  gapChanged: GapChange;
  /** The declared value after each change. */
  valueOpportunityChanged: ValueOpportunity;
};


/** Live updates over WebSocket (graphql-transport-ws or graphql-ws); authenticate in connection_init. */
export type SubscriptionGapChangedArgs = {
  filter?: InputMaybe<GapFilter>;
};

/** Work a gap decision asks of a Cloud Engineer. */
export type Task = {
  __typename?: 'Task';
  /** When it was opened. */
  createdAt: Scalars['Time']['output'];
  /** The gap whose decision opened it. */
  gapId?: Maybe<Scalars['ID']['output']>;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** CREATE_DEDICATED_ROLE, DENY_MODEL or MOVE_RESOURCE. */
  kind: Scalars['String']['output'];
  /** Open, Done, or Cancelled (its decision was recalled). */
  status: Scalars['String']['output'];
  /** What to act on: the role to create, the model, or the resource. */
  target: Scalars['String']['output'];
};

/** One page of tasks. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** The page's tasks. */
  edges: Array<TaskEdge>;
  /** Whether more follow. */
  pageInfo: PageInfo;
  /** How many there are. */
  totalCount: Scalars['Int']['output'];
};

/** A task and its cursor. */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** Pass as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: Task;
};

/** The task after a change. */
export type TaskPayload = {
  __typename?: 'TaskPayload';
  /** The task as the read models now show it. */
  task: Task;
};

/** The kind of value a business case declares. */
export type ValueCategory =
  /** Money the AI use is expected to save a year. */
  | 'COST_SAVING'
  /** Revenue the AI use is expected to bring a year. */
  | 'REVENUE_DRIVING';

/** Declared annual value: intent stated in business cases, not realised return. */
export type ValueOpportunity = {
  __typename?: 'ValueOpportunity';
  /** The yearly savings declared. */
  costSavingAnnual: Scalars['Decimal']['output'];
  /** The yearly revenue declared. */
  revenueDrivingAnnual: Scalars['Decimal']['output'];
};

/** How the detection window is chosen. */
export type WindowMode =
  /** One calendar month, the way Finance closes books: billingPeriod, else the latest month with usage. */
  | 'BILLING_PERIOD'
  /** The windowDays days ending at the latest usage day of any AI line. */
  | 'ROLLING_DAYS';

/** Something that uses AI and has a budget. */
export type Workload = {
  __typename?: 'Workload';
  /** The budget its claimed spend is charged to. */
  budget: Scalars['String']['output'];
  /** Its declared value, if any. */
  businessCase?: Maybe<BusinessCase>;
  /** The Business Request it runs under, if any. */
  businessRequestId?: Maybe<Scalars['ID']['output']>;
  /** Its claims, current and past. */
  claims: Array<Claim>;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Its expected AI spend a month, in USD. */
  monthlyEstimate?: Maybe<Scalars['Decimal']['output']>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Who owns it. */
  productOwner: Scalars['String']['output'];
  /** Its stream's revision. */
  revision: Scalars['Int']['output'];
};

/** One page of workloads. */
export type WorkloadConnection = {
  __typename?: 'WorkloadConnection';
  /** The page's workloads. */
  edges: Array<WorkloadEdge>;
  /** Whether more follow. */
  pageInfo: PageInfo;
  /** How many there are. */
  totalCount: Scalars['Int']['output'];
};

/** A workload and its cursor. */
export type WorkloadEdge = {
  __typename?: 'WorkloadEdge';
  /** Pass as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The workload. */
  node: Workload;
};

/** The workload after a change. */
export type WorkloadPayload = {
  __typename?: 'WorkloadPayload';
  /** The workload as the read models now show it. */
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

export type ResolveGapMutationVariables = Exact<{
  input: ResolveGapInput;
}>;


export type ResolveGapMutation = { __typename?: 'Mutation', resolveGap: { __typename?: 'GapPayload', gap: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, principals: Array<string>, resourceIds: Array<string>, tags: Array<string>, workloadId?: string | null, businessRequestId?: string | null, firstSeen?: string | null, lastSeen?: string | null, suggestedAction: Array<GapActionKind>, spendByPeriod: Array<{ __typename?: 'PeriodSpend', period: string, spend: string }>, valueAtStake?: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string } | null, history: Array<{ __typename?: 'GapHistoryEntry', at: string, state: GapState, kind: string, action?: GapActionKind | null, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }>, notifications: Array<{ __typename?: 'Notification', to: string, message: string, at: string, channel: string, status: string, rule: string, attempts: number, reason: string }> } } };

export type RecallDecisionMutationVariables = Exact<{
  input: RecallDecisionInput;
}>;


export type RecallDecisionMutation = { __typename?: 'Mutation', recallDecision: { __typename?: 'GapPayload', gap: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, principals: Array<string>, resourceIds: Array<string>, tags: Array<string>, workloadId?: string | null, businessRequestId?: string | null, firstSeen?: string | null, lastSeen?: string | null, suggestedAction: Array<GapActionKind>, spendByPeriod: Array<{ __typename?: 'PeriodSpend', period: string, spend: string }>, valueAtStake?: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string } | null, history: Array<{ __typename?: 'GapHistoryEntry', at: string, state: GapState, kind: string, action?: GapActionKind | null, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }>, notifications: Array<{ __typename?: 'Notification', to: string, message: string, at: string, channel: string, status: string, rule: string, attempts: number, reason: string }> } } };

export type GapDetailFieldsFragment = { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, principals: Array<string>, resourceIds: Array<string>, tags: Array<string>, workloadId?: string | null, businessRequestId?: string | null, firstSeen?: string | null, lastSeen?: string | null, suggestedAction: Array<GapActionKind>, spendByPeriod: Array<{ __typename?: 'PeriodSpend', period: string, spend: string }>, valueAtStake?: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string } | null, history: Array<{ __typename?: 'GapHistoryEntry', at: string, state: GapState, kind: string, action?: GapActionKind | null, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }>, notifications: Array<{ __typename?: 'Notification', to: string, message: string, at: string, channel: string, status: string, rule: string, attempts: number, reason: string }> };

export type GapDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GapDetailQuery = { __typename?: 'Query', gap?: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, principals: Array<string>, resourceIds: Array<string>, tags: Array<string>, workloadId?: string | null, businessRequestId?: string | null, firstSeen?: string | null, lastSeen?: string | null, suggestedAction: Array<GapActionKind>, spendByPeriod: Array<{ __typename?: 'PeriodSpend', period: string, spend: string }>, valueAtStake?: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string } | null, history: Array<{ __typename?: 'GapHistoryEntry', at: string, state: GapState, kind: string, action?: GapActionKind | null, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }>, notifications: Array<{ __typename?: 'Notification', to: string, message: string, at: string, channel: string, status: string, rule: string, attempts: number, reason: string }> } | null };

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


export type GapDetailChangedSubscription = { __typename?: 'Subscription', gapChanged: { __typename?: 'GapChange', kind: string, gap: { __typename?: 'Gap', id: string, scenario: GapScenario, state: GapState, revision: number, anchor: string, spend: string, accounts: Array<string>, regions: Array<string>, models: Array<string>, principals: Array<string>, resourceIds: Array<string>, tags: Array<string>, workloadId?: string | null, businessRequestId?: string | null, firstSeen?: string | null, lastSeen?: string | null, suggestedAction: Array<GapActionKind>, spendByPeriod: Array<{ __typename?: 'PeriodSpend', period: string, spend: string }>, valueAtStake?: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string } | null, history: Array<{ __typename?: 'GapHistoryEntry', at: string, state: GapState, kind: string, action?: GapActionKind | null, rationale?: string | null, actor: { __typename?: 'Identity', subject: string, name?: string | null } }>, notifications: Array<{ __typename?: 'Notification', to: string, message: string, at: string, channel: string, status: string, rule: string, attempts: number, reason: string }> } } };

export type GapsOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type GapsOverviewQuery = { __typename?: 'Query', valueOpportunity: { __typename?: 'ValueOpportunity', costSavingAnnual: string, revenueDrivingAnnual: string }, gapSummary: { __typename?: 'GapSummary', windowStart?: string | null, windowEnd?: string | null, totalGapSpend: string, unanchoredSpend: string, scenarios: Array<{ __typename?: 'ScenarioSummary', scenario: GapScenario, active: number, actioned: number, openSpend: string }> } };

export const GapDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"spendByPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"principals"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtStake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<GapDetailFieldsFragment, unknown>;
export const GapRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]} as unknown as DocumentNode<GapRowFieldsFragment, unknown>;
export const BusinessRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BusinessRequestFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gapId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const WorkloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"annualValue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"anchorType"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"releasedFrom"}}]}}]}}]} as unknown as DocumentNode<WorkloadFieldsFragment, unknown>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stream"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stream"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stream"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ResolveGapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveGap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveGapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveGap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"spendByPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"principals"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtStake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ResolveGapMutation, ResolveGapMutationVariables>;
export const RecallDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecallDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"spendByPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"principals"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtStake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RecallDecisionMutation, RecallDecisionMutationVariables>;
export const GapDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"spendByPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"principals"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtStake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<GapDetailQuery, GapDetailQueryVariables>;
export const ActionGapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActionGap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionGapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionGap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]} as unknown as DocumentNode<ActionGapMutation, ActionGapMutationVariables>;
export const GapNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]} as unknown as DocumentNode<GapNowQuery, GapNowQueryVariables>;
export const CategoryGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoryGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GapFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GapOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapRowFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]} as unknown as DocumentNode<CategoryGapsQuery, CategoryGapsQueryVariables>;
export const WorkloadChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkloadChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productOwner"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkloadChoicesQuery, WorkloadChoicesQueryVariables>;
export const GapChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GapChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gapChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]} as unknown as DocumentNode<GapChangedSubscription, GapChangedSubscriptionVariables>;
export const ValueOpportunityChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ValueOpportunityChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueOpportunityChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}}]}}]} as unknown as DocumentNode<ValueOpportunityChangedSubscription, ValueOpportunityChangedSubscriptionVariables>;
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
export const GapDetailChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GapDetailChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gapChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}},{"kind":"Field","name":{"kind":"Name","value":"spendByPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"spend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"principals"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"businessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAction"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtStake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<GapDetailChangedSubscription, GapDetailChangedSubscriptionVariables>;
export const GapsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapsOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueOpportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSavingAnnual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueDrivingAnnual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"totalGapSpend"}},{"kind":"Field","name":{"kind":"Name","value":"unanchoredSpend"}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"actioned"}},{"kind":"Field","name":{"kind":"Name","value":"openSpend"}}]}}]}}]}}]} as unknown as DocumentNode<GapsOverviewQuery, GapsOverviewQueryVariables>;