import { describe, expect, it } from 'vitest';
import { eventContext, eventPayload, prettyPayload, recordLink } from './eventPayload';

describe('eventPayload', () => {
  it('parses JSON text and passes objects through, so old and new servers read alike', () => {
    const obj = { gapId: 'g1', scope: [{ account: '111', region: 'us-east-1' }] };
    expect(eventPayload(JSON.stringify(obj))).toEqual(obj);
    expect(eventPayload(obj)).toBe(obj);
  });

  it('keeps text that is not JSON as text', () => {
    expect(eventPayload('not json {')).toBe('not json {');
    expect(prettyPayload('not json {')).toBe('not json {');
  });

  it('pretty-prints with two-space indentation whichever form arrives', () => {
    const expected = '{\n  "a": {\n    "b": "12.50"\n  }\n}';
    expect(prettyPayload('{"a":{"b":"12.50"}}')).toBe(expected);
    expect(prettyPayload({ a: { b: '12.50' } })).toBe(expected);
  });
});

describe('eventContext', () => {
  it('reads the actor and rationale from metadata as object or text', () => {
    const meta = { actor: { subject: 'fiona.finops', name: 'Fiona FinOps' }, rationale: 'Approved for EU' };
    const want = { actor: { subject: 'fiona.finops', name: 'Fiona FinOps' }, rationale: 'Approved for EU' };
    expect(eventContext(meta)).toEqual(want);
    expect(eventContext(JSON.stringify(meta))).toEqual(want);
  });

  it('has no actor or rationale when the metadata lacks them', () => {
    expect(eventContext({ actor: { subject: 'system:detector' } })).toEqual({
      actor: { subject: 'system:detector', name: undefined },
      rationale: null,
    });
    expect(eventContext({})).toEqual({ actor: null, rationale: null });
    expect(eventContext('[]')).toEqual({ actor: null, rationale: null });
  });
});

describe('recordLink', () => {
  it('links a stream to the page of the record it belongs to', () => {
    expect(recordLink('gap-3f2a')).toEqual({ to: '/gaps/3f2a', label: 'Open the gap' });
    expect(recordLink('br-9')?.to).toBe('/governance#br-9');
    expect(recordLink('workload-w1')?.to).toBe('/governance/workloads#workload-w1');
    expect(recordLink('task-t1')?.to).toBe('/governance/tasks#task-t1');
    expect(recordLink('budgets-111122223333')?.to).toBe('/governance/budgets');
    expect(recordLink('settings')?.to).toBe('/governance/settings');
  });

  it('has no link for streams without a page', () => {
    expect(recordLink('detection')).toBeNull();
    expect(recordLink('spend-cur-default-2025-01')).toBeNull();
    expect(recordLink('gap-')).toBeNull();
  });
});
