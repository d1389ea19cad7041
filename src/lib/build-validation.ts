// One validation per build. Astro runs the content gate (astro.config.mjs) and the content loader
// (src/content.config.ts) in one process but in different module graphs, so module state is not shared
// between them: the gate's result is handed over (handover.ts), keyed by the content root, to the loader
// (content-entry.ts) and to the other integrations here.
import { offerContent, type LoaderContent } from './content-entry.ts';
import { handover } from './handover.ts';
import { planPassages, proseBodies } from './passages.ts';
import { validate, type ValidationResult } from './validate/index.ts';
import { textReport } from './validate/report.ts';

const validations = handover<ValidationResult>('validation');

const derived = new WeakMap<ValidationResult, LoaderContent | { report: string }>();

/**
 * What the loaders store from an accepted validation, derived once per validation (both loaders and the search
 * index ask for it); the report of one with errors.
 */
export function loaderContent(result: ValidationResult): LoaderContent | { report: string } {
  let content = derived.get(result);
  if (!content) {
    content = deriveContent(result);
    derived.set(result, content);
  }
  return content;
}

function deriveContent(result: ValidationResult): LoaderContent | { report: string } {
  if (!result.ok) return { report: textReport(result.issues) };
  const { model, coverage } = result;
  const bodies = proseBodies(result.files);
  const prose = model.plans
    .flatMap((p) => [...(p.introFile ? [p.introFile] : []), ...p.chapters.map((c) => c.file)])
    .map((file) => {
      const body = bodies.get(file);
      if (body === undefined) throw new Error(`${file} lästes inte av kontrollen.`);
      return { file, body };
    });
  return { content: { model, coverage, passages: planPassages(model, bodies) }, prose };
}

/** Validates the content and keeps the result for the loaders and integrations of the same build. */
export function validateForBuild(root: string): ValidationResult {
  const result = validate(root);
  validations.put(root, result);
  // The dev server's loaders validate afresh on every change they are told of.
  offerContent(root, (fresh) => loaderContent(fresh ? validate(root) : buildValidation(root)));
  return result;
}

/** The build's validation of this content root; validates only when none was handed over. */
export function buildValidation(root: string): ValidationResult {
  return validations.take(root) ?? validateForBuild(root);
}
