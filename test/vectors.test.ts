import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../src/check.js';
import { decodeVectors, encodeVectors, maxRowCosine, rowBlock, rowCosine } from '../src/compare/vectorFile.js';
import { buildVectors, wordnetPairs } from '../src/train/buildVectors.js';
import { carryToInflections, counterFit } from '../src/train/counterFit.js';
import { DEFAULT_VECTORS_PATH, similarity, vectorRow, wordVectors } from '../src/compare/vectors.js';

test('a word-vector file round-trips: same words, cosines within int8 rounding', () => {
  const vectors = [Float32Array.from([3, 4, 0]), Float32Array.from([0, 0, -2]), Float32Array.from([1, 1, 1])];
  const file = decodeVectors(encodeVectors(['alpha', 'beta', 'gamma'], vectors, 3));
  assert.deepEqual([...file.rows.keys()], ['alpha', 'beta', 'gamma']);
  assert.ok(Math.abs(rowCosine(file, 0, 0) - 1) < 0.02);
  assert.ok(Math.abs(rowCosine(file, 0, 1)) < 0.02);
  assert.ok(Math.abs(rowCosine(file, 0, 2) - 7 / (5 * Math.sqrt(3))) < 0.02);
  // the same bytes at an odd offset inside a larger buffer decode the same
  const shifted = Buffer.concat([Buffer.from([0]), encodeVectors(['alpha', 'beta', 'gamma'], vectors, 3)]).subarray(1);
  assert.equal(rowCosine(decodeVectors(shifted), 0, 2), rowCosine(file, 0, 2));
});

test('a damaged word-vector file is refused with a reason', () => {
  assert.throws(() => decodeVectors(Buffer.from('not vectors at all')), /bad header/);
  const good = encodeVectors(['a'], [Float32Array.from([1, 0])], 2);
  assert.throws(() => decodeVectors(good.subarray(0, good.length - 1)), /truncated/);
});

test('the shipped vectors put paraphrases closer than unrelated words', () => {
  assert.ok(readFileSync(DEFAULT_VECTORS_PATH).length > 1e6);
  const sim = (a: string, b: string) => similarity(vectorRow(a), vectorRow(b));
  assert.ok(sim('automobile', 'car') > sim('banana', 'car') + 0.3);
  assert.ok(sim('purchased', 'bought') > sim('purchased', 'slept') + 0.3);
  assert.equal(vectorRow('qzxv-not-a-word'), -1);
  assert.equal(similarity(-1, vectorRow('car')), 0);
});

test('the nearest of many source words is found as exactly as comparing them one by one', () => {
  // a long source's words are compared side by side (rowBlock): scores must not move by a bit
  const v = wordVectors();
  const rows = Array.from({ length: 300 }, (_, i) => (i * 197 + 11) % v.rows.size);
  const block = rowBlock(v, rows);
  for (const word of ['car', 'storm', 'revenue', 'quickly', 'tuesday']) {
    const row = vectorRow(word);
    const oneByOne = Math.max(0, ...rows.map((r) => rowCosine(v, row, r)));
    assert.equal(maxRowCosine(v, row, block), oneByOne);
    assert.equal(maxRowCosine(v, row, rowBlock(v, [...rows, row])), 1);
  }
  // dimensions not a multiple of four
  const odd = decodeVectors(encodeVectors(['a', 'b', 'c'], [Float32Array.from([1, 2, 3, 4, 5]), Float32Array.from([5, 4, 3, 2, 1]), Float32Array.from([-1, 0, 2, 0, 1])], 5));
  assert.equal(maxRowCosine(odd, 0, rowBlock(odd, [1, 2])), Math.max(rowCosine(odd, 0, 1), rowCosine(odd, 0, 2)));
});

const featuresOf = (source: string, text: string) => analyze({ sources: [{ text: source }], text }).inputs[0].comparison.features;

test('a word the sources lack scores as close to them when it paraphrases a source word', () => {
  const source = 'Police said the storm killed three people in the coastal town on Sunday.';
  // "seaside" has no WordNet link to "coastal"; "medieval" says something new
  const paraphrase = featuresOf(source, 'Police said the storm killed three people in the seaside town on Sunday.');
  const unrelated = featuresOf(source, 'Police said the storm killed three people in the medieval town on Sunday.');
  assert.equal(paraphrase.novelWords, 1);
  assert.equal(unrelated.novelWords, 1);
  assert.ok(paraphrase.novelSimilarity > unrelated.novelSimilarity + 0.1, `${paraphrase.novelSimilarity} vs ${unrelated.novelSimilarity}`);
  assert.equal(paraphrase.novelUnrelated, 0);
  assert.equal(unrelated.novelUnrelated, 1);
  assert.ok(paraphrase.softCoverageBest > unrelated.softCoverageBest);
});

test('a word put in place of a source word scores by how close the two are: "vision tasks" for "perception tasks" above "decision tasks", a sibling 0; nothing replaced scores 1', () => {
  const source = 'We present the first verification that a neural network for perception tasks produces a correct output.';
  const edited = (word: string) => featuresOf(source, `We present the first verification that a neural network for ${word} tasks produces a correct output.`);
  const [close, far] = [edited('vision'), edited('decision')];
  assert.equal(close.substitutedWords, 1);
  assert.equal(far.substitutedWords, 1);
  assert.ok(close.substitutionSimilarity > far.substitutionSimilarity + 0.15, `${close.substitutionSimilarity} vs ${far.substitutionSimilarity}`);
  assert.ok(far.substitutionSimilarity < 0.5);
  assert.equal(edited('perception').substitutionSimilarity, 1);
  // a sibling is another thing however close its vector: "trucks" where the passage says "cars"
  const sibling = featuresOf('The old bridge carries buses and cars.', 'The old bridge carries buses and trucks.');
  assert.equal(sibling.siblingSwaps, 1);
  assert.equal(sibling.substitutionSimilarity, 0);
});

test('a claim the sources state word for word is fully backed by vectors too', () => {
  const f = featuresOf('The bridge opened in 1932 after four years of work.', 'The bridge opened after four years of work.');
  assert.equal(f.novelSimilarity, 1);
  assert.equal(f.softCoverageBest, 1);
  assert.equal(f.weakestBest, 1);
});

test('building the vector file keeps the most frequent plain words, in order, up to the limit', () => {
  const embeddings = {
    dimensions: 2,
    words: ['the', ',', 'U.S.', 'car', 'well-known', 'auto', 'rare'],
    vectors: { the: [1, 0, 1, 0], ',': [0, 1, 1, 1], 'U.S.': [1, 1, 1, 2], car: [0.6, 0.8, 1, 3], 'well-known': [1, 1, 1, 4], auto: [0.8, 0.6, 1, 5], rare: [1, 0, 1, 6] },
  };
  const file = decodeVectors(buildVectors(embeddings, 4, false));
  assert.deepEqual([...file.rows.keys()], ['the', 'car', 'well-known', 'auto']);
  assert.ok(Math.abs(rowCosine(file, 1, 3) - 0.96) < 0.02);
});

const cosine = (a: Float32Array, b: Float32Array) => {
  let s = 0, na = 0, nb = 0;
  for (let d = 0; d < a.length; d++) (s += a[d] * b[d]), (na += a[d] * a[d]), (nb += b[d] * b[d]);
  return s / Math.sqrt(na * nb);
};

test('counter-fitting pulls synonyms together and pushes antonyms apart, and leaves other words where they were', () => {
  const v = (...x: number[]) => Float32Array.from(x);
  // 0,1 synonyms (cosine 0.5); 2,3 antonyms (0.9); 4 in no pair
  const vectors = [v(1, 0, 0, 0), v(0.5, Math.sqrt(0.75), 0, 0), v(0, 0, 1, 0), v(0, 0, 0.9, Math.sqrt(0.19)), v(0.3, 0.3, 0.3, 0.3)];
  const fitted = counterFit(vectors, [[0, 1]], [[2, 3]]);
  assert.ok(cosine(fitted[0], fitted[1]) > 0.8, `synonyms ${cosine(fitted[0], fitted[1])}`);
  assert.ok(cosine(fitted[2], fitted[3]) < 0.2, `antonyms ${cosine(fitted[2], fitted[3])}`);
  assert.ok(cosine(fitted[4], vectors[4]) > 0.9999, 'a word in no pair stays');
  assert.ok(cosine(fitted[0], vectors[0]) > 0.8, 'a fitted word stays near its corpus meaning');
  assert.equal(cosine(vectors[2], vectors[3]).toFixed(2), '0.90', 'the input is not changed');
  // an inflected form moves with its base word; another word does not
  const words = ['decrease', 'increase', 'decreased', 'increased', 'tuesday'];
  const base = [v(1, 0.1, 0), v(0.95, 0.2, 0), v(1, 0.12, 0.01), v(0.96, 0.2, 0.01), v(0, 0, 1)];
  const carried = carryToInflections(words, base, counterFit(base, [], [[0, 1]]), [0, 1]);
  assert.ok(cosine(carried[2], carried[3]) < cosine(base[2], base[3]) - 0.3, `inflections ${cosine(carried[2], carried[3])}`);
  assert.ok(cosine(carried[4], base[4]) > 0.9999);
});

test('WordNet gives the pairs counter-fitting uses: synonyms and antonyms among the vector file\'s words, each pair once', () => {
  const words = ['car', 'automobile', 'increase', 'decrease', 'banana'];
  const { synonyms, antonyms } = wordnetPairs(words);
  const named = (pairs: [number, number][]) => pairs.map(([a, b]) => [words[a], words[b]].sort().join('/'));
  assert.deepEqual(named(synonyms), ['automobile/car']);
  assert.deepEqual(named(antonyms), ['decrease/increase']);
});

test('the shipped vectors are counter-fitted: opposites no longer sit as close as synonyms', () => {
  const sim = (a: string, b: string) => similarity(vectorRow(a), vectorRow(b));
  for (const [a, b] of [['increase', 'decrease'], ['increased', 'decreased'], ['public', 'private'], ['win', 'lose']]) assert.ok(sim(a, b) < 0.3, `${a}/${b} ${sim(a, b)}`);
  assert.ok(sim('car', 'automobile') > 0.8);
  assert.ok(sim('big', 'large') > 0.8);
});
