// The field-by-field view of an audit row: which top-level fields of the `before` and `after` snapshots
// differ, with each value as short text. Pure, so the audit page and its tests read the same thing.

export interface FieldChange {
  field: string;
  /** The value as text, shortened; null when the field is absent or null on that side. */
  before: string | null;
  after: string | null;
}

export const DIFF_VALUE_LENGTH = 80;

/** JSON with object keys sorted, so {a, b} and {b, a} compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A value as one line of text: strings as they are, anything else as JSON; cut at `max` characters (code points) with "…". */
export function shortValue(value: unknown, max = DIFF_VALUE_LENGTH): string | null {
  if (value === null || value === undefined) return null;
  const text = (typeof value === 'string' ? value : JSON.stringify(value)).replace(/\s+/g, ' ');
  const characters = [...text];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}

function fields(snapshot: unknown): Record<string, unknown> {
  return snapshot !== null && typeof snapshot === 'object' && !Array.isArray(snapshot) ? (snapshot as Record<string, unknown>) : {};
}

/**
 * The changed fields, in the order they first appear (before's, then after's new ones). A snapshot that
 * is not an object (none, on a creation) counts as empty; null and absent are the same.
 */
export function diffSnapshots(before: unknown, after: unknown, max = DIFF_VALUE_LENGTH): FieldChange[] {
  const from = fields(before);
  const to = fields(after);
  const names = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return names.flatMap((field) => {
    const a = from[field] ?? null;
    const b = to[field] ?? null;
    return canonical(a) === canonical(b) ? [] : [{ field, before: shortValue(a, max), after: shortValue(b, max) }];
  });
}
