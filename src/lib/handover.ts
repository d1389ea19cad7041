// A value handed between module graphs of one process. Astro runs the integrations (Node's own module graph),
// the content loaders and the pages (Vite's) in one process but in different module graphs, so module state
// is not shared between them: a value is kept on globalThis under its name, with the key it was handed for
// (a content root). Imports nothing, so any of the graphs can load it without taking in more.

export interface Handover<T> {
  /** Hands `value` over for `key`, in place of what was handed before. */
  put(key: string, value: T): void;
  /** What was handed over for `key`; undefined when nothing was, or it was for another key. */
  take(key: string): T | undefined;
}

/** The handover of one kind of value; the same `name` in any module graph is the same handover. */
export function handover<T>(name: string): Handover<T> {
  const symbol = Symbol.for(`regionala-cancerplaner.${name}`);
  const slot = globalThis as unknown as Record<symbol, { key: string; value: T } | undefined>;
  return {
    put(key, value) {
      slot[symbol] = { key, value };
    },
    take(key) {
      const held = slot[symbol];
      return held?.key === key ? held.value : undefined;
    },
  };
}
