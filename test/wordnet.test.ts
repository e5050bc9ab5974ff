import assert from 'node:assert/strict';
import { test } from 'node:test';
import { antonyms, supportingLemmas, synsetOffsets } from '../src/compare/wordnet.js';

test('lemmas are found in the WordNet index, unknown words are not', () => {
  assert.ok(synsetOffsets('dog', 'n').length >= 5);
  assert.deepEqual(synsetOffsets('zzzqqq', 'n'), []);
});

test('a word is backed by its synonyms, derived forms and more specific words', () => {
  assert.ok(supportingLemmas('buy', 'v').has('purchase'));
  assert.ok(supportingLemmas('decision', 'n').has('decide'));
  assert.ok(supportingLemmas('dog', 'n').has('puppy'));
});

test('a more general word does not back a more specific one', () => {
  assert.ok(!supportingLemmas('puppy', 'n').has('dog'));
});

test('antonyms come from WordNet', () => {
  assert.ok(antonyms('increase', 'v').has('decrease'));
  assert.ok(antonyms('win', 'v').has('lose'));
});
