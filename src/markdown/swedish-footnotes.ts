// Sätteri renders GFM footnotes with English labels and the same ids in every file. A plan page shows
// several chapters, so ids get a per-file prefix, and labels are Swedish.
import type { HastPluginEntry } from 'satteri';

interface El {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: unknown[];
}

export function footnotePrefix(fileURL: URL | undefined): string {
  const name =
    fileURL?.pathname
      .split('/')
      .pop()
      ?.replace(/\.mdx?$/, '') ?? 'text';
  return `fn-${name}`;
}

export const swedishFootnotes: HastPluginEntry = (ctx) => {
  const prefix = footnotePrefix(ctx.fileURL);
  const rename = (value: unknown) =>
    String(value).replace(/user-content-fn(ref)?-/, (_m, ref) => `${prefix}-${ref ? 'ref' : 'not'}-`);
  return {
    name: 'swedish-footnotes',
    element: {
      filter: ['h2', 'a', 'li'],
      visit(node: Readonly<El>) {
        const props = node.properties ?? {};
        if (node.tagName === 'h2' && props.id === 'footnote-label') {
          return {
            ...node,
            tagName: 'h3',
            properties: { ...props, id: `${prefix}-rubrik` },
            children: [{ type: 'text', value: 'Fotnoter' }],
          } as never;
        }
        if (node.tagName === 'li' && typeof props.id === 'string' && props.id.startsWith('user-content-fn-')) {
          return { ...node, properties: { ...props, id: rename(props.id) } } as never;
        }
        if (node.tagName === 'a' && typeof props.href === 'string' && props.href.startsWith('#user-content-fn')) {
          const next: Record<string, unknown> = { ...props, href: `#${rename(props.href.slice(1))}` };
          if (typeof props.id === 'string') next.id = rename(props.id);
          if ('ariaDescribedBy' in props) next.ariaDescribedBy = `${prefix}-rubrik`;
          if ('ariaLabel' in props) {
            const n = /(\d+)/.exec(String(props.ariaLabel))?.[1] ?? '';
            next.ariaLabel = `Tillbaka till hänvisning ${n}`.trim();
          }
          return { ...node, properties: next } as never;
        }
        return undefined;
      },
    },
  };
};
