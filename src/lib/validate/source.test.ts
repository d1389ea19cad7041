import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkRaw, checkSize, MAX_ALIAS_COUNT, MAX_FILE_BYTES, parseYaml, splitFrontmatter } from './source.ts';

const raw = (bytes: number[] | string) =>
  checkRaw('f.yaml', Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes as never));
const at = (issue: ReturnType<typeof checkRaw>) => issue && [issue.code, issue.line, issue.col];

describe('checkRaw: encoding', () => {
  test('accepts UTF-8 with Swedish letters, astral characters and a byte order mark', () => {
    assert.equal(raw('title: Målgrupp för ärftlig cancer 😀\n'), null);
    assert.equal(checkRaw('f.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: å\n')])), null);
  });

  test('names the line and column of the first byte that is not UTF-8 (Windows-1252 å)', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: "😀 x'), Buffer.from([0xe5]), Buffer.from('"\n')]);
    const issue = checkRaw('f.yaml', bytes);
    // Column in UTF-16 units, like the YAML parser's: "b: \"" is 4, the emoji 2, " x" 2.
    assert.deepEqual(at(issue), ['file-encoding', 2, 9]);
    assert.match(issue!.fix, /lyder raden "b: "/);
    assert.match(issue!.fix, /xå"/, 'shows the line as Windows-1252 so the editor recognises it');
  });

  test('rejects overlong encodings, encoded surrogates and a sequence cut off at the end', () => {
    assert.deepEqual(at(raw([0x61, 0xc0, 0xaf])), ['file-encoding', 1, 2]);
    assert.deepEqual(at(raw([0x0a, 0xed, 0xa0, 0x80])), ['file-encoding', 2, 1]);
    assert.deepEqual(at(raw([0x61, 0x62, 0xe2, 0x82])), ['file-encoding', 1, 3]);
  });

  test('NUL is reported as binary before encoding', () => {
    assert.deepEqual(at(raw([0x61, 0x00, 0xe5])), ['file-binary', 1, 1]);
  });
});

describe('checkSize', () => {
  test('allows exactly the limit and rejects one byte more', () => {
    assert.equal(checkSize('f.yaml', MAX_FILE_BYTES), null);
    assert.equal(checkSize('f.yaml', MAX_FILE_BYTES + 1)?.code, 'file-too-large');
  });
});

describe('parseYaml: alias expansion', () => {
  const laughs = (levels: number) => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghij';
    for (let i = 1; i < levels; i++)
      lines.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill(`*${names[i - 1]}`)
          .join(', ')}]`,
      );
    return `${lines.join('\n')}\n`;
  };

  test('a 9-level "billion laughs" document is refused quickly with yaml-alias-limit', () => {
    const started = performance.now();
    const { issues, source } = parseYaml('f.yaml', laughs(9));
    assert.ok(performance.now() - started < 2000);
    assert.deepEqual(
      issues.map((i) => i.code),
      ['yaml-alias-limit'],
    );
    assert.equal(source.data, undefined);
  });

  // The `yaml` package's maxAliasCount is not a total: per anchor it multiplies the aliases to it by the
  // alias expansions inside it. With nine aliases per level, the third level expands 9 × 9 = 81 aliases
  // (under the limit) and the fourth 9 × 81 = 729 (over it), so a billion laughs stops at level four.
  test(`the limit is ${MAX_ALIAS_COUNT} alias expansions per anchor`, () => {
    assert.equal(MAX_ALIAS_COUNT, 100);
    assert.deepEqual(parseYaml('f.yaml', laughs(3)).issues, []);
    assert.deepEqual(
      parseYaml('f.yaml', laughs(4)).issues.map((i) => i.code),
      ['yaml-alias-limit'],
    );
  });
});

describe('splitFrontmatter', () => {
  test('bodyLine is the file line the body starts on', () => {
    assert.equal(splitFrontmatter('---\ntitle: A\n---\n\nText\n')?.bodyLine, 4);
    assert.equal(splitFrontmatter('---\r\ntitle: A\r\n---\r\nText\r\n')?.bodyLine, 4);
  });
});

describe('a comment after a value', () => {
  const codes = (yaml: string) => parseYaml('f.yaml', yaml).issues.map((i) => `${i.code} ${i.line}:${i.col}`);

  test('is valid where YAML says so: two spaces before "# ", or after a one-word value', () => {
    for (const yaml of [
      '- id: region-norrbotten\n  name: Region Norrbotten       # exakt som planen skriver det\n  kind: region   # region, regionerna\n',
      'kind: region # en kommentar\n',
      'text: "Mål #2 ska nås"  # citerad text\n',
      'text: >-  # en kommentar efter >-\n  Mål #2 ska nås.\n',
    ])
      assert.deepEqual(codes(yaml), [], yaml);
  });

  test('is taken as text cut short where that is the likely mistake: "#2" glued, or one space after words', () => {
    assert.deepEqual(codes('text: Mål #2 ska nås\n'), ['yaml-syntax 1:11']);
    assert.deepEqual(codes('name: Region Norrbotten # kommentar\n'), ['yaml-syntax 1:25']);
    const [issue] = parseYaml('f.yaml', 'text: Mål #2 ska nås\n').issues;
    assert.match(issue.fix, /två mellanslag före #/);
  });
});
