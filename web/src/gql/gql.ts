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
    "\n  mutation ActionGap($input: ActionGapInput!) {\n    actionGap(input: $input) {\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n": typeof types.ActionGapDocument,
    "\n  query GapNow($id: ID!) {\n    gap(id: $id) {\n      ...GapRowFields\n      history {\n        at\n        state\n        kind\n        action\n        rationale\n        actor {\n          subject\n          name\n        }\n      }\n    }\n  }\n": typeof types.GapNowDocument,
    "\n  query CategoryGaps($filter: GapFilter!, $orderBy: GapOrder, $first: Int!, $after: String) {\n    allocationGaps(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...GapRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CategoryGapsDocument,
    "\n  query WorkloadChoices {\n    workloads(first: 100) {\n      edges {\n        node {\n          id\n          name\n          productOwner\n        }\n      }\n    }\n  }\n": typeof types.WorkloadChoicesDocument,
    "\n  fragment GapRowFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    accounts\n    regions\n    models\n    suggestedAction\n    workloadId\n    lastSeen\n  }\n": typeof types.GapRowFieldsFragmentDoc,
    "\n  subscription GapChanged {\n    gapChanged {\n      kind\n      at\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n": typeof types.GapChangedDocument,
    "\n  subscription ValueOpportunityChanged {\n    valueOpportunityChanged {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n  }\n": typeof types.ValueOpportunityChangedDocument,
    "\n  query GapsOverview {\n    valueOpportunity {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    gapSummary {\n      windowStart\n      windowEnd\n      totalGapSpend\n      unanchoredSpend\n      scenarios {\n        scenario\n        active\n        actioned\n        openSpend\n      }\n    }\n  }\n": typeof types.GapsOverviewDocument,
};
const documents: Documents = {
    "\n  query AuditEvents($stream: String, $types: [String!], $after: String, $first: Int) {\n    events(stream: $stream, types: $types, after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          position\n          stream\n          type\n          recordedAt\n          data\n          metadata\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query Me {\n    me {\n      subject\n      name\n      email\n      roles\n    }\n  }\n": types.MeDocument,
    "\n  mutation ActionGap($input: ActionGapInput!) {\n    actionGap(input: $input) {\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n": types.ActionGapDocument,
    "\n  query GapNow($id: ID!) {\n    gap(id: $id) {\n      ...GapRowFields\n      history {\n        at\n        state\n        kind\n        action\n        rationale\n        actor {\n          subject\n          name\n        }\n      }\n    }\n  }\n": types.GapNowDocument,
    "\n  query CategoryGaps($filter: GapFilter!, $orderBy: GapOrder, $first: Int!, $after: String) {\n    allocationGaps(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...GapRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CategoryGapsDocument,
    "\n  query WorkloadChoices {\n    workloads(first: 100) {\n      edges {\n        node {\n          id\n          name\n          productOwner\n        }\n      }\n    }\n  }\n": types.WorkloadChoicesDocument,
    "\n  fragment GapRowFields on Gap {\n    id\n    scenario\n    state\n    revision\n    anchor\n    spend\n    accounts\n    regions\n    models\n    suggestedAction\n    workloadId\n    lastSeen\n  }\n": types.GapRowFieldsFragmentDoc,
    "\n  subscription GapChanged {\n    gapChanged {\n      kind\n      at\n      gap {\n        ...GapRowFields\n      }\n    }\n  }\n": types.GapChangedDocument,
    "\n  subscription ValueOpportunityChanged {\n    valueOpportunityChanged {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n  }\n": types.ValueOpportunityChangedDocument,
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
export function graphql(source: "\n  query GapsOverview {\n    valueOpportunity {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    gapSummary {\n      windowStart\n      windowEnd\n      totalGapSpend\n      unanchoredSpend\n      scenarios {\n        scenario\n        active\n        actioned\n        openSpend\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapsOverview {\n    valueOpportunity {\n      costSavingAnnual\n      revenueDrivingAnnual\n    }\n    gapSummary {\n      windowStart\n      windowEnd\n      totalGapSpend\n      unanchoredSpend\n      scenarios {\n        scenario\n        active\n        actioned\n        openSpend\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;