import type { GapRowFieldsFragment } from '../gql/graphql';

/** A gap as the server sends it to a row, with the typenames the cache needs. */
export function gapFixture(over: Partial<GapRowFieldsFragment> = {}): GapRowFieldsFragment & { __typename: 'Gap' } {
  return {
    __typename: 'Gap',
    id: 'gap-1',
    scenario: 'OUT_OF_APPROVED_SCOPE',
    state: 'ACTIVE',
    revision: 1,
    anchor: 'Claude4.6Sonnet|777788889999|eu-west-1',
    spend: '32.376',
    accounts: ['777788889999'],
    regions: ['eu-west-1'],
    models: ['Claude4.6Sonnet'],
    suggestedAction: ['ADD_SCOPE', 'FLAG_FOR_MOVE'],
    workloadId: null,
    lastSeen: '2026-11-30T00:00:00Z',
    ...over,
  };
}
