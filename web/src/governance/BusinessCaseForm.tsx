import { useState } from 'react';
import { useMutation } from 'urql';
import { Money } from '../components/Money';
import { graphql } from '../gql';
import type { ValueCategory } from '../gql/graphql';
import { DecisionForm } from './DecisionForm';
import { annualValueProblem, BusinessCaseFields, emptyBusinessCase } from '../components/BusinessCaseFields';

const DeclareBusinessCase = graphql(`
  mutation DeclareBusinessCase($input: DeclareBusinessCaseInput!) {
    declareBusinessCase(input: $input) {
      businessCase {
        category
        annualValue
        description
      }
    }
  }
`);

/** Declares the intended annual value of a workload or a business request. */
export function BusinessCaseForm({ target, onDone, onCancel }: {
  target: { workloadId: string } | { businessRequestId: string };
  onDone: () => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(emptyBusinessCase);
  const [, declare] = useMutation(DeclareBusinessCase);
  return (
    <DecisionForm
      action="Declare business case"
      rationale="none"
      validate={() => annualValueProblem(draft.annualValue)}
      submit={() =>
        declare({
          input: {
            ...target,
            businessCase: {
              category: draft.category,
              annualValue: draft.annualValue.trim(),
              description: draft.description.trim() || null,
            },
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <BusinessCaseFields value={draft} onChange={setDraft} />
    </DecisionForm>
  );
}

/** A declared business case in one line: its category, intended annual value and description. */
export function BusinessCaseSummary({ businessCase: bc }: {
  businessCase?: { category: ValueCategory; annualValue: string; description?: string | null } | null;
}) {
  return (
    <p>
      Business case:{' '}
      {bc ? (
        <>
          {bc.category === 'COST_SAVING' ? 'Cost saving' : 'Revenue driving'} <Money amount={bc.annualValue} /> per
          year{bc.description ? ` (${bc.description})` : ''}
        </>
      ) : (
        'none declared'
      )}
    </p>
  );
}
