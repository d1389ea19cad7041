// One validation per build. Astro runs the content gate (astro.config.mjs) and the content loader
// (src/content.config.ts) in one process but in different module graphs, so module state is not shared
// between them: the gate's result is handed to the loader on globalThis, keyed by the content root.
import { validate, type ValidationResult } from './validate/index.ts';

const HANDOVER = Symbol.for('regionala-cancerplaner.validation');

interface Handover {
  root: string;
  result: ValidationResult;
}

const slot = globalThis as typeof globalThis & { [HANDOVER]?: Handover };

/** Validates the content and keeps the result for the loader of the same build. */
export function validateForBuild(root: string): ValidationResult {
  const result = validate(root);
  slot[HANDOVER] = { root, result };
  return result;
}

/** The build's validation of this content root; validates only when none was handed over (e.g. `astro sync`). */
export function buildValidation(root: string): ValidationResult {
  const handed = slot[HANDOVER];
  return handed && handed.root === root ? handed.result : validateForBuild(root);
}
