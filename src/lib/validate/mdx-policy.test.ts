import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { RULES } from './rules.ts';
import { ALLOWED_COMPONENTS, checkMdxBody, MAX_NESTING, unsafeScheme } from './mdx-policy.ts';

/** [code, line, col] of each issue, for compact assertions. */
const check = (body: string, bodyLine = 1, allowed?: ReadonlySet<string>) =>
  checkMdxBody('plans/p/kapitel/k.mdx', body, bodyLine, allowed).map((i) => [i.code, i.line, i.col] as const);
const codes = (body: string, allowed?: ReadonlySet<string>) =>
  check(body, 1, allowed)
    .map(([code]) => code)
    .sort();

describe('MDX policy: images', () => {
  // The build copies a local image from wherever its path leads (outside the repository too) into the
  // site, crashes on a missing one, and a remote one makes readers' browsers ask another origin.
  test('every image is refused: local, outside, missing, remote, by reference, inside a link', () => {
    const bodies = [
      '![s](../../../../secret.svg)',
      '![k](./bild.png)',
      '![r](https://evil.example/spår.png)',
      '![r][ref]\n\n[ref]: ../../../etc/passwd',
      '![ref]\n\n[ref]: /bilder/a.png',
      '[![bild](/a.png)](https://example.se)',
    ];
    for (const body of bodies) assert.deepEqual(codes(`${body}\n`), ['mdx-image'], body);
    const [issue] = checkMdxBody('k.mdx', 'Text.\n\n![s](../../../../secret.svg)\n', 4);
    assert.equal(issue.line, 6);
    assert.match(issue.message, /^Bilden "\.\.\/\.\.\/\.\.\/\.\.\/secret\.svg" kan inte visas/);
    assert.match(issue.fix, /Ta bort bilden/);
  });

  test('a link to a file path is only a link, and the fix for data: addresses no longer suggests image files', () => {
    assert.deepEqual(codes('[plan](../../plan.pdf) och [ref][r]\n\n[r]: ./bild.png\n'), []);
    const [unsafe] = checkMdxBody('k.mdx', '[a](data:text/html,x)\n', 1);
    assert.doesNotMatch(unsafe.fix, /Bilder/);
  });
});

describe('MDX policy: what passes', () => {
  test('plain Markdown with GFM tables, footnotes, strikethrough and links', () => {
    const body = [
      '# Rubrik',
      '',
      'Text med **fet**, *kursiv* och ~~struken~~ stil.[^1]',
      '',
      '| Region | Andel |',
      '| --- | ---: |',
      '| Norrbotten | 90 % |',
      '',
      '- [RCC](https://cancercentrum.se/) och [mål](/planer/norr-2022-2024/#mal)',
      '- [e-post](mailto:info@example.se), [ovan](#rubrik), www.example.se',
      '- [Bild](/bilder/a.png "Titel") och [ref][r]',
      '',
      '[r]: https://example.se/',
      '[^1]: Fotnot.',
      '',
    ].join('\n');
    assert.deepEqual(check(body), []);
  });

  test('escaped braces and angle brackets are text', () => {
    assert.deepEqual(check('Värdet \\{ 2022 + 2 \\} och a \\< b, \\<script> och a > b.\n'), []);
  });

  test('code spans and fenced code are code, whatever they contain', () => {
    const body = [
      'Kod: `{x}`, `<script>`, `import a from "b"`, `[a](javascript:x)`.',
      '',
      '```html',
      '<script>alert("{x}")</script>',
      'import x from "y"',
      '```',
      '',
      '~~~',
      'export const a = {1}',
      '~~~',
      '',
    ].join('\n');
    assert.deepEqual(check(body), []);
  });

  test('words that only look like code: a capitalised "Export", "javascript:" and "onclick" in prose', () => {
    assert.deepEqual(check('Export av data sker årligen.\n\nOrdet javascript: är text, liksom onclick="x".\n'), []);
  });
});

describe('MDX policy: what is rejected, with absolute positions', () => {
  test('import and export lines', () => {
    assert.deepEqual(check('import A from "a"\n\nText.\n\nexport const b = 1\n', 8), [
      ['mdx-import-export', 8, 1],
      ['mdx-import-export', 12, 1],
    ]);
  });

  test('expressions in text, as a block, and comments', () => {
    assert.deepEqual(check('Till {2022 + 2}.\n\n{antal}\n\n{/* kommentar */}\n', 5), [
      ['mdx-expression', 5, 6],
      ['mdx-expression', 7, 1],
      ['mdx-expression', 9, 1],
    ]);
  });

  test('every HTML element, including harmless ones, and fragments', () => {
    assert.deepEqual(
      codes('a<br/>b <sup>1</sup> <b>fet</b>\n\n<div>x</div>\n\n<>frag</>\n'),
      Array(5).fill('mdx-html'),
    );
  });

  test('script, style, iframe, object and embed, with wording that says why', () => {
    for (const tag of ['script', 'style', 'iframe', 'object', 'embed', 'SCRIPT']) {
      const issues = checkMdxBody('k.mdx', `<${tag}></${tag}>\n`, 1);
      assert.deepEqual(
        issues.map((i) => i.code),
        ['mdx-html'],
        tag,
      );
      assert.match(issues[0].message, /kan köra kod/, tag);
    }
    const plain = checkMdxBody('k.mdx', '<br/>\n', 1);
    assert.match(plain[0].message, /rå HTML och JSX är inte tillåtet/);
    assert.match(plain[0].fix, /Inga komponenter är tillåtna än\./);
  });

  test('attribute expressions and spread attributes', () => {
    assert.deepEqual(codes('<span title={x}>a</span> <span {...p}>b</span>\n'), [
      'mdx-expression',
      'mdx-expression',
      'mdx-html',
      'mdx-html',
    ]);
  });

  test('event handlers in any case', () => {
    for (const attr of ['onclick', 'onClick', 'ONLOAD', 'onerror']) {
      assert.deepEqual(codes(`<img src="/a.png" ${attr}="alert(1)" />\n`), ['mdx-event-handler', 'mdx-html'], attr);
    }
  });

  test('javascript:, data: and vbscript: in links, images, definitions and attributes', () => {
    const body = [
      '[a](javascript:alert(1)) [b](  JAVASCRIPT:x) [c](&#106;avascript:x) [d](<javascript:x>)',
      '',
      '![e](data:image/svg+xml;base64,AAAA)',
      '',
      '[f][r]',
      '',
      '[r]: vbscript:msgbox',
      '',
      '<a href="java&#x09;script:x">g</a>',
      '',
    ].join('\n');
    const found = check(body, 10);
    assert.deepEqual(
      found.filter(([code]) => code === 'mdx-unsafe-url'),
      [
        ['mdx-unsafe-url', 10, 1],
        ['mdx-unsafe-url', 10, 26],
        ['mdx-unsafe-url', 10, 46],
        ['mdx-unsafe-url', 10, 69],
        ['mdx-unsafe-url', 16, 1],
        ['mdx-unsafe-url', 18, 1],
      ],
    );
  });
});

describe('MDX policy: syntax errors', () => {
  test('an unclosed brace is a positioned mdx-syntax error in Swedish, not a crash', () => {
    const issues = checkMdxBody('k.mdx', 'Rad ett.\n\nMålet {se tabell\n', 8);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].code, 'mdx-syntax');
    assert.equal(issues[0].line, 10);
    assert.match(issues[0].message, /klammer "\{" stängs aldrig/);
  });

  test('an HTML comment is explained', () => {
    const [issue] = checkMdxBody('k.mdx', 'Text.\n\n<!-- att göra -->\n', 1);
    assert.equal(issue.code, 'mdx-syntax');
    assert.equal(issue.line, 3);
    assert.match(issue.message, /HTML-kommentarer/);
    assert.doesNotMatch(issue.message, /\{\/\*/, 'does not suggest MDX comments, which are not allowed');
  });

  test('a stray < is explained', () => {
    const [issue] = checkMdxBody('k.mdx', 'Barn <3 år.\n', 1);
    assert.equal(issue.code, 'mdx-syntax');
    assert.deepEqual([issue.line, issue.col], [1, 6]);
    assert.match(issue.message, /skriv \\< om tecknet menas/);
  });

  test('deep nesting is neither a crash nor slow', () => {
    const started = performance.now();
    assert.deepEqual(codes('> '.repeat(5000) + 'x\n'), ['mdx-too-deep']);
    assert.ok(check('<b>'.repeat(5000) + 'x\n').length >= 1);
    assert.ok(performance.now() - started < 2000);
  });

  test('arbitrary text never throws and yields only known, positioned rule codes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite', maxLength: 80 }),
        fc.integer({ min: 1, max: 50 }),
        (body, bodyLine) => {
          for (const issue of checkMdxBody('k.mdx', body, bodyLine)) {
            assert.ok(issue.code in RULES, issue.code);
            assert.ok(issue.line >= bodyLine && issue.col >= 1, `${issue.line}:${issue.col}`);
          }
        },
      ),
      { seed: 20240601, numRuns: 400 },
    );
  });
});

describe('MDX policy: the component allowlist', () => {
  const allowed = new Set(['Callout']);

  test('is empty: no component is used yet, so every element is rejected', () => {
    assert.equal(ALLOWED_COMPONENTS.size, 0);
    assert.deepEqual(codes('<Callout kind="info">x</Callout>\n'), ['mdx-html']);
  });

  test('an allowlisted component with string and boolean props passes', () => {
    assert.deepEqual(codes('<Callout kind="info" open>Text med **fet** stil.</Callout>\n', allowed), []);
  });

  test('an allowlisted component still may not take expressions, handlers or unsafe URLs', () => {
    assert.deepEqual(codes('<Callout kind={x}>a</Callout>\n', allowed), ['mdx-expression']);
    assert.deepEqual(codes('<Callout {...p}>a</Callout>\n', allowed), ['mdx-expression']);
    assert.deepEqual(codes('<Callout onClick="x">a</Callout>\n', allowed), ['mdx-event-handler']);
    assert.deepEqual(codes('<Callout href="javascript:x">a</Callout>\n', allowed), ['mdx-unsafe-url']);
    assert.deepEqual(codes('<Callout>{x}</Callout>\n', allowed), ['mdx-expression']);
  });

  test('dangerous elements are rejected even if someone allowlists them', () => {
    assert.deepEqual(codes('<script>x</script>\n', new Set(['script'])), ['mdx-html']);
  });

  test('the message lists the allowed components', () => {
    const [issue] = checkMdxBody('k.mdx', '<br/>\n', 1, allowed);
    assert.match(issue.fix, /Tillåtna komponenter: <Callout>\./);
  });
});

describe('unsafeScheme', () => {
  test('reads URLs as a browser does', () => {
    assert.equal(unsafeScheme('javascript:alert(1)'), 'javascript:');
    assert.equal(unsafeScheme('JaVaScRiPt:x'), 'javascript:');
    assert.equal(unsafeScheme('  \u0001javascript:x'), 'javascript:');
    assert.equal(unsafeScheme('java\tscr\nipt:x'), 'javascript:');
    assert.equal(unsafeScheme('data:text/html,<b>'), 'data:');
    assert.equal(unsafeScheme('vbscript:x'), 'vbscript:');
  });

  test('leaves ordinary addresses alone', () => {
    for (const url of [
      'https://a.se/javascript:x',
      '/planer/javascript:x',
      '#data:x',
      'mailto:a@b.se',
      'tel:+46',
      './data.csv',
      'data.csv',
      '',
    ]) {
      assert.equal(unsafeScheme(url), null, url);
    }
  });
});

describe('MDX policy: nesting depth', () => {
  const quotes = (n: number) => `${'> '.repeat(n)}x\n`;
  const list = (n: number) => `${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- a`).join('\n')}\n`;
  const mixed = (n: number) => `${'> - '.repeat(n)}x\n`;

  test(`nesting up to ${MAX_NESTING} levels passes`, () => {
    // Every level of the tree counts: the quotes, then the paragraph and its text.
    assert.deepEqual(check(quotes(MAX_NESTING - 2)), []);
    // A list level is two tree levels (the list and its item).
    assert.deepEqual(check(list(MAX_NESTING / 2 - 1)), []);
  });

  test('deeper nesting is one error, at the first line too deep, whatever the construct', () => {
    assert.deepEqual(check(`Först.\n\n${quotes(150)}\n${quotes(200)}`, 5), [['mdx-too-deep', 7, 201]]);
    const deepList = check(list(60));
    assert.equal(deepList.length, 1);
    assert.equal(deepList[0][0], 'mdx-too-deep');
    // The list level that crosses the limit: line 50 (lists and items count two levels each).
    assert.equal(deepList[0][1], 50);
    // Quotes holding lists holding quotes: three levels each.
    assert.deepEqual(codes(mixed(40)), ['mdx-too-deep']);
    assert.deepEqual(codes(mixed(30)), []);
  });

  test('far past the limit (what crashes the build) is still one error, without overflowing the stack', () => {
    assert.deepEqual(codes(quotes(20000)), ['mdx-too-deep']);
  });
});
