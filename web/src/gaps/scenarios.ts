import type { GapActionKind, GapScenario, GapState } from '../gql/graphql';

export interface ScenarioText {
  name: string;
  /** The cause, in one line. */
  cause: string;
  /** What a FinOps Lead does about it. */
  action: string;
  /** The rule that fires, as the detector applies it. */
  detection: string;
}

// What each of the six categories means to a person; the order is the one the view shows.
export const SCENARIOS: Record<GapScenario, ScenarioText> = {
  ROLE_RECOMMENDATION: {
    name: 'Broad role calling models',
    cause: 'An administrator or power-user role calls AI models, so the spend has no owner.',
    action: 'Recommend a dedicated finops-ai-* role for the workload (a Cloud Engineer task).',
    detection: 'The calling principal matches a broad-role pattern in Settings.',
  },
  NOT_BUSINESS_APPROVED: {
    name: 'Model not business-approved',
    cause: 'A model is used that no approved Business Request covers.',
    action: 'Approve the model with a business case, or block it.',
    detection: 'An unclaimed principal calls a model with no Approved Business Request.',
  },
  OUT_OF_APPROVED_SCOPE: {
    name: 'Outside approved scope',
    cause: 'An approved model runs in an account and region its approval does not cover.',
    action: 'Add the account × region to the approval, or flag the workload for a move.',
    detection: 'An Approved Business Request exists for the model, but not for this account × region.',
  },
  UNCLAIMED_AI_ALLOCATION: {
    name: 'Unclaimed AI allocation',
    cause: 'A dedicated AI role or a Claude workspace has spend that no workload claims.',
    action: 'Notify the product owner to claim it.',
    detection: 'A finops-ai-* role or Claude Platform workspace has spend and no active claim.',
  },
  RESOURCE_ALLOCATION: {
    name: 'Unclaimed resource',
    cause: 'A guardrail incurs spend without any workload claiming it.',
    action: 'Claim the resource for the workload it serves.',
    detection: 'ApplyGuardrail usage on a guardrail ARN that no workload claims.',
  },
  UNBACKED_AI_WORKLOAD: {
    name: 'Workload without business case',
    cause: 'A workload spends, or plans to, with no declared business value.',
    action: 'Request a business case from its product owner.',
    detection: 'A workload with claimed spend or an estimate has no business case, nor has its Business Request.',
  },
};

export const SCENARIO_ORDER = Object.keys(SCENARIOS) as GapScenario[];

/** Button text of each action, in words (issue #11). */
export const ACTION_LABELS: Record<GapActionKind, string> = {
  ADD_SCOPE: 'Add scope',
  APPROVE_MODEL: 'Approve',
  BLOCK_MODEL: 'Block',
  CLAIM_RESOURCE: 'Claim',
  NOTIFY_PRODUCT_OWNER: 'Notify product owner',
  REQUEST_BUSINESS_CASE: 'Request business case',
  RECOMMEND_DEDICATED_ROLE: 'Recommend dedicated role',
  FLAG_FOR_MOVE: 'Flag for move',
};

export const STATE_LABELS: Record<GapState, string> = {
  ACTIVE: 'Active',
  ACTIONED: 'Actioned',
  RESOLVED: 'Resolved',
  RECALLED: 'Recalled',
};

/** A Lead may action a gap only in these states (the server's lifecycle rule). */
export const ACTIONABLE_STATES: readonly GapState[] = ['ACTIVE', 'RECALLED'];
