// YAML syntax faults in Swedish. The parser's own messages (English) never reach an editor: each fault is
// recognised from the parser's error code and the text at its position, and said with its cause and fix.
// One mistake often makes the parser report many follow-on errors; only the first error of each
// top-level block (one goal, one field of plan.yaml) is kept, so one fault gives one error.
import type { Finding } from './rules.ts';

/** A rule the YAML parser's errors are said with, its parameters, and the offset in the text where it is. */
export type SyntaxFault = Finding<
  'yaml-syntax' | 'yaml-tab' | 'yaml-too-deep' | 'duplicate-key' | 'list-dash-missing'
> & {
  offset: number;
};

/** What the parser reports (a YAMLError), or a finding of our own with the code COMMENT_IN_TEXT. */
export interface ParseError {
  code: string;
  message: string;
  pos: [number, number];
}

/** A text value cut short by " #", which YAML reads as the start of a comment. */
export const COMMENT_IN_TEXT = 'COMMENT_IN_TEXT';

/** Deeper than this, a value is refused: no content file needs more than a handful of levels. */
export const MAX_YAML_DEPTH = 20;

const FIX_GENERIC =
  'Kontrollera raden: indrag med mellanslag (inte tabbar), "namn: värde" med mellanslag efter kolon och "- " före varje listelement, och citattecken runt text som innehåller ": " eller " #".';

const QUOTE_FIX = 'Sätt hela värdet inom citattecken ("…").';

/** Cause and fix for each parser error code; `at` is the text of the line from the error on. */
function explain(err: Found, line: string, at: string): { detail: string; fix: string } {
  const message = err.message;
  const keyWithoutSpace = /^\s*(?:-\s+)?[A-Za-z][\w-]*:[^\s]/.test(line);
  switch (err.code) {
    case COMMENT_IN_TEXT:
      return HASH_IN_TEXT;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (/:\s/.test(line.replace(/^\s*(?:-\s+)?[^\s:#'"]+:\s/, ''))) return COLON_IN_TEXT;
      if (keyWithoutSpace) return NO_SPACE_AFTER_COLON;
      return {
        detail:
          'ett fältnamn saknar kolon och mellanslag ("namn: värde"), eller så fortsätter en text utan citattecken på nästa rad',
        fix: 'Skriv ett mellanslag efter kolon. Text över flera rader skrivs inom citattecken eller efter >- med indrag på raderna under.',
      };
    case 'MISSING_CHAR':
      if (/closing "quote/.test(message)) return unclosedQuote('"');
      if (/closing 'quote/.test(message)) return unclosedQuote("'");
      if (/Sequence item without -/.test(message)) return WRONG_INDENT;
      if (/Missing ,/.test(message)) {
        return {
          detail: 'ett kommatecken saknas mellan värdena i en lista inom [ ] eller ett block inom { }',
          fix: 'Skriv värdena med komma och mellanslag emellan, t.ex. owners: [norr-regionerna, rcc-norr].',
        };
      }
      if (/space after :/.test(message)) return NO_SPACE_AFTER_COLON;
      if (/Comments must be separated/.test(message)) return HASH_IN_TEXT;
      if (/directives-end/.test(message)) return DIRECTIVE;
      if (/need to be followed by map values/.test(message))
        return keyWithoutSpace ? NO_SPACE_AFTER_COLON : WRONG_INDENT;
      return { detail: 'ett tecken saknas på raden', fix: FIX_GENERIC };
    case 'BAD_INDENT':
      if (/Flow (sequence|mapping)/.test(message)) {
        return {
          detail: 'en lista inom [ ] eller ett block inom { } stängs inte på raden',
          fix: 'Avsluta listan med ] (eller blocket med }) på samma rad, t.ex. owners: [norr-regionerna, rcc-norr].',
        };
      }
      return WRONG_INDENT;
    case 'MULTIPLE_DOCS':
      return {
        detail:
          'en rad med bara "---" (eller "...") avslutar filen och börjar ett andra YAML-dokument, men filen får bara ha ett',
        fix: 'Ta bort raden. Målen i goals.yaml skiljs åt med "- " först på raden, inte med ---.',
      };
    case 'BAD_SCALAR_START': {
      const char = /cannot start with (?:reserved character )?(\S)/.exec(message)?.[1] ?? at.trim().charAt(0);
      return { detail: `ett värde börjar med tecknet ${char}, som har en särskild betydelse i YAML`, fix: QUOTE_FIX };
    }
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
    case 'BAD_PROP_ORDER':
      return ANCHOR;
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
    case 'MULTIPLE_TAGS':
      return {
        detail: 'ett värde som börjar med ! läses som en YAML-tagg, och den taggen finns inte här',
        fix: `${QUOTE_FIX} Taggar används inte i planernas filer.`,
      };
    case 'BAD_DQ_ESCAPE':
      return {
        detail: 'ett \\ inom citattecken följs av ett tecken som inte kan stå där',
        fix: "Skriv \\\\ för ett bakstreck, eller sätt texten inom enkla citattecken ('…') där \\ inte har någon särskild betydelse.",
      };
    case 'BAD_DIRECTIVE':
      return DIRECTIVE;
    case 'BLOCK_IN_FLOW':
      return {
        detail: 'rader med indrag eller "- " står inuti en lista [ ] eller ett block { }',
        fix: 'Skriv listan på en rad, [a, b], eller med ett "- " per rad utan hakparenteser.',
      };
    case 'NON_STRING_KEY':
      return {
        detail: 'ett fältnamn är en lista eller ett block',
        fix: 'Fältnamn skrivs som ett ord följt av kolon, t.ex. "owners:".',
      };
    case 'UNEXPECTED_TOKEN':
      if (/^\s*-[^\s-]/.test(line)) {
        return {
          detail: 'ett mellanslag saknas efter "-" i början av ett listelement',
          fix: 'Skriv "- " (bindestreck och mellanslag), t.ex. "- id: …".',
        };
      }
      if (keyWithoutSpace) return NO_SPACE_AFTER_COLON;
      if (/^\s*\]|^\s*\}/.test(at) || /Unexpected (flow-seq-end|flow-map-end)/.test(message)) {
        return {
          detail: 'en ] eller } stänger något som inte har öppnats',
          fix: 'Ta bort tecknet, eller lägg till [ eller { där listan börjar.',
        };
      }
      if (/block-scalar-header/.test(message)) return WRONG_INDENT;
      return {
        detail: 'raden kan inte tolkas här; oftast är indraget fel eller en text saknar citattecken',
        fix: FIX_GENERIC,
      };
    default:
      return { detail: 'raden kan inte tolkas som YAML', fix: FIX_GENERIC };
  }
}

const COLON_IN_TEXT = {
  detail: 'en text utan citattecken innehåller ": " (kolon och mellanslag), som YAML läser som början på ett nytt fält',
  fix: 'Sätt hela texten inom citattecken ("…"), eller skriv >- efter fältnamnet och texten indragen på raderna under.',
};
export const HASH_IN_TEXT = {
  detail: 'en text utan citattecken innehåller " #", och allt efter # läses som en kommentar',
  fix: 'Sätt hela texten inom citattecken ("…"), eller skriv >- efter fältnamnet och texten indragen på raderna under. Är det en kommentar, skriv två mellanslag före # och ett efter ("namn: värde  # kommentar") eller skriv den på en egen rad.',
};
const NO_SPACE_AFTER_COLON = {
  detail: 'ett mellanslag saknas efter kolon i "namn: värde"',
  fix: 'Skriv ett mellanslag efter kolon, t.ex. "chapter: barn-och-unga". Ska kolon ingå i texten: sätt texten inom citattecken.',
};
const WRONG_INDENT = {
  detail: 'indraget stämmer inte: fälten i samma block ska börja i samma kolumn',
  fix: 'Rätta indraget med mellanslag så att raden börjar rakt under de andra fälten i samma block (i goals.yaml två mellanslag in, under "id").',
};
const DIRECTIVE = {
  detail: 'en rad som börjar med % läses som ett YAML-direktiv',
  fix: QUOTE_FIX,
};
export const ANCHOR = {
  detail: 'ett värde som börjar med & eller * läses som ett YAML-ankare eller -alias',
  fix: `${QUOTE_FIX} Ankare och alias används inte i planernas filer.`,
};
function unclosedQuote(quote: string): { detail: string; fix: string } {
  return {
    detail: `ett citattecken (${quote}) öppnas men stängs aldrig`,
    fix:
      quote === '"'
        ? 'Avsluta värdet med " på samma rad. Ska texten innehålla " skriver du \\" eller sätter texten inom enkla citattecken.'
        : "Avsluta värdet med ' på samma rad. Ska texten innehålla ' skriver du två: ''.",
  };
}

/** Offsets where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The faults behind the parser's errors: a tab used as indentation, a nesting too deep, one Swedish
 * `yaml-syntax` error per top-level block (a goal, a field of plan.yaml), and duplicate keys. One mistake
 * often makes the parser stumble on and on; so when there is a syntax error, every block is parsed again
 * on its own, and only what a block gets wrong by itself is reported: its first syntax error, or else its
 * duplicate keys. Independent faults in different blocks are all found; follow-on errors are not.
 */
export function syntaxFaults(text: string, errors: ParseError[], parse: (text: string) => ParseError[]): SyntaxFault[] {
  if (errors.length === 0) return [];
  const deep = errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (deep) return [{ code: 'yaml-too-deep', params: { limit: String(MAX_YAML_DEPTH) }, offset: deep.pos[0] }];
  if (errors.every((e) => e.code === 'DUPLICATE_KEY'))
    return missingDashes(
      text,
      errors.map((e) => duplicate(text, e.pos[0])),
    );

  const starts = lineStarts(text);
  const lines = starts.map((start, i) =>
    text.slice(start, i + 1 < starts.length ? starts[i + 1] - 1 : text.length).replace(/\r$/, ''),
  );
  // A top-level block starts with a list item or a field name at column 1.
  const blockStarts = lines.flatMap((l, i) =>
    i === 0 || /^(?:-(?:\s|$)|[^\s#'"{[\]}|>-][^:#]*:(?:\s|$))/.test(l) ? [i] : [],
  );
  const faults: SyntaxFault[] = [];
  blockStarts.forEach((block, b) => {
    const from = starts[block];
    const to = b + 1 < blockStarts.length ? starts[blockStarts[b + 1]] : text.length;
    const own = parse(text.slice(from, to))
      .map((e) => ({ code: e.code, message: e.message, offset: from + Math.min(e.pos[0], Math.max(0, to - from - 1)) }))
      .sort((x, y) => x.offset - y.offset);
    const syntax = own.find((e) => e.code !== 'DUPLICATE_KEY');
    if (syntax) faults.push(fault(text, lines, starts, block, syntax));
    else faults.push(...own.map((e) => duplicate(text, e.offset)));
  });
  // Faults only in how the blocks fit together: a second document, or a list and fields side by side.
  const whole = errors.filter((e) => e.code === 'MULTIPLE_DOCS');
  if (whole.length > 0 || faults.length === 0) {
    const first = whole[0] ?? [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
    const offset = Math.min(first.pos[0], Math.max(0, text.length - 1));
    const line = lineIndex(starts, offset);
    faults.push(fault(text, lines, starts, blockStarts.findLast((s) => s <= line) ?? 0, { ...first, offset }));
  }
  // A fault seen both in its block and in the whole file (a second document) is said once.
  const seen = new Set<string>();
  return missingDashes(text, faults).filter((f) => {
    const key = `${f.code}@${f.offset}@${f.code === 'yaml-syntax' ? f.params.detail : ''}`;
    return !seen.has(key) && seen.add(key);
  });
}

/**
 * A list item whose "- " was left out: its fields join the item above, so every field is a duplicate key
 * (five for a goal), and the advice to remove one of them would delete a goal. Recognised when the first
 * duplicate of a run is the key the item above starts with ("- id: …" above, "  id: …" here); the run's
 * duplicates, up to the next item, become one finding that says to add the dash.
 */
function missingDashes(text: string, faults: SyntaxFault[]): SyntaxFault[] {
  const starts = lineStarts(text);
  const lines = starts.map((start, i) => text.slice(start, i + 1 < starts.length ? starts[i + 1] - 1 : text.length));
  const out: SyntaxFault[] = [];
  let skipUntil = -1;
  for (const f of faults) {
    const line = lineIndex(starts, f.offset);
    if (f.code !== 'duplicate-key') {
      out.push(f);
      continue;
    }
    if (line < skipUntil) continue;
    const own = /^( *)([^\s:#'"-][^:#]*):(?:\s|$)/.exec(lines[line]);
    const indent = own ? own[1].length : -1;
    let item = -1;
    for (let i = line - 1; own && indent >= 2 && i >= 0; i--) {
      const lead = /^ */.exec(lines[i])![0].length;
      if (lines[i].trim() === '' || lines[i].trimStart().startsWith('#')) continue;
      if (lead === indent - 2 && lines[i].slice(lead).startsWith('- ')) {
        item = i;
        break;
      }
      if (lead < indent) break;
    }
    const itemKey = item >= 0 ? /^ *- +([^\s:#'"][^:#]*):/.exec(lines[item])?.[1].trim() : undefined;
    if (!own || itemKey === undefined || itemKey !== own[2].trim()) {
      out.push(f);
      continue;
    }
    // The next item (or anything less indented) ends the fields that belong to the missing item.
    let end = line + 1;
    while (end < lines.length) {
      const lead = /^ */.exec(lines[end])![0].length;
      if (lines[end].trim() !== '' && (lead < indent || lines[end].slice(lead).startsWith('- '))) break;
      end++;
    }
    skipUntil = end;
    out.push({
      code: 'list-dash-missing',
      params: { line: lines[line].trim(), key: itemKey },
      offset: starts[line] + indent,
    });
  }
  return out;
}

function duplicate(text: string, offset: number): SyntaxFault {
  const key = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#\n]*?))\s*:/.exec(text.slice(offset));
  return { code: 'duplicate-key', params: { key: (key?.[1] ?? key?.[2] ?? key?.[3] ?? '').trim() || '?' }, offset };
}

interface Found {
  code: string;
  message: string;
  offset: number;
}

function fault(text: string, lines: string[], starts: number[], block: number, err: Found): SyntaxFault {
  const offset = err.offset;
  const line = lineIndex(starts, offset);
  // A tab in the indentation of any line of the block up to the error is the cause: the parser then
  // reports whatever it stumbles on next, in words that never say "tab".
  const tabLine = lines.slice(block, line + 1).findIndex((l) => /^[ ]*\t/.test(l) || /^\s*-\t/.test(l));
  if (tabLine >= 0 || err.code === 'TAB_AS_INDENT') {
    const at = tabLine >= 0 ? block + tabLine : line;
    return { code: 'yaml-tab', params: {}, offset: starts[at] + Math.max(0, lines[at].indexOf('\t')) };
  }
  if (err.code === 'RESOURCE_EXHAUSTION')
    return { code: 'yaml-too-deep', params: { limit: String(MAX_YAML_DEPTH) }, offset };
  // A field indented deeper than the field above it, which already has its value: the parser reads it as
  // text going on from that value and then stumbles on its colon. The cause is the indentation.
  const implicitKey = err.code === 'MULTILINE_IMPLICIT_KEY' || err.code === 'BLOCK_AS_IMPLICIT_KEY';
  for (const i of implicitKey ? [line, line + 1] : []) {
    const prev = i - 1;
    if (i >= lines.length || prev < block) continue;
    const key = /^( *)[A-Za-z][\w-]*:(?:\s|$)/.exec(lines[i]);
    // The key's column on the line above counts its "- " too: fields of a list item are indented past it.
    const above = /^( *(?:- +)?)[A-Za-z][\w-]*: *(.*)$/.exec(lines[prev]);
    if (key && above && key[1].length > above[1].length && above[2] !== '' && !/^[>|][-+]?$/.test(above[2].trim())) {
      return { code: 'yaml-syntax', params: { ...WRONG_INDENT }, offset: starts[i] };
    }
  }
  const { detail, fix } = explain(err, lines[line], text.slice(offset, starts[line + 1] ?? text.length));
  const unclosed = err.code === 'MISSING_CHAR' && /closing ["']quote/.test(err.message);
  const quoteAt = unclosed ? openingQuote(text, offset, err.message.includes('"') ? '"' : "'") : -1;
  return { code: 'yaml-syntax', params: { detail, fix }, offset: quoteAt >= 0 ? quoteAt : offset };
}

/** Where an unclosed quote opens: the last quote character before the error that starts a value. */
function openingQuote(text: string, before: number, quote: string): number {
  for (let i = Math.min(before, text.length - 1); i >= 0; i--) {
    if (text[i] === quote && (i === 0 || /[\s:[{,-]/.test(text[i - 1])) && !(quote === '"' && text[i - 1] === '\\'))
      return i;
  }
  return -1;
}
