// Reading a recorded event's data and metadata, which the API sends as JSON
// objects (older servers sent the same documents as JSON text).

/** The payload as a value: JSON text is parsed, anything else is already one. */
export function eventPayload(x: unknown): unknown {
  if (typeof x !== 'string') return x;
  try {
    return JSON.parse(x) as unknown;
  } catch {
    return x; // not JSON: show the text as it is
  }
}

/** The payload indented for reading. */
export function prettyPayload(x: unknown): string {
  const v = eventPayload(x);
  return typeof v === 'string' ? v : JSON.stringify(v, null, 2);
}

export interface EventActor {
  subject: string;
  name?: string;
}

export interface EventContext {
  actor: EventActor | null;
  rationale: string | null;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Who recorded the event and why, from its metadata (actor, rationale). */
export function eventContext(metadata: unknown): EventContext {
  const m = eventPayload(metadata);
  if (!isRecord(m)) return { actor: null, rationale: null };
  const a = m.actor;
  const actor =
    isRecord(a) && typeof a.subject === 'string'
      ? { subject: a.subject, name: typeof a.name === 'string' && a.name ? a.name : undefined }
      : null;
  const rationale = typeof m.rationale === 'string' && m.rationale ? m.rationale : null;
  return { actor, rationale };
}

export interface RecordLink {
  to: string;
  label: string;
}

// Streams named "<kind>-<id>" belong to one record the console shows: a gap
// has a page of its own; governance records sit in their list, under a
// heading whose id is the stream's name.
const RECORD_PAGES: { prefix: string; page: (stream: string, id: string) => string; label: string }[] = [
  { prefix: 'gap-', page: (_, id) => `/gaps/${id}`, label: 'Open the gap' },
  { prefix: 'br-', page: (stream) => `/governance#${stream}`, label: 'Open the business request' },
  { prefix: 'workload-', page: (stream) => `/governance/workloads#${stream}`, label: 'Open the workload' },
  { prefix: 'task-', page: (stream) => `/governance/tasks#${stream}`, label: 'Open the task' },
  { prefix: 'budgets-', page: () => '/governance/budgets', label: 'Open the account budgets' },
];

/** The console page of the record a stream is the history of, if it has one. */
export function recordLink(stream: string): RecordLink | null {
  if (stream === 'settings') return { to: '/governance/settings', label: 'Open the settings' };
  for (const r of RECORD_PAGES) {
    if (stream.startsWith(r.prefix) && stream.length > r.prefix.length) {
      const id = encodeURIComponent(stream.slice(r.prefix.length));
      return { to: r.page(r.prefix + id, id), label: r.label };
    }
  }
  return null;
}
