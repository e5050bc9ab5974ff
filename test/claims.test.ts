import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitClaims } from '../src/claims/split.js';
import { segment } from '../src/text/segment.js';

const claimsOf = (t: string) => segment(t).flatMap((s) => splitClaims(s, t)).map((c) => c.text);

test('a sentence joining several assertions becomes several claims', () => {
  assert.deepEqual(claimsOf('Putin met Obama in Moscow, and the two leaders discussed trade, which has fallen sharply since 2014.'), [
    'Putin met Obama in Moscow',
    'the two leaders discussed trade',
    'which has fallen sharply since 2014.',
  ]);
});

test('a simple sentence stays whole', () => {
  assert.deepEqual(claimsOf('The council approved the new tram line on Tuesday.'), ['The council approved the new tram line on Tuesday.']);
});

test('a list of nouns joined by "and" is not split', () => {
  assert.deepEqual(claimsOf('The shop sells apples, pears, and plums.'), ['The shop sells apples, pears, and plums.']);
});

test('semicolons separate claims', () => {
  assert.deepEqual(claimsOf('Sales rose in March; profits fell in April.'), ['Sales rose in March', 'profits fell in April.']);
});

test('a relative clause in the middle of a sentence is not cut out', () => {
  assert.deepEqual(claimsOf('The mayor, who took office in 2020, opened the bridge.'), ['The mayor, who took office in 2020, opened the bridge.']);
});

test('claim offsets index the original text', () => {
  const t = 'Intro line.\n- Sales rose in March, but profits fell in April.';
  for (const s of segment(t)) for (const c of splitClaims(s, t)) assert.equal(t.slice(c.start, c.end), c.text);
});
