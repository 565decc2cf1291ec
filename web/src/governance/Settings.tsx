import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../api/errors';
import { useCan } from '../auth/identity';
import { graphql } from '../gql';
import type { SettingsQuery as SettingsResult } from '../gql/graphql';
import { DecisionForm, OpenableAction } from './DecisionForm';
import { TextArea, TextField } from './fields';

const SettingsQuery = graphql(`
  query Settings {
    settings {
      broadRolePatterns
      dedicatedRolePattern
      windowDays
    }
  }
`);

const UpdateSettings = graphql(`
  mutation UpdateSettings($input: SettingsInput!) {
    updateSettings(input: $input) {
      broadRolePatterns
      dedicatedRolePattern
      windowDays
    }
  }
`);

type DetectionSettings = SettingsResult['settings'];

/** How the detector tells broad from dedicated roles, and its window. */
export function Settings() {
  const mayUpdate = useCan('updateSettings');
  const [{ data, error }, refetch] = useQuery({ query: SettingsQuery });
  if (error) return <p role="alert">Settings could not be loaded: {errorText(error)}</p>;
  if (!data) return <p className="loading">Loading settings…</p>;
  const s = data.settings;
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Detection settings</h2>
      <dl className="facts">
        <div>
          <dt>Broad role patterns</dt>
          <dd>
            <ul>
              {s.broadRolePatterns.map((p) => (
                <li key={p}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Dedicated role pattern</dt>
          <dd>
            <code>{s.dedicatedRolePattern}</code>
          </dd>
        </div>
        <div>
          <dt>Detection window</dt>
          <dd>{s.windowDays} days</dd>
        </div>
      </dl>
      {mayUpdate && (
        <OpenableAction action="Update settings">
          {(close) => (
            <SettingsForm
              current={s}
              onDone={() => {
                close();
                refetch({ requestPolicy: 'network-only' });
              }}
              onCancel={close}
            />
          )}
        </OpenableAction>
      )}
    </section>
  );
}

function SettingsForm({ current, onDone, onCancel }: {
  current: DetectionSettings;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [patterns, setPatterns] = useState(current.broadRolePatterns.join('\n'));
  const [dedicated, setDedicated] = useState(current.dedicatedRolePattern);
  const [days, setDays] = useState(String(current.windowDays));
  const [, update] = useMutation(UpdateSettings);
  const patternList = () => patterns.split('\n').map((p) => p.trim()).filter(Boolean);
  return (
    <DecisionForm
      action="Save settings"
      rationale="none"
      validate={() => {
        if (patternList().length === 0) return 'Broad role patterns: give at least one pattern.';
        if (!/^\d+$/.test(days.trim()) || Number(days) < 1) return `Window: "${days}" is not a whole number of days.`;
        return null;
      }}
      submit={() =>
        update({
          input: { broadRolePatterns: patternList(), dedicatedRolePattern: dedicated.trim(), windowDays: Number(days) },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <TextArea label="Broad role patterns (one per line)" value={patterns} onChange={setPatterns} />
      <TextField label="Dedicated role pattern" value={dedicated} onChange={setDedicated} />
      <TextField label="Detection window (days)" type="number" value={days} onChange={setDays} />
    </DecisionForm>
  );
}
