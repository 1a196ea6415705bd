// What an entry's data says, for a reader: a change as "field: before → after", anything else as
// "key: value". The data is whatever the writer recorded; nothing here assumes more than JSON.

export interface Change {
  field: string;
  before: string | null;
  after: string | null;
}

export interface Fact {
  key: string;
  value: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function show(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The entry's details: the changes of a before/after pair, and every other key as a fact. */
export function detailsOf(data: Record<string, unknown>): { changes: Change[]; facts: Fact[] } {
  const { before, after, ...rest } = data;
  const changes: Change[] = [];
  const facts: Fact[] = [];
  if (isRecord(before) && isRecord(after)) {
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      changes.push({ field, before: show(before[field]), after: show(after[field]) });
    }
  } else {
    if (before !== undefined) facts.push({ key: 'before', value: show(before) });
    if (after !== undefined) facts.push({ key: 'after', value: show(after) });
  }
  for (const [key, value] of Object.entries(rest)) facts.push({ key, value: show(value) });
  return { changes, facts };
}
