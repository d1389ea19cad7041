// Text inside generated Markdown (the rule reference, CI summaries, the goals diff), shown as written.
import { showInvisible } from './validate/issue.ts';

/**
 * Text from data as plain Markdown on one line: characters that Markdown would read as markup are escaped,
 * line breaks become spaces (so a value can never start a heading, a list or a table row of its own), and
 * control and invisible format characters are written out as \uXXXX.
 */
export function escapeMarkdown(text: string): string {
  return showInvisible(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\\`*_[\]<>|~]/g, '\\$&'));
}

/** Text from data as a Markdown code span on one line (backticks, which would end it, become '). */
export function markdownCode(text: string): string {
  return text ? `\`${showInvisible(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/`/g, "'"))}\`` : '';
}
