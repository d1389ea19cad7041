// What plan and chapter MDX may contain, checked on the parsed tree before Astro compiles anything.
//
// Prose is Markdown: headings, emphasis, lists, links, GFM tables, footnotes and strikethrough. Images are
// not (mdx-image): the build would publish any file a path leads to, and a remote one is another origin.
// MDX would also let a file run JavaScript (import/export, {expressions}) and emit any HTML or JSX. An
// editor's pull request must not be able to do that, so everything beyond Markdown is an error except
// the project's own components in ALLOWED_COMPONENTS, and those only with literal props.
//
// The tree comes from satteri's `mdxToMdast`: the files are .mdx, so they are read as MDX, where escaped
// characters (\{, \<) are text, code spans and fenced code are code, and a file the parser rejects is
// reported as `mdx-syntax` instead of crashing. A file that passes holds only Markdown, which the build
// renders with Astro's Markdown pipeline (docs/adr/0008-prose-through-markdown.md).
import { mdxToMdast } from 'satteri';
import { makeIssue, type Issue, type Location } from './issue.ts';
import type { ParamsOf } from './rules.ts';
import { cutText } from '../cut-text.ts';

/**
 * Components (by their JSX name, e.g. "Callout") that plan and chapter MDX may use, with string or
 * boolean props only (`<Callout kind="info">`, `<Callout open>`; never `kind={…}` or `{...props}`).
 * Empty: no component is needed yet, so no JSX or HTML element of any kind is accepted. Before adding a
 * name, make sure the component renders its props as text (no `set:html`, no URLs it does not check),
 * and bring back MDX compilation for prose: the build renders it as Markdown (docs/adr/0008), which
 * would pass a component's tag on as raw HTML.
 */
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set<string>([]);

/**
 * How deep Markdown may nest: blockquotes in blockquotes, lists in lists, emphasis in emphasis (every
 * level of the parsed tree counts; a list level is two, the list and its item). The build compiles
 * each level to a nested element, and at about 450 levels it crashes (a segmentation fault while
 * bundling, naming no file: blockquotes 440 deep build, 500 do not; lists 180 build, 250 do not). A plan
 * nests a handful of levels, so the limit is far below that.
 */
export const MAX_NESTING = 100;

/** Elements that run code or embed other documents; named in the message, never allowed. */
const DANGEROUS_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'form',
  'svg',
]);

/** URL schemes a browser would run or that can smuggle a whole document. */
const UNSAFE_SCHEMES = new Set(['javascript', 'data', 'vbscript']);

// The parts of satteri's mdast (with MDX node types) that the policy reads.
interface Point {
  line: number;
  column: number;
}
interface AstNode {
  type: string;
  position?: { start: Point };
  children?: AstNode[];
  name?: string | null;
  attributes?: AstAttribute[];
  value?: unknown;
  url?: string;
  /** A reference's label ([text][label]). */
  label?: string | null;
}
interface AstAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * Checks one MDX body. `bodyLine` is the file line the body starts on (after the frontmatter), so every
 * issue names a line of the file itself.
 */
export function checkMdxBody(
  file: string,
  body: string,
  bodyLine: number,
  allowed: ReadonlySet<string> = ALLOWED_COMPONENTS,
): Issue[] {
  const at = (point: Point | undefined): Location => ({
    file,
    line: bodyLine + (point?.line ?? 1) - 1,
    col: point?.column ?? 1,
  });

  let tree: AstNode;
  try {
    // Frontmatter is already split off; a "---" block in the body is a thematic break, as in the build.
    tree = mdxToMdast(body, { position: true, features: { frontmatter: false } }) as unknown as AstNode;
  } catch (err) {
    const { point, detail } = parseError(err);
    return [makeIssue('mdx-syntax', { detail }, at(point))];
  }

  const issues: Issue[] = [];
  const allowedList = [...allowed]
    .sort()
    .map((name) => `<${name}>`)
    .join(', ');
  // Iterative walk: a deeply nested document must not overflow the stack.
  const stack: [AstNode, number][] = [[tree, 0]];
  let tooDeep = false;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const where = at(node.position?.start);
    if (depth > MAX_NESTING) {
      // Said once per file, at the first place it happens; nothing deeper is looked at.
      if (!tooDeep) issues.push(makeIssue('mdx-too-deep', { limit: String(MAX_NESTING) }, where));
      tooDeep = true;
      continue;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        issues.push(makeIssue('mdx-import-export', { code: excerpt(node.value) }, where));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        issues.push(makeIssue('mdx-expression', { code: `{${excerpt(node.value)}}` }, where));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        issues.push(...checkElement(node, where, allowed, allowedList));
        break;
      case 'html':
        // Not produced in MDX (HTML is parsed as JSX), but never let raw HTML through if it were.
        issues.push(makeIssue('mdx-html', htmlParams('html', allowedList), where));
        break;
      case 'image':
      case 'imageReference':
        // The build would copy a local image (from anywhere a path leads, even outside the repository)
        // into the site, and a remote one would make readers' browsers ask another origin.
        issues.push(makeIssue('mdx-image', { url: excerpt(node.url ?? `[${node.label ?? ''}]`) }, where));
        break;
      case 'link':
      case 'definition': {
        const scheme = unsafeScheme(node.url ?? '');
        if (scheme) issues.push(makeIssue('mdx-unsafe-url', { url: excerpt(node.url), scheme }, where));
        break;
      }
    }
    // Children in reverse so that the (later sorted) issues come out in reading order anyway.
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i], depth + 1]);
  }
  return issues;
}

function checkElement(node: AstNode, where: Location, allowed: ReadonlySet<string>, allowedList: string): Issue[] {
  const issues: Issue[] = [];
  const name = node.name ?? '';
  const tag = name === '' ? '<>' : `<${name}>`;
  if (name === '' || !allowed.has(name) || DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
    issues.push(makeIssue('mdx-html', htmlParams(name, allowedList), where));
  }
  // Attributes are checked on every element, so a later allowlisted component gets the same rules.
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      issues.push(makeIssue('mdx-expression', { code: `{${excerpt(attr.value)}}` }, where));
      continue;
    }
    const attrName = attr.name ?? '';
    if (/^on/i.test(attrName.replace(/^.*:/, ''))) {
      issues.push(makeIssue('mdx-event-handler', { attribute: attrName, element: tag }, where));
    }
    if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
      const value = (attr.value as { value?: unknown }).value;
      issues.push(makeIssue('mdx-expression', { code: `${attrName}={${excerpt(value)}}` }, where));
    } else if (typeof attr.value === 'string') {
      const scheme = unsafeScheme(attr.value);
      if (scheme) issues.push(makeIssue('mdx-unsafe-url', { url: excerpt(attr.value), scheme }, where));
    }
  }
  return issues;
}

function htmlParams(name: string, allowedList: string): ParamsOf<'mdx-html'> {
  const lower = name.toLowerCase();
  const tag = name === '' ? '<>' : name === 'html' ? 'HTML' : `<${name}>`;
  const why = DANGEROUS_ELEMENTS.has(lower)
    ? `${tag} kan köra kod eller bädda in andra sidor och är aldrig tillåtet`
    : 'rå HTML och JSX är inte tillåtet i planernas text';
  return {
    element: tag,
    why,
    allowed: allowedList ? `Tillåtna komponenter: ${allowedList}.` : 'Inga komponenter är tillåtna än.',
  };
}

/**
 * The scheme when a URL would run script or carry a document, as a browser reads it: ASCII tabs and
 * line breaks anywhere and leading control characters or spaces are ignored, case does not matter.
 * Character references and backslash escapes are already decoded by the parser.
 */
export function unsafeScheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  const scheme = match?.[1].toLowerCase();
  return scheme && UNSAFE_SCHEMES.has(scheme) ? `${scheme}:` : null;
}

/** A short, single-line quotation of source text for a message. */
function excerpt(value: unknown): string {
  const source = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const text = source.replace(/\s+/g, ' ').trim();
  return cutText(text) || '…';
}

// Swedish wording for the parser errors editors are likely to meet; the parser's own text follows.
const MDX_ERRORS: [RegExp, string][] = [
  [/create a comment in MDX/, 'HTML-kommentarer (<!-- … -->) fungerar inte i MDX; ta bort kommentaren'],
  [
    /create a link in MDX/,
    'tecknet "<" inleder ett element; skriv \\< om tecknet menas, och länkar som [text](adress)',
  ],
  [/in expression|closing brace/, 'en klammer "{" stängs aldrig; skriv \\{ om tecknet menas'],
  [
    /Could not parse expression|Unexpected content after expression/,
    'innehållet mellan klamrarna { } kan inte läsas; skriv \\{ och \\} om tecknen menas',
  ],
  [
    /Expected a closing tag|Unexpected closing tag|Unexpected end of file/,
    'ett element öppnas eller stängs fel; skriv \\< om tecknet "<" menas',
  ],
  [/import|export/i, 'en import- eller export-rad kan inte läsas'],
];

function parseError(err: unknown): { point: Point | undefined; detail: string } {
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  const match = /^(\d+):(\d+)(?:-\d+:\d+)?: (.*)$/.exec(message);
  const point = match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
  // Drop the parser's rule id and its MDX tips (which suggest {/* comments */}, not allowed here).
  const english = (match ? match[3] : message)
    .replace(/ \([a-z-]+:[a-z-]+\)$/, '')
    .replace(/ \(note: .*\)$/, '')
    .trim();
  const swedish = MDX_ERRORS.find(([pattern]) => pattern.test(message))?.[1];
  return { point, detail: swedish ? `${swedish} (${english})` : english };
}
