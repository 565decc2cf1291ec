/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditEvents($stream: String, $types: [String!], $after: String, $first: Int) {\n    events(stream: $stream, types: $types, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          position\n          stream\n          type\n          recordedAt\n          data\n          metadata\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query Me {\n    me {\n      subject\n      name\n      email\n      roles\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ResolveGap($input: ResolveGapInput!) {\n    resolveGap(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": typeof types.ResolveGapDocument,
    "\n  mutation RecallDecision($input: RecallDecisionInput!) {\n    recallDecision(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": typeof types.RecallDecisionDocument,
    "\n  fragment GapDetailFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    spendByPeriod {\n      period\n      spend\n    }\n    accounts\n    regions\n    models\n    principals\n    resourceIds\n    tags\n    workloadId\n    businessRequestId\n    firstSeen\n    lastSeen\n    suggestedAction\n    valueAtStake {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    history {\n      at\n      state\n      kind\n      action\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n    notifications {\n      to\n      message\n      at\n      channel\n      status\n      rule\n      attempts\n      reason\n    }\n  }\n": typeof types.GapDetailFieldsFragmentDoc,
    "\n  query GapDetail($id: ID!) {\n    gap(id: $id) {\n      ...GapDetailFields\n    }\n  }\n": typeof types.GapDetailDocument,
    "\n  mutation ActionGap($input: ActionGapInput!) {\n    actionGap(input: $input) {\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n": typeof types.ActionGapDocument,
    "\n  query GapNow($id: ID!) {\n    gap(id: $id) {\n      ...GapRowFields\n      history {\n        at\n        state\n        kind\n        action\n        rationale\n        actor {\n          subject\n          name\n        }\n      }\n    }\n  }\n": typeof types.GapNowDocument,
    "\n  query CategoryGaps($filter: GapFilter!, $orderBy: GapOrder, $first: Int!, $after: String) {\n    allocationGaps(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...GapRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CategoryGapsDocument,
    "\n  query WorkloadChoices {\n    workloads(first: 100) {\n      edges {\n        node {\n          id\n          name\n          productOwner\n        }\n      }\n    }\n  }\n": typeof types.WorkloadChoicesDocument,
    "\n  fragment GapRowFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    accounts\n    regions\n    models\n    suggestedAction\n    workloadId\n    lastSeen\n  }\n": typeof types.GapRowFieldsFragmentDoc,
    "\n  subscription GapChanged {\n    gapChanged {\n      kind\n      at\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n": typeof types.GapChangedDocument,
    "\n  subscription ValueOpportunityChanged {\n    valueOpportunityChanged {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n  }\n": typeof types.ValueOpportunityChangedDocument,
    "\n  query AccountBudgets($accountId: String!) {\n    accountBudgets(accountId: $accountId) {\n      budget\n      share\n    }\n  }\n": typeof types.AccountBudgetsDocument,
    "\n  mutation SetAccountBudgets($input: SetAccountBudgetsInput!) {\n    setAccountBudgets(input: $input) {\n      accountId\n      budgets {\n        budget\n        share\n      }\n    }\n  }\n": typeof types.SetAccountBudgetsDocument,
    "\n  mutation DeclareBusinessCase($input: DeclareBusinessCaseInput!) {\n    declareBusinessCase(input: $input) {\n      businessCase {\n        category\n        annualValue\n        description\n      }\n    }\n  }\n": typeof types.DeclareBusinessCaseDocument,
    "\n  fragment BusinessRequestFields on BusinessRequest {\n    id\n    revision\n    model\n    requester {\n      subject\n      name\n    }\n    productOwner\n    status\n    scope {\n      accountId\n      region\n    }\n    businessCase {\n      category\n      annualValue\n      description\n    }\n    history {\n      at\n      kind\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n  }\n": typeof types.BusinessRequestFieldsFragmentDoc,
    "\n  query BusinessRequestsPage($first: Int!, $after: String) {\n    businessRequests(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...BusinessRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BusinessRequestsPageDocument,
    "\n  query BusinessRequest($id: ID!) {\n    businessRequest(id: $id) {\n      ...BusinessRequestFields\n    }\n  }\n": typeof types.BusinessRequestDocument,
    "\n  mutation SubmitBusinessRequest($input: SubmitBusinessRequestInput!) {\n    submitBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n": typeof types.SubmitBusinessRequestDocument,
    "\n  mutation ApproveBusinessRequest($input: DecideInput!) {\n    approveBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n": typeof types.ApproveBusinessRequestDocument,
    "\n  mutation RejectBusinessRequest($input: DecideInput!) {\n    rejectBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n": typeof types.RejectBusinessRequestDocument,
    "\n  mutation WithdrawBusinessRequest($input: DecideInput!) {\n    withdrawBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n": typeof types.WithdrawBusinessRequestDocument,
    "\n  mutation AddApprovalScope($input: AddApprovalScopeInput!) {\n    addApprovalScope(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n": typeof types.AddApprovalScopeDocument,
    "\n  query Settings {\n    settings {\n      broadRolePatterns\n      dedicatedRolePattern\n      windowDays\n    }\n  }\n": typeof types.SettingsDocument,
    "\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      broadRolePatterns\n      dedicatedRolePattern\n      windowDays\n    }\n  }\n": typeof types.UpdateSettingsDocument,
    "\n  fragment TaskFields on Task {\n    id\n    kind\n    target\n    status\n    gapId\n    createdAt\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  query TasksPage($first: Int!, $after: String) {\n    tasks(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TasksPageDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  fragment WorkloadFields on Workload {\n    id\n    revision\n    name\n    productOwner\n    budget\n    monthlyEstimate\n    businessRequestId\n    businessCase {\n      category\n      annualValue\n      description\n    }\n    claims {\n      id\n      anchorType\n      anchor\n      claimedBy {\n        subject\n        name\n      }\n      claimedAt\n      effectiveFrom\n      releasedFrom\n    }\n  }\n": typeof types.WorkloadFieldsFragmentDoc,
    "\n  query WorkloadsPage($first: Int!, $after: String) {\n    workloads(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WorkloadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WorkloadsPageDocument,
    "\n  mutation RegisterWorkload($input: RegisterWorkloadInput!) {\n    registerWorkload(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n": typeof types.RegisterWorkloadDocument,
    "\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n": typeof types.ClaimResourceDocument,
    "\n  mutation ReleaseClaim($input: ReleaseClaimInput!) {\n    releaseClaim(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n": typeof types.ReleaseClaimDocument,
    "\n  query BudgetPeriods {\n    ingests(first: 100) {\n      edges {\n        node {\n          id\n          periods\n        }\n      }\n    }\n  }\n": typeof types.BudgetPeriodsDocument,
    "\n  query BudgetAllocation($period: String!) {\n    budgetAllocation(period: $period) {\n      budget\n      period\n      before\n      after\n      delta\n    }\n  }\n": typeof types.BudgetAllocationDocument,
    "\n  subscription GapDetailChanged {\n    gapChanged {\n      kind\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": typeof types.GapDetailChangedDocument,
    "\n  query GapsOverview {\n    valueOpportunity {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    gapSummary {\n      windowStart\n      windowEnd\n      totalGapSpend\n      unanchoredSpend\n      scenarios {\n        scenario\n        active\n        actioned\n        openSpend\n      }\n    }\n  }\n": typeof types.GapsOverviewDocument,
};
const documents: Documents = {
    "\n  query AuditEvents($stream: String, $types: [String!], $after: String, $first: Int) {\n    events(stream: $stream, types: $types, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          position\n          stream\n          type\n          recordedAt\n          data\n          metadata\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query Me {\n    me {\n      subject\n      name\n      email\n      roles\n    }\n  }\n": types.MeDocument,
    "\n  mutation ResolveGap($input: ResolveGapInput!) {\n    resolveGap(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": types.ResolveGapDocument,
    "\n  mutation RecallDecision($input: RecallDecisionInput!) {\n    recallDecision(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": types.RecallDecisionDocument,
    "\n  fragment GapDetailFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    spendByPeriod {\n      period\n      spend\n    }\n    accounts\n    regions\n    models\n    principals\n    resourceIds\n    tags\n    workloadId\n    businessRequestId\n    firstSeen\n    lastSeen\n    suggestedAction\n    valueAtStake {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    history {\n      at\n      state\n      kind\n      action\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n    notifications {\n      to\n      message\n      at\n      channel\n      status\n      rule\n      attempts\n      reason\n    }\n  }\n": types.GapDetailFieldsFragmentDoc,
    "\n  query GapDetail($id: ID!) {\n    gap(id: $id) {\n      ...GapDetailFields\n    }\n  }\n": types.GapDetailDocument,
    "\n  mutation ActionGap($input: ActionGapInput!) {\n    actionGap(input: $input) {\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n": types.ActionGapDocument,
    "\n  query GapNow($id: ID!) {\n    gap(id: $id) {\n      ...GapRowFields\n      history {\n        at\n        state\n        kind\n        action\n        rationale\n        actor {\n          subject\n          name\n        }\n      }\n    }\n  }\n": types.GapNowDocument,
    "\n  query CategoryGaps($filter: GapFilter!, $orderBy: GapOrder, $first: Int!, $after: String) {\n    allocationGaps(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...GapRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CategoryGapsDocument,
    "\n  query WorkloadChoices {\n    workloads(first: 100) {\n      edges {\n        node {\n          id\n          name\n          productOwner\n        }\n      }\n    }\n  }\n": types.WorkloadChoicesDocument,
    "\n  fragment GapRowFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    accounts\n    regions\n    models\n    suggestedAction\n    workloadId\n    lastSeen\n  }\n": types.GapRowFieldsFragmentDoc,
    "\n  subscription GapChanged {\n    gapChanged {\n      kind\n      at\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n": types.GapChangedDocument,
    "\n  subscription ValueOpportunityChanged {\n    valueOpportunityChanged {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n  }\n": types.ValueOpportunityChangedDocument,
    "\n  query AccountBudgets($accountId: String!) {\n    accountBudgets(accountId: $accountId) {\n      budget\n      share\n    }\n  }\n": types.AccountBudgetsDocument,
    "\n  mutation SetAccountBudgets($input: SetAccountBudgetsInput!) {\n    setAccountBudgets(input: $input) {\n      accountId\n      budgets {\n        budget\n        share\n      }\n    }\n  }\n": types.SetAccountBudgetsDocument,
    "\n  mutation DeclareBusinessCase($input: DeclareBusinessCaseInput!) {\n    declareBusinessCase(input: $input) {\n      businessCase {\n        category\n        annualValue\n        description\n      }\n    }\n  }\n": types.DeclareBusinessCaseDocument,
    "\n  fragment BusinessRequestFields on BusinessRequest {\n    id\n    revision\n    model\n    requester {\n      subject\n      name\n    }\n    productOwner\n    status\n    scope {\n      accountId\n      region\n    }\n    businessCase {\n      category\n      annualValue\n      description\n    }\n    history {\n      at\n      kind\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n  }\n": types.BusinessRequestFieldsFragmentDoc,
    "\n  query BusinessRequestsPage($first: Int!, $after: String) {\n    businessRequests(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...BusinessRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BusinessRequestsPageDocument,
    "\n  query BusinessRequest($id: ID!) {\n    businessRequest(id: $id) {\n      ...BusinessRequestFields\n    }\n  }\n": types.BusinessRequestDocument,
    "\n  mutation SubmitBusinessRequest($input: SubmitBusinessRequestInput!) {\n    submitBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n": types.SubmitBusinessRequestDocument,
    "\n  mutation ApproveBusinessRequest($input: DecideInput!) {\n    approveBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n": types.ApproveBusinessRequestDocument,
    "\n  mutation RejectBusinessRequest($input: DecideInput!) {\n    rejectBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n": types.RejectBusinessRequestDocument,
    "\n  mutation WithdrawBusinessRequest($input: DecideInput!) {\n    withdrawBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n": types.WithdrawBusinessRequestDocument,
    "\n  mutation AddApprovalScope($input: AddApprovalScopeInput!) {\n    addApprovalScope(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n": types.AddApprovalScopeDocument,
    "\n  query Settings {\n    settings {\n      broadRolePatterns\n      dedicatedRolePattern\n      windowDays\n    }\n  }\n": types.SettingsDocument,
    "\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      broadRolePatterns\n      dedicatedRolePattern\n      windowDays\n    }\n  }\n": types.UpdateSettingsDocument,
    "\n  fragment TaskFields on Task {\n    id\n    kind\n    target\n    status\n    gapId\n    createdAt\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  query TasksPage($first: Int!, $after: String) {\n    tasks(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TasksPageDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  fragment WorkloadFields on Workload {\n    id\n    revision\n    name\n    productOwner\n    budget\n    monthlyEstimate\n    businessRequestId\n    businessCase {\n      category\n      annualValue\n      description\n    }\n    claims {\n      id\n      anchorType\n      anchor\n      claimedBy {\n        subject\n        name\n      }\n      claimedAt\n      effectiveFrom\n      releasedFrom\n    }\n  }\n": types.WorkloadFieldsFragmentDoc,
    "\n  query WorkloadsPage($first: Int!, $after: String) {\n    workloads(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WorkloadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WorkloadsPageDocument,
    "\n  mutation RegisterWorkload($input: RegisterWorkloadInput!) {\n    registerWorkload(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n": types.RegisterWorkloadDocument,
    "\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n": types.ClaimResourceDocument,
    "\n  mutation ReleaseClaim($input: ReleaseClaimInput!) {\n    releaseClaim(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n": types.ReleaseClaimDocument,
    "\n  query BudgetPeriods {\n    ingests(first: 100) {\n      edges {\n        node {\n          id\n          periods\n        }\n      }\n    }\n  }\n": types.BudgetPeriodsDocument,
    "\n  query BudgetAllocation($period: String!) {\n    budgetAllocation(period: $period) {\n      budget\n      period\n      before\n      after\n      delta\n    }\n  }\n": types.BudgetAllocationDocument,
    "\n  subscription GapDetailChanged {\n    gapChanged {\n      kind\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": types.GapDetailChangedDocument,
    "\n  query GapsOverview {\n    valueOpportunity {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    gapSummary {\n      windowStart\n      windowEnd\n      totalGapSpend\n      unanchoredSpend\n      scenarios {\n        scenario\n        active\n        actioned\n        openSpend\n      }\n    }\n  }\n": types.GapsOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($stream: String, $types: [String!], $after: String, $first: Int) {\n    events(stream: $stream, types: $types, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          position\n          stream\n          type\n          recordedAt\n          data\n          metadata\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($stream: String, $types: [String!], $after: String, $first: Int) {\n    events(stream: $stream, types: $types, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          position\n          stream\n          type\n          recordedAt\n          data\n          metadata\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      subject\n      name\n      email\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      subject\n      name\n      email\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveGap($input: ResolveGapInput!) {\n    resolveGap(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveGap($input: ResolveGapInput!) {\n    resolveGap(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallDecision($input: RecallDecisionInput!) {\n    recallDecision(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecallDecision($input: RecallDecisionInput!) {\n    recallDecision(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapDetailFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    spendByPeriod {\n      period\n      spend\n    }\n    accounts\n    regions\n    models\n    principals\n    resourceIds\n    tags\n    workloadId\n    businessRequestId\n    firstSeen\n    lastSeen\n    suggestedAction\n    valueAtStake {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    history {\n      at\n      state\n      kind\n      action\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n    notifications {\n      to\n      message\n      at\n      channel\n      status\n      rule\n      attempts\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment GapDetailFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    spendByPeriod {\n      period\n      spend\n    }\n    accounts\n    regions\n    models\n    principals\n    resourceIds\n    tags\n    workloadId\n    businessRequestId\n    firstSeen\n    lastSeen\n    suggestedAction\n    valueAtStake {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    history {\n      at\n      state\n      kind\n      action\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n    notifications {\n      to\n      message\n      at\n      channel\n      status\n      rule\n      attempts\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapDetail($id: ID!) {\n    gap(id: $id) {\n      ...GapDetailFields\n    }\n  }\n"): (typeof documents)["\n  query GapDetail($id: ID!) {\n    gap(id: $id) {\n      ...GapDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActionGap($input: ActionGapInput!) {\n    actionGap(input: $input) {\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActionGap($input: ActionGapInput!) {\n    actionGap(input: $input) {\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapNow($id: ID!) {\n    gap(id: $id) {\n      ...GapRowFields\n      history {\n        at\n        state\n        kind\n        action\n        rationale\n        actor {\n          subject\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapNow($id: ID!) {\n    gap(id: $id) {\n      ...GapRowFields\n      history {\n        at\n        state\n        kind\n        action\n        rationale\n        actor {\n          subject\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryGaps($filter: GapFilter!, $orderBy: GapOrder, $first: Int!, $after: String) {\n    allocationGaps(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...GapRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CategoryGaps($filter: GapFilter!, $orderBy: GapOrder, $first: Int!, $after: String) {\n    allocationGaps(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...GapRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkloadChoices {\n    workloads(first: 100) {\n      edges {\n        node {\n          id\n          name\n          productOwner\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkloadChoices {\n    workloads(first: 100) {\n      edges {\n        node {\n          id\n          name\n          productOwner\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapRowFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    accounts\n    regions\n    models\n    suggestedAction\n    workloadId\n    lastSeen\n  }\n"): (typeof documents)["\n  fragment GapRowFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    accounts\n    regions\n    models\n    suggestedAction\n    workloadId\n    lastSeen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GapChanged {\n    gapChanged {\n      kind\n      at\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription GapChanged {\n    gapChanged {\n      kind\n      at\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ValueOpportunityChanged {\n    valueOpportunityChanged {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n  }\n"): (typeof documents)["\n  subscription ValueOpportunityChanged {\n    valueOpportunityChanged {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountBudgets($accountId: String!) {\n    accountBudgets(accountId: $accountId) {\n      budget\n      share\n    }\n  }\n"): (typeof documents)["\n  query AccountBudgets($accountId: String!) {\n    accountBudgets(accountId: $accountId) {\n      budget\n      share\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountBudgets($input: SetAccountBudgetsInput!) {\n    setAccountBudgets(input: $input) {\n      accountId\n      budgets {\n        budget\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountBudgets($input: SetAccountBudgetsInput!) {\n    setAccountBudgets(input: $input) {\n      accountId\n      budgets {\n        budget\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareBusinessCase($input: DeclareBusinessCaseInput!) {\n    declareBusinessCase(input: $input) {\n      businessCase {\n        category\n        annualValue\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareBusinessCase($input: DeclareBusinessCaseInput!) {\n    declareBusinessCase(input: $input) {\n      businessCase {\n        category\n        annualValue\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessRequestFields on BusinessRequest {\n    id\n    revision\n    model\n    requester {\n      subject\n      name\n    }\n    productOwner\n    status\n    scope {\n      accountId\n      region\n    }\n    businessCase {\n      category\n      annualValue\n      description\n    }\n    history {\n      at\n      kind\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BusinessRequestFields on BusinessRequest {\n    id\n    revision\n    model\n    requester {\n      subject\n      name\n    }\n    productOwner\n    status\n    scope {\n      accountId\n      region\n    }\n    businessCase {\n      category\n      annualValue\n      description\n    }\n    history {\n      at\n      kind\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessRequestsPage($first: Int!, $after: String) {\n    businessRequests(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...BusinessRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BusinessRequestsPage($first: Int!, $after: String) {\n    businessRequests(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...BusinessRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessRequest($id: ID!) {\n    businessRequest(id: $id) {\n      ...BusinessRequestFields\n    }\n  }\n"): (typeof documents)["\n  query BusinessRequest($id: ID!) {\n    businessRequest(id: $id) {\n      ...BusinessRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBusinessRequest($input: SubmitBusinessRequestInput!) {\n    submitBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitBusinessRequest($input: SubmitBusinessRequestInput!) {\n    submitBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveBusinessRequest($input: DecideInput!) {\n    approveBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveBusinessRequest($input: DecideInput!) {\n    approveBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectBusinessRequest($input: DecideInput!) {\n    rejectBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectBusinessRequest($input: DecideInput!) {\n    rejectBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawBusinessRequest($input: DecideInput!) {\n    withdrawBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawBusinessRequest($input: DecideInput!) {\n    withdrawBusinessRequest(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddApprovalScope($input: AddApprovalScopeInput!) {\n    addApprovalScope(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddApprovalScope($input: AddApprovalScopeInput!) {\n    addApprovalScope(input: $input) {\n      businessRequest {\n        ...BusinessRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Settings {\n    settings {\n      broadRolePatterns\n      dedicatedRolePattern\n      windowDays\n    }\n  }\n"): (typeof documents)["\n  query Settings {\n    settings {\n      broadRolePatterns\n      dedicatedRolePattern\n      windowDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      broadRolePatterns\n      dedicatedRolePattern\n      windowDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      broadRolePatterns\n      dedicatedRolePattern\n      windowDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id\n    kind\n    target\n    status\n    gapId\n    createdAt\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id\n    kind\n    target\n    status\n    gapId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksPage($first: Int!, $after: String) {\n    tasks(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TasksPage($first: Int!, $after: String) {\n    tasks(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkloadFields on Workload {\n    id\n    revision\n    name\n    productOwner\n    budget\n    monthlyEstimate\n    businessRequestId\n    businessCase {\n      category\n      annualValue\n      description\n    }\n    claims {\n      id\n      anchorType\n      anchor\n      claimedBy {\n        subject\n        name\n      }\n      claimedAt\n      effectiveFrom\n      releasedFrom\n    }\n  }\n"): (typeof documents)["\n  fragment WorkloadFields on Workload {\n    id\n    revision\n    name\n    productOwner\n    budget\n    monthlyEstimate\n    businessRequestId\n    businessCase {\n      category\n      annualValue\n      description\n    }\n    claims {\n      id\n      anchorType\n      anchor\n      claimedBy {\n        subject\n        name\n      }\n      claimedAt\n      effectiveFrom\n      releasedFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkloadsPage($first: Int!, $after: String) {\n    workloads(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WorkloadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkloadsPage($first: Int!, $after: String) {\n    workloads(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WorkloadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWorkload($input: RegisterWorkloadInput!) {\n    registerWorkload(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterWorkload($input: RegisterWorkloadInput!) {\n    registerWorkload(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseClaim($input: ReleaseClaimInput!) {\n    releaseClaim(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseClaim($input: ReleaseClaimInput!) {\n    releaseClaim(input: $input) {\n      workload {\n        ...WorkloadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetPeriods {\n    ingests(first: 100) {\n      edges {\n        node {\n          id\n          periods\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BudgetPeriods {\n    ingests(first: 100) {\n      edges {\n        node {\n          id\n          periods\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetAllocation($period: String!) {\n    budgetAllocation(period: $period) {\n      budget\n      period\n      before\n      after\n      delta\n    }\n  }\n"): (typeof documents)["\n  query BudgetAllocation($period: String!) {\n    budgetAllocation(period: $period) {\n      budget\n      period\n      before\n      after\n      delta\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GapDetailChanged {\n    gapChanged {\n      kind\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription GapDetailChanged {\n    gapChanged {\n      kind\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsOverview {\n    valueOpportunity {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    gapSummary {\n      windowStart\n      windowEnd\n      totalGapSpend\n      unanchoredSpend\n      scenarios {\n        scenario\n        active\n        actioned\n        openSpend\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapsOverview {\n    valueOpportunity {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    gapSummary {\n      windowStart\n      windowEnd\n      totalGapSpend\n      unanchoredSpend\n      scenarios {\n        scenario\n        active\n        actioned\n        openSpend\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;