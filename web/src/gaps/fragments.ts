import { graphql } from '../gql';

// What a row shows and what its action form needs. The live subscription
// selects the same fields, so a change rewrites the row in the cache whole.
export const GapRowFields = graphql(`
  fragment GapRowFields on Gap {
    id
    scenario
    state
    revision
    anchor
    spend
    accounts
    regions
    models
    suggestedAction
    workloadId
    lastSeen
  }
`);
