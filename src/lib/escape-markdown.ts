// Text inside generated Markdown (the rule reference, CI summaries, the goals diff), shown as written.

/** Text from data as plain Markdown: characters that Markdown would read as markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}
