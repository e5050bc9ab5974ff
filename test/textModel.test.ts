import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from '../src/check.js';
import { prng } from '../src/train/gbdt.js';
import type { FeatureRow } from '../src/train/featureRows.js';
import { claimBar, fitTextModel, RULE_CAP, summarise, textScore, type TextModel } from '../src/train/textModel.js';
import { example } from './helpers.js';

const model: TextModel = { minWeight: 0.2, countWeight: -0.1, meanWeight: 0.5, lowShareWeight: -0.3, bias: 0.2 };

test('a text score falls as its claims get weaker, and a fired rule caps it', () => {
  const strong = textScore(model, [0.9, 0.85, 0.95], false);
  const mixed = textScore(model, [0.9, 0.3, 0.95], false);
  const weak = textScore(model, [0.3, 0.2, 0.4], false);
  assert.ok(strong > mixed && mixed > weak, `${strong} ${mixed} ${weak}`);
  assert.ok(textScore(model, [0.9, 0.85, 0.95], true) <= RULE_CAP);
  assert.equal(textScore(model, [], false), 1);
});

test('a supported text flags no claim; an unsupported one flags its weakest, rule-capped and sub-threshold claims', () => {
  assert.equal(claimBar(0.5, [0.9, 0.4], 0.7), 0);
  const scores = [0.9, 0.62, 0.45, RULE_CAP];
  const bar = claimBar(0.5, scores, 0.2);
  assert.deepEqual(scores.map((s) => s < bar), [false, false, true, true]);
  // every claim above the threshold, yet the text model says no: the weakest one is still flagged
  const high = [0.9, 0.7, 0.8];
  const barHigh = claimBar(0.5, high, 0.4);
  assert.deepEqual(high.map((s) => s < barHigh), [false, true, false]);
});

test('summarise reads the lowest score, count, mean log-odds and share below one half', () => {
  const s = summarise([0.5, 0.25, 0.75]);
  assert.equal(s.min, 0.25);
  assert.equal(s.count, 3);
  assert.ok(Math.abs(s.meanLogit) < 1e-9);
  assert.ok(Math.abs(s.lowShare - 1 / 3) < 1e-12);
});

test('the fitted text model learns that texts with many weak claims are unsupported', () => {
  const rand = prng(7);
  const rows: FeatureRow[] = [];
  const scores: number[][] = [];
  for (let i = 0; i < 600; i++) {
    const label = i % 2 === 0 ? 1 : 0;
    const n = 1 + Math.floor(rand() * 6);
    // unsupported texts have more weak claims, not always the weakest single one
    scores.push(Array.from({ length: n }, () => (label ? 0.45 + rand() * 0.5 : 0.2 + rand() * 0.6)));
    rows.push({ id: String(i), dataset: 'synthetic', label: label as 0 | 1, claims: [] });
  }
  const m = fitTextModel(rows, scores);
  const correct = scores.filter((s, i) => (textScore(m, s, false) >= 0.5) === (rows[i].label === 1)).length;
  assert.ok(correct / rows.length > 0.8, `accuracy ${correct / rows.length}`);
  assert.ok((m.meanWeight ?? 0) > 0);
});

test('in a real check the text verdict and the claim verdicts agree', async () => {
  const flagged = await check({ sources: [{ text: example('news-article.txt') }], text: example('news-bullets.md') });
  assert.notEqual(flagged.verdict, 'supported');
  assert.ok(flagged.claims.some((c) => c.verdict !== 'supported'));
  const clean = await check({ sources: [{ text: 'The museum reopened on Monday after a two-year renovation.' }], text: 'The museum reopened on Monday after a two-year renovation.' });
  assert.equal(clean.verdict, 'supported');
  assert.ok(clean.claims.every((c) => c.verdict === 'supported'));
});
