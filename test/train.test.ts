import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FEATURE_NAMES } from '../src/compare/features.js';
import { analyze } from '../src/check.js';
import { claimExamples } from '../src/train/examples.js';
import { featureRow, type FeatureRow } from '../src/train/featureRows.js';
import { fitGbdt, gbdtLogit, prng, treeOutput, type GbdtModel } from '../src/train/gbdt.js';
import { fitLogistic, logisticLogit, type LogisticModel } from '../src/train/logistic.js';
import { claimScore, loadScorer, rowClaimScores, scoreVector, serialiseScorer, type MeanModel } from '../src/train/model.js';
import { DEFAULT_MODEL_PATH } from '../src/engines/builtin.js';
import { extractFeatureRows, fitScorer } from '../src/train/trainModel.js';
import { example } from './helpers.js';

function synthetic(n: number, seed: number, rule: (x: number[]) => boolean) {
  const rand = prng(seed);
  const X = Array.from({ length: n }, () => [rand(), rand(), rand()]);
  return { X, y: X.map((x) => (rule(x) ? 1 : 0)), w: X.map(() => 1) };
}
const accuracy = (pred: boolean[], y: number[]) => pred.filter((p, i) => Number(p) === y[i]).length / y.length;

test('logistic regression recovers a linear rule and ignores noise features', () => {
  const rule = (x: number[]) => x[0] > 0.5;
  const train = synthetic(2000, 1, rule);
  const held = synthetic(1000, 2, rule);
  const m = fitLogistic(train.X, train.y, train.w, { l2: 0.01 });
  assert.ok(accuracy(held.X.map((x) => logisticLogit(m, x) > 0), held.y) > 0.97);
  assert.ok(m.weights[0] > 10 * Math.abs(m.weights[1]) && m.weights[0] > 10 * Math.abs(m.weights[2]), JSON.stringify(m.weights));
});

test('boosted trees recover an interaction no linear model can', () => {
  const rule = (x: number[]) => (x[0] > 0.5) !== (x[1] > 0.5); // XOR
  const train = synthetic(4000, 3, rule);
  const held = synthetic(1000, 4, rule);
  const m = fitGbdt(train, { seed: 7, trees: 150 });
  assert.ok(accuracy(held.X.map((x) => gbdtLogit(m, x) > 0), held.y) > 0.95);
  const linear = fitLogistic(train.X, train.y, train.w);
  assert.ok(accuracy(held.X.map((x) => logisticLogit(linear, x) > 0), held.y) < 0.7);
});

test('monotone constraints: the output never falls as a +1 feature rises, even where the training data dips', () => {
  // support rises with x0 except for a band where the labels say otherwise (a quirk of one dataset)
  const rule = (x: number[]) => (x[0] > 0.6 && x[0] < 0.7 ? false : x[0] > 0.4);
  const train = synthetic(4000, 11, rule);
  const free = fitGbdt(train, { seed: 3, trees: 120 });
  const bounded = fitGbdt(train, { seed: 3, trees: 120, monotone: [1, 0, 0] });
  const along = (m: ReturnType<typeof fitGbdt>) => Array.from({ length: 101 }, (_, k) => gbdtLogit(m, [k / 100, 0.5, 0.5]));
  const falls = (v: number[]) => v.some((z, k) => k > 0 && z < v[k - 1] - 1e-12);
  assert.ok(falls(along(free)), 'without constraints the model learns the dip');
  assert.ok(!falls(along(bounded)), 'with them it never falls');
  // and it still learns the rise
  assert.ok(gbdtLogit(bounded, [0.9, 0.5, 0.5]) > gbdtLogit(bounded, [0.1, 0.5, 0.5]) + 2);
});

test('boosted trees are deterministic for a fixed seed and differ for another', () => {
  const data = synthetic(1000, 5, (x) => x[0] + x[2] > 1);
  assert.deepEqual(fitGbdt(data, { seed: 1, trees: 20 }), fitGbdt(data, { seed: 1, trees: 20 }));
  assert.notDeepEqual(fitGbdt(data, { seed: 1, trees: 20 }), fitGbdt(data, { seed: 2, trees: 20 }));
});

const row = (id: string, label: 0 | 1, claims: number[][], spans?: [number, number][]): FeatureRow => ({
  id, dataset: 'd', label, ...(spans ? { spans } : {}), claims: claims.map((x, i) => ({ start: i * 10, end: i * 10 + 9, x })),
});

test('claim labels: all claims of a supported row, the annotated ones of an unsupported row, else its worst claim', () => {
  const rows = [
    row('a', 1, [[0.9], [0.8]]),
    row('b', 0, [[0.9], [0.2], [0.7]]), // no spans: only the claim scored lowest (0.2) is a negative
    row('c', 0, [[0.9], [0.95]], [[12, 15]]), // the span touches the second claim
  ];
  const e = claimExamples(rows, (x) => x[0]);
  assert.deepEqual(e.X.map((x, i) => [x[0], e.y[i]]), [[0.9, 1], [0.8, 1], [0.2, 0], [0.9, 1], [0.95, 0]]);
  // each row weighs the same in total, and the two classes weigh the same
  const total = (cls: number) => e.w.filter((_, i) => e.y[i] === cls).reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(total(0) - total(1)) < 1e-9);
});

test('feature extraction is deterministic, on the main thread and on workers alike', async () => {
  const r = { id: 'x', dataset: 'news', doc: example('news-article.txt'), claim: example('news-bullets.md'), label: 0 as const };
  assert.deepEqual(featureRow(r), featureRow(r));
  assert.equal(featureRow(r).claims[0].x.length, FEATURE_NAMES.length);
  const dir = mkdtempSync(join(tmpdir(), 'gc-train-'));
  const file = join(dir, 'rows.jsonl');
  writeFileSync(file, `${JSON.stringify(r)}\n${JSON.stringify({ ...r, id: 'y', claim: 'The council voted on Tuesday.' })}\n`);
  const inline = await extractFeatureRows([file], { threads: 0 });
  const threaded = await extractFeatureRows([file], { threads: 2 });
  assert.deepEqual(threaded, inline);
});

test('a fitted scorer saved and loaded predicts exactly the same, and refitting gives the same file', async () => {
  const rand = prng(11);
  const make = (i: number): FeatureRow => {
    const good = rand() < 0.5;
    const x = FEATURE_NAMES.map((n) => (n === 'coverageSources' || n === 'coverageBest' ? (good ? 0.8 : 0.4) + rand() * 0.2 : rand()));
    return row(`r${i}`, good ? 1 : 0, [x]);
  };
  const train = Array.from({ length: 300 }, (_, i) => make(i));
  const dev = Array.from({ length: 100 }, (_, i) => make(1000 + i));
  const fitted = fitScorer(train, dev, { seed: 3 });
  assert.equal(fitted.scorer.model.type, 'mean', 'the default keeps both kinds, averaged');
  assert.ok(fitted.candidates.mean!.devMacroBalancedAccuracy > 0.9, JSON.stringify(fitted.candidates));
  assert.equal(serialiseScorer(fitScorer(train, dev, { seed: 3 }).scorer), serialiseScorer(fitted.scorer));
  const file = join(mkdtempSync(join(tmpdir(), 'gc-model-')), 'model.json');
  writeFileSync(file, serialiseScorer(fitted.scorer));
  const loaded = loadScorer(file);
  const features = analyze({ sources: [{ text: example('news-article.txt') }], text: example('news-bullets.md') }).inputs.map((i) => i.comparison.features);
  assert.deepEqual(features.map((f) => claimScore(loaded, f)), features.map((f) => claimScore(fitted.scorer, f)));
});

test('the shipped model scores a claim as the mean log-odds of its logistic regression and the sum of its trees, and the same from features as from a feature row', () => {
  const shipped = loadScorer(DEFAULT_MODEL_PATH);
  assert.equal(shipped.model.type, 'mean');
  const [logistic, trees] = (shipped.model as MeanModel).members as [LogisticModel, GbdtModel];
  assert.deepEqual([logistic.type, trees.type], ['logistic', 'gbdt']);
  const rand = prng(5);
  for (let k = 0; k < 200; k++) {
    const x = shipped.features.map(() => (rand() < 0.2 ? 0 : rand() * (rand() < 0.5 ? 1 : 12)));
    const treeSum = trees.trees.reduce((z, t) => z + treeOutput(t, x), trees.base);
    assert.equal(gbdtLogit(trees, x), treeSum);
    assert.ok(Math.abs(scoreVector(shipped.model, x) - 1 / (1 + Math.exp(-(logisticLogit(logistic, x) + treeSum) / 2))) < 1e-12);
  }
  const features = analyze({ sources: [{ text: example('news-article.txt') }], text: example('news-bullets.md') }).inputs.map((i) => i.comparison.features);
  const rows = [{ claims: features.map((f) => ({ x: FEATURE_NAMES.map((n) => f[n]) })) }];
  assert.deepEqual(features.map((f) => claimScore(shipped, f).score), rowClaimScores(shipped, rows)[0].scores);
});

test('the README gives the shipped model\'s own threshold, which users compare theirs with', () => {
  const shipped = loadScorer(DEFAULT_MODEL_PATH);
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const stated = /instead of the model's own \((\d\.\d+) for the shipped one\)/.exec(readme);
  assert.ok(stated, 'the --threshold row of the options table names the shipped threshold');
  assert.equal(stated[1], shipped.threshold.toFixed(3));
});

test('loading a file that is not a scorer model fails with a clear message', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'gc-model-')), 'other.json');
  writeFileSync(file, JSON.stringify({ format: 'something-else' }));
  assert.throws(() => loadScorer(file), /not a groundcheck scorer model/);
});

test('loading a damaged model file fails on load with a message naming what is wrong, not with a TypeError or NaN scores on the first check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-model-'));
  const shipped = JSON.parse(readFileSync(DEFAULT_MODEL_PATH, 'utf8'));
  const damaged = (name: string, edit: (m: any) => void) => {
    const m = structuredClone(shipped);
    edit(m);
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(m));
    return file;
  };
  const truncated = join(dir, 'truncated.json');
  writeFileSync(truncated, readFileSync(DEFAULT_MODEL_PATH, 'utf8').slice(0, 5000));
  assert.throws(() => loadScorer(truncated), /truncated\.json is not a groundcheck scorer model \(not JSON/);
  const width = shipped.features.length;
  assert.throws(() => loadScorer(damaged('weights', (m) => m.model.members[0].weights.pop())), new RegExp(`damaged groundcheck scorer model: its "model.members\\[0\\]" \\(logistic\\) has no "weights" of ${width} numbers`));
  assert.throws(() => loadScorer(damaged('cycle', (m) => { const t = m.model.members[1].trees[3]; t.left[0] = 0; })), /tree 3 of its "model.members\[1\]" \(gbdt\) is malformed/);
  assert.throws(() => loadScorer(damaged('column', (m) => { m.model.members[1].trees[0].feature[0] = width; })), /tree 0 of its "model.members\[1\]" \(gbdt\) is malformed/);
  assert.throws(() => loadScorer(damaged('text', (m) => { delete m.text.bias; })), /its "text" model lacks a weight/);
  assert.throws(() => loadScorer(damaged('threshold', (m) => { m.threshold = '0.5'; })), /its "threshold" is not a number/);
  assert.throws(() => loadScorer(damaged('features', (m) => { delete m.features; })), /its "features" is not a list of feature names/);
  // the shipped file itself loads
  assert.equal(loadScorer(DEFAULT_MODEL_PATH).model.type, 'mean');
});

test('loading a model whose claim model this version cannot read fails with a clear message, not with scores from the wrong formula', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'gc-model-')), 'newer.json');
  const shipped = loadScorer(DEFAULT_MODEL_PATH);
  writeFileSync(file, serialiseScorer({ ...shipped, model: { type: 'mean', members: [{ type: 'forest' }] } as unknown as MeanModel }));
  assert.throws(() => loadScorer(file), /holds a claim model this version cannot read \(forest\)/);
});
