import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goal, model, plan } from '../../tests/support/model.ts';
import { goalsCsv, goalsJson, openGoals } from './open-data.ts';

const p = plan('norr-2022-2024', 'norr', {
  goals: [
    goal('norr-2022-2024', 'g1', {
      text: 'Mål med "citat", komma\noch radbrytning',
      owners: ['o1'],
      timeframe: '2022-24',
      years: { from: 2022, to: 2024 },
    }),
    goal('norr-2022-2024', 'g2', { number: '2:1' }),
  ],
});
const goals = openGoals(model([p]));

test('open goals carry owners as written, parsed timeframes and inherited areas', () => {
  assert.deepEqual(goals[0].owners, [{ id: 'o1', name: 'Regionerna' }]);
  assert.deepEqual(goals[0].timeframe, { label: '2022-24', from: 2022, to: 2024 });
  assert.deepEqual(goals[0].areas, { vf: ['a1'] });
  assert.equal(goals[0].url, '/mal/g1/');
  assert.equal(goals[1].timeframe, null);
  assert.equal(goals[1].number, '2:1');
  assert.equal(openGoals(model([p]), 'https://example.se/')[0].url, 'https://example.se/mal/g1/');
});

test('a goal says which of its areas are provisional, and says none once its direction is verified', () => {
  // The test model's direction "vf" is provisional, like Vägen framåt's areas.
  assert.deepEqual(goals[0].provisionalAreas, ['vf']);
  const verified = model([p]);
  verified.directions = verified.directions.map((d) => ({ ...d, status: 'verified' as const }));
  assert.deepEqual(openGoals(verified)[0].provisionalAreas, []);
});

test('CSV quotes fields with quotes, commas and line breaks (RFC 4180)', () => {
  const csv = goalsCsv(goals);
  assert.ok(
    csv.includes(',"Mål med ""citat"", komma\noch radbrytning",o1,Regionerna,2022-24,2022,2024,vf:a1,/mal/g1/,vf\r\n'),
  );
  assert.ok(csv.endsWith('\r\n'));
});

test('JSON wraps goals with a format version', () => {
  const data = JSON.parse(goalsJson(goals));
  assert.equal(data.version, 1);
  assert.equal(data.goals.length, 2);
});

test('CSV starts with a UTF-8 byte order mark, so Excel keeps å, ä and ö', () => {
  const bytes = Buffer.from(goalsCsv(goals), 'utf8');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(bytes.subarray(3).toString('utf8').startsWith('id,plan,region,'));
});

test('CSV cells that a spreadsheet would run as a formula start with an apostrophe', () => {
  const risky = [
    '=HYPERLINK("https://x.example/","klicka")',
    "+cmd|' /C calc'!A0",
    '-2+3',
    '@SUM(A1:A2)',
    '\tflik',
    '\rvagn',
  ];
  const texts = [...risky, 'Mål – med tankstreck', 'a=b', '2022–2024'];
  const csvGoals = openGoals(
    model([
      plan('norr-2022-2024', 'norr', { goals: texts.map((text, i) => goal('norr-2022-2024', `f${i}`, { text })) }),
    ]),
  );
  const rows = goalsCsv(csvGoals).split('\r\n').slice(1);
  const textCell = (i: number) =>
    rows
      .find((r) => r.startsWith(`f${i},`))!
      .split(',')
      .slice(6)
      .join(',');
  for (const [i, text] of risky.entries()) {
    const cell = textCell(i);
    // The cell (unquoted, or inside RFC 4180 quotes) begins with the apostrophe, then the text as written.
    assert.ok(
      cell.startsWith(`'${text.slice(0, 3)}`) || cell.startsWith(`"'${text.slice(0, 3)}`),
      `${JSON.stringify(text)}: ${cell}`,
    );
  }
  // Text that merely contains such a character, or starts otherwise, is left as written.
  assert.ok(textCell(risky.length).startsWith('Mål – med tankstreck,'));
  assert.ok(textCell(risky.length + 1).startsWith('a=b,'));
  // Numbers (timeframe years) are not text and stay numbers.
  assert.ok(goalsCsv(goals).includes(',2022-24,2022,2024,'));
});
