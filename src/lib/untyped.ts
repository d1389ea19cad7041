// Reading parsed YAML or JSON before (or without) its schema: the editor scripts and the published-ids
// check look at a few fields of records that may be anything, so every access is checked here, not cast.

/** A plain object (not an array, not null), as parsed data holds them. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` when value is a record and the field is a string; otherwise undefined. */
export function stringField(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

/** The records of a list; anything else (not a list, or entries that are not records) gives none. */
export function recordsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
