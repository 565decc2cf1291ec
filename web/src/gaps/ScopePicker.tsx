/** "account|region" pairs, the form's value for a scope. */
export const scopeKey = (accountId: string, region: string) => `${accountId}|${region}`;

/** Every account × region the gap was observed in. */
export function observedScope(accounts: readonly string[], regions: readonly string[]): string[] {
  return accounts.flatMap((a) => regions.map((r) => scopeKey(a, r)));
}

/** Checkboxes over the observed accounts × regions; the checked ones are the scope sent. */
export function ScopePicker({
  options,
  checked,
  onChange,
}: {
  options: readonly string[];
  checked: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  const toggle = (key: string) => {
    const next = new Set(checked);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onChange(next);
  };
  return (
    <fieldset className="scope-picker">
      <legend>Scope (account × region)</legend>
      {options.length === 0 && <p className="muted">No account or region was observed for this gap.</p>}
      {options.map((key) => {
        const [account, region] = key.split('|');
        return (
          <label key={key} className="check">
            <input type="checkbox" checked={checked.has(key)} onChange={() => toggle(key)} />
            {account} · {region}
          </label>
        );
      })}
    </fieldset>
  );
}
