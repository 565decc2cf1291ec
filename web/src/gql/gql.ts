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
    "\n  query Me {\n    me {\n      subject\n      name\n      email\n      roles\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ResolveGap($input: ResolveGapInput!) {\n    resolveGap(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": typeof types.ResolveGapDocument,
    "\n  mutation RecallDecision($input: RecallDecisionInput!) {\n    recallDecision(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": typeof types.RecallDecisionDocument,
    "\n  fragment GapDetailFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    spendByPeriod {\n      period\n      spend\n    }\n    accounts\n    regions\n    models\n    principals\n    resourceIds\n    tags\n    workloadId\n    businessRequestId\n    firstSeen\n    lastSeen\n    suggestedAction\n    valueAtStake {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    history {\n      at\n      state\n      kind\n      action\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n    notifications {\n      to\n      message\n      at\n    }\n  }\n": typeof types.GapDetailFieldsFragmentDoc,
    "\n  query GapDetail($id: ID!) {\n    gap(id: $id) {\n      ...GapDetailFields\n    }\n  }\n": typeof types.GapDetailDocument,
    "\n  query BudgetPeriods {\n    ingests(first: 100) {\n      edges {\n        node {\n          id\n          periods\n        }\n      }\n    }\n  }\n": typeof types.BudgetPeriodsDocument,
    "\n  query BudgetAllocation($period: String!) {\n    budgetAllocation(period: $period) {\n      budget\n      period\n      before\n      after\n      delta\n    }\n  }\n": typeof types.BudgetAllocationDocument,
    "\n  subscription GapDetailChanged {\n    gapChanged {\n      kind\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": typeof types.GapDetailChangedDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      subject\n      name\n      email\n      roles\n    }\n  }\n": types.MeDocument,
    "\n  mutation ResolveGap($input: ResolveGapInput!) {\n    resolveGap(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": types.ResolveGapDocument,
    "\n  mutation RecallDecision($input: RecallDecisionInput!) {\n    recallDecision(input: $input) {\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": types.RecallDecisionDocument,
    "\n  fragment GapDetailFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    spendByPeriod {\n      period\n      spend\n    }\n    accounts\n    regions\n    models\n    principals\n    resourceIds\n    tags\n    workloadId\n    businessRequestId\n    firstSeen\n    lastSeen\n    suggestedAction\n    valueAtStake {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    history {\n      at\n      state\n      kind\n      action\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n    notifications {\n      to\n      message\n      at\n    }\n  }\n": types.GapDetailFieldsFragmentDoc,
    "\n  query GapDetail($id: ID!) {\n    gap(id: $id) {\n      ...GapDetailFields\n    }\n  }\n": types.GapDetailDocument,
    "\n  query BudgetPeriods {\n    ingests(first: 100) {\n      edges {\n        node {\n          id\n          periods\n        }\n      }\n    }\n  }\n": types.BudgetPeriodsDocument,
    "\n  query BudgetAllocation($period: String!) {\n    budgetAllocation(period: $period) {\n      budget\n      period\n      before\n      after\n      delta\n    }\n  }\n": types.BudgetAllocationDocument,
    "\n  subscription GapDetailChanged {\n    gapChanged {\n      kind\n      gap {\n        ...GapDetailFields\n      }\n    }\n  }\n": types.GapDetailChangedDocument,
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
export function graphql(source: "\n  fragment GapDetailFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    spendByPeriod {\n      period\n      spend\n    }\n    accounts\n    regions\n    models\n    principals\n    resourceIds\n    tags\n    workloadId\n    businessRequestId\n    firstSeen\n    lastSeen\n    suggestedAction\n    valueAtStake {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    history {\n      at\n      state\n      kind\n      action\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n    notifications {\n      to\n      message\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment GapDetailFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    spendByPeriod {\n      period\n      spend\n    }\n    accounts\n    regions\n    models\n    principals\n    resourceIds\n    tags\n    workloadId\n    businessRequestId\n    firstSeen\n    lastSeen\n    suggestedAction\n    valueAtStake {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    history {\n      at\n      state\n      kind\n      action\n      rationale\n      actor {\n        subject\n        name\n      }\n    }\n    notifications {\n      to\n      message\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapDetail($id: ID!) {\n    gap(id: $id) {\n      ...GapDetailFields\n    }\n  }\n"): (typeof documents)["\n  query GapDetail($id: ID!) {\n    gap(id: $id) {\n      ...GapDetailFields\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;