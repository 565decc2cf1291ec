// The event types the log holds, grouped as the domain records them
// (domain/events.go, domain/spend.go): the audit screen's type filter.
export const EVENT_TYPE_GROUPS: { label: string; types: string[] }[] = [
  {
    label: 'Gaps',
    types: [
      'GapOpened',
      'GapEvidenceChanged',
      'GapActionTaken',
      'GapMarkedResolved',
      'GapFindingCleared',
      'GapReopened',
      'GapDecisionRecalled',
      'DetectionSummaryChanged',
    ],
  },
  {
    label: 'Governance',
    types: [
      'BusinessRequestSubmitted',
      'BusinessRequestApproved',
      'BusinessRequestRejected',
      'BusinessRequestWithdrawn',
      'ApprovalScopeAdded',
      'BusinessCaseDeclared',
      'WorkloadRegistered',
      'ResourceClaimed',
      'ClaimReleased',
      'AccountBudgetsSet',
      'TaskCompleted',
      'SettingsUpdated',
    ],
  },
  { label: 'Spend', types: ['SpendFactsChunk', 'SpendPeriodReplaced', 'IngestCompleted'] },
];
