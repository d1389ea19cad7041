// GFM column alignment comes out as style="text-align:…", which the CSP (style-src 'self') refuses.
// Alignment becomes a class instead, styled in global.css.
import type { HastPluginEntry } from 'satteri';

interface El {
  type: string;
  properties?: Record<string, unknown>;
}

export const tableAlignClasses: HastPluginEntry = {
  name: 'table-align-classes',
  element: {
    filter: ['th', 'td'],
    visit(node: Readonly<El>) {
      const props = node.properties ?? {};
      const align = /text-align:\s*(left|right|center)/.exec(typeof props.style === 'string' ? props.style : '')?.[1];
      if (!align) return undefined;
      const { style: _style, ...rest } = props;
      const classes: unknown[] = Array.isArray(rest.className) ? rest.className : [];
      return { ...node, properties: { ...rest, className: [...classes, `align-${align}`] } } as never;
    },
  },
};
