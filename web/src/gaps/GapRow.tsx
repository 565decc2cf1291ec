import { useState } from 'react';
import { Link } from 'react-router';
import { Money } from '../components/Money';
import { readableAnchor } from '../format/anchor';
import type { GapActionKind, GapRowFieldsFragment } from '../gql/graphql';
import { ActionForm } from './ActionForm';
import { ACTION_LABELS, ACTIONABLE_STATES, STATE_LABELS } from './scenarios';

export const GAP_TABLE_COLUMNS = ['Gap', 'Accounts', 'Regions', 'Models', 'Window spend', 'State', 'Actions'];

/**
 * One gap: where its spend comes from, how much, its state, and (for people
 * who may decide) a button per suggested action that opens its form below.
 */
export function GapRow({ gap, canAct }: { gap: GapRowFieldsFragment; canAct: boolean }) {
  const [open, setOpen] = useState<GapActionKind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const anchor = readableAnchor(gap.anchor);
  const actionable = ACTIONABLE_STATES.includes(gap.state);
  const formId = `action-${gap.id}`;
  return (
    <>
      <tr className={`gap-row state-${gap.state.toLowerCase()}`}>
        <td>
          <Link to={`/gaps/${gap.id}`}>{anchor.name}</Link>
          {anchor.where && <div className="muted small">{anchor.where}</div>}
        </td>
        <td>{gap.accounts.join(', ') || '—'}</td>
        <td>{gap.regions.join(', ') || '—'}</td>
        <td>{gap.models.join(', ') || '—'}</td>
        <td className="money">
          <Money amount={gap.spend} />
        </td>
        <td>
          <span className={`state state-${gap.state.toLowerCase()}`}>{STATE_LABELS[gap.state]}</span>
        </td>
        <td>
          <div className="action-buttons">
            {canAct &&
              actionable &&
              gap.suggestedAction.map((a) => (
                <button
                  key={a}
                  type="button"
                  aria-expanded={open === a}
                  aria-controls={open === a ? formId : undefined}
                  onClick={() => {
                    setDone(null);
                    setOpen(open === a ? null : a);
                  }}
                >
                  {ACTION_LABELS[a]}
                </button>
              ))}
          </div>
          {done && (
            <p role="status" className="small">
              {done}
            </p>
          )}
        </td>
      </tr>
      {open && (
        <tr className="gap-expansion" id={formId}>
          <td colSpan={GAP_TABLE_COLUMNS.length}>
            <ActionForm
              gap={gap}
              action={open}
              onCancel={() => setOpen(null)}
              onDone={(now) => {
                setDone(`${ACTION_LABELS[open]} recorded: the gap is ${STATE_LABELS[now.state]}.`);
                setOpen(null);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
