import { graphql } from '../gql';

// Everything the detail screen shows of a gap. The live subscription and the
// Resolve / Recall answers select the same fields, so graphcache refreshes
// the screen from whichever arrives.
export const GapDetailFields = graphql(`
  fragment GapDetailFields on Gap {
    id
    scenario
    state
    revision
    anchor
    spend
    spendByPeriod {
      period
      spend
    }
    accounts
    regions
    models
    principals
    resourceIds
    tags
    workloadId
    businessRequestId
    firstSeen
    lastSeen
    suggestedAction
    valueAtStake {
      costSavingAnnual
      revenueDrivingAnnual
    }
    history {
      at
      state
      kind
      action
      rationale
      actor {
        subject
        name
      }
    }
    notifications {
      to
      message
      at
      channel
      status
      rule
      attempts
      reason
    }
  }
`);

export const GapDetailQuery = graphql(`
  query GapDetail($id: ID!) {
    gap(id: $id) {
      ...GapDetailFields
    }
  }
`);
