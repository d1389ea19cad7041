// A git ref given on the command line (check --since, goals-diff, ci-annotate --base) is passed to git as
// an argument: it must be a name, never an option ("--output=…" would make git write a file).
import { cutText } from './cut-text.ts';

/** Whether a ref can be handed to git as a name: not empty, no leading "-", no spaces or control characters. */
export function isRefName(ref: string): boolean {
  // eslint-disable-next-line no-control-regex -- a ref with control characters is refused
  return ref !== '' && !ref.startsWith('-') && !/[\s\u0000-\u001f\u007f]/.test(ref);
}

/** A ref quoted for a message: short, one line (JSON escapes control characters). */
export const shownRef = (ref: string) => JSON.stringify(cutText(ref));

/** The Swedish message for a ref that is not a name. */
export const badRefMessage = (ref: string) =>
  `${shownRef(ref)} är inget giltigt git-namn (gren, tagg eller commit), t.ex. origin/main.`;
