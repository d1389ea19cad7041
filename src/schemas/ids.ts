// The id format, without zod, so the browser editor (src/cms/editor.ts) can use the same rule as the
// validator without bundling the schemas.

/** Ids are ASCII kebab-case so they can be file names and URL segments unchanged. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Ids become folder names of the built site (/mal/<id>/index.html) and file names; a file system takes 255
 * bytes a name. The longest id in the plans is about 45 characters, so 80 leaves room and reads well.
 */
export const MAX_ID_LENGTH = 80;

/** The nearest valid id: lower case, å/ä/ö and other accents dropped to their letter, runs of others a "-". */
export function toId(name: string): string {
  const id = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'namn';
}

/** `base`, or the first of `base-2`, `base-3` … that is not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}
