// The rule registry is what editors read: every rule must have a Swedish title, and its message and
// fix must read as finished sentences for the documented example.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RULES, type Rule } from '../../src/lib/validate/rules.ts';

// Each rule as a plain Rule: the tests call message and fix with the rule's own example.
const entries: [string, Rule][] = Object.entries(RULES);

// Swedish letters or common Swedish words: each rule's title, message and fix together must have them.
const SWEDISH = /[åäöÅÄÖ]|\b(och|eller|inte|som|till|finns|saknas|har|med|en|ett|i|är|på|av|det|den|filen)\b/i;
// English words an untranslated title would have.
const ENGLISH = /\b(the|is|are|missing|should|must|file|field|not|please|invalid|unknown|duplicate|error)\b/i;

function assertText(text: unknown, what: string) {
  assert.equal(typeof text, 'string', `${what} is not a string`);
  const s = text as string;
  assert.ok(s.trim().length > 0, `${what} is empty`);
  assert.equal(s, s.trim(), `${what} has surrounding whitespace: ${JSON.stringify(s)}`);
  assert.doesNotMatch(s, /undefined/, `${what}: ${s}`);
  assert.doesNotMatch(s, /\bnull\b(?! \()/, `${what}: ${s}`);
  assert.doesNotMatch(s, /\$\{/, `${what} has an unreplaced placeholder: ${s}`);
  assert.doesNotMatch(s, /\[object Object\]|NaN/, `${what}: ${s}`);
  // An empty quotation ("") standing alone, not the end of a quoted value that itself ends in a quote.
  assert.doesNotMatch(s, /(?:^|[\s(:])""(?:$|[\s).,:;])/, `${what} quotes an empty value: ${s}`);
}

describe('rule registry', () => {
  test('has rules, with kebab-case codes', () => {
    assert.ok(entries.length > 0);
    for (const [code] of entries) assert.match(code, /^[a-z]+(?:-[a-z]+)*$/);
  });

  for (const [code, rule] of entries) {
    describe(code, () => {
      test('has a severity', () => assert.ok(rule.severity === 'error' || rule.severity === 'warning'));

      test('has a Swedish title', () => {
        assertText(rule.title, 'title');
        assert.doesNotMatch(rule.title, ENGLISH, rule.title);
        assert.match(rule.title, /^[A-ZÅÄÖ]/, 'a title starts with a capital letter');
        assert.doesNotMatch(rule.title, /\.$/, 'a title is not a sentence');
      });

      test('reads as Swedish', () => {
        const text = [rule.title, rule.message(rule.example), rule.fix(rule.example)].join(' ');
        assert.match(text, SWEDISH, text);
      });

      test('message(example) is a finished Swedish sentence', () => {
        const message = rule.message(rule.example);
        assertText(message, 'message');
        assert.match(message, /[.!?]$/, `message does not end a sentence: ${message}`);
      });

      test('fix(example) is a finished Swedish sentence', () => {
        const fix = rule.fix(rule.example);
        assertText(fix, 'fix');
        assert.match(fix, /[.!?]$/, `fix does not end a sentence: ${fix}`);
      });

      // The rule without the parameters a finding may leave out.
      const required = Object.fromEntries(
        Object.entries(rule.example).filter(([name]) => !rule.optional.includes(name)),
      );

      test('the example gives every parameter the message and fix read, and they read every one', () => {
        // With and without the optional parameters, so that both sides of `p.x ? … : …` are read.
        const read = new Set([...namesRead(rule, rule.example), ...namesRead(rule, required)]);
        const missing = [...read].filter((k) => !(k in rule.example));
        assert.deepEqual(missing, [], `example lacks ${missing.join(', ')}`);
        // A declared parameter is one every makeIssue call for the rule must pass.
        const unread = Object.keys(rule.example).filter((k) => !read.has(k));
        assert.deepEqual(unread, [], `neither message nor fix reads ${unread.join(', ')}`);
      });

      if (rule.optional.length > 0) {
        test('without its optional parameters, message and fix are finished sentences', () => {
          for (const name of rule.optional) assert.ok(name in rule.example, `the example lacks optional ${name}`);
          for (const [what, text] of [
            ['message', rule.message(required)],
            ['fix', rule.fix(required)],
          ]) {
            assertText(text, what);
            assert.match(text, /[.!?]$/, `${what} does not end a sentence: ${text}`);
          }
        });
      }
    });
  }
});

/**
 * The parameter names a rule's message and fix read, given `params`. Read through a proxy, so that a name
 * is seen even when the template would hide its value (e.g. `${p.x ?? ''}`).
 */
function namesRead(rule: Rule, params: Record<string, string>): Set<string> {
  const read = new Set<string>();
  const probe = new Proxy(params, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return target[key as string];
    },
  });
  rule.message(probe);
  rule.fix(probe);
  return read;
}
