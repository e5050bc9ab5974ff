import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { calibrate } from '../src/eval/calibrate.js';
import { renderCalibrationText } from '../src/report/calibrationText.js';
import { balancedAccuracy, bestThreshold } from '../src/eval/metrics.js';
import { builtinEngine } from '../src/engines/builtin.js';
import { runEval } from '../src/eval/runEval.js';
import { spanOverlap } from '../src/eval/spans.js';
import { summarise, type Outcome } from '../src/eval/summary.js';
import { example } from './helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gc-eval-'));
const article = example('news-article.txt');
const policy = example('rag-policy.txt');

/** Rows we labelled ourselves: the news bullets (1, 4 and 5 are faithful) and RAG answers. */
function fixtureRows() {
  const bullets = example('news-bullets.md').split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  // like Polytope: supported rows say "no unsupported span" ([]), unsupported rows have no span annotation
  const rows: object[] = bullets.map((claim, i) => ({ id: `news-${i}`, dataset: 'news', doc: article, claim, label: [0, 3, 4].includes(i) ? 1 : 0, ...([0, 3, 4].includes(i) ? { spans: [] } : {}) }));
  const answers: [string, number][] = [
    ['You can return most items within 30 days for a full refund.', 1],
    ['Electronics can be returned within 14 days.', 1],
    ['Gift cards can be returned within 60 days.', 0],
    ['Refunds are issued within 5 business days.', 1],
    ['Refunds are paid in cash at any of our 200 stores.', 0],
  ];
  answers.forEach(([claim, label], i) => rows.push({ id: `rag-${i}`, dataset: 'rag', doc: policy, claim, label, spans: label ? [] : [[claim.indexOf(i === 2 ? '60' : 'cash'), claim.length - 1]] }));
  return rows;
}
const lines = fixtureRows().map((r) => JSON.stringify(r));
const good = join(dir, 'good.jsonl');
writeFileSync(good, `${lines.join('\n')}\n`);

const quiet = { onWarning: () => {} };

test('eval scores every row and reports per-dataset and macro metrics', async () => {
  const { result } = await runEval({ files: [good], threads: 0, ...quiet });
  assert.deepEqual(Object.keys(result.datasets), ['news', 'rag']);
  assert.equal(result.datasets.news.n, 6);
  assert.equal(result.datasets.news.positives, 3);
  assert.equal(result.datasets.rag.n, 5);
  assert.ok(result.datasets.rag.spanF1 !== undefined, 'span F1 where spans are annotated');
  assert.ok(result.datasets.news.spanF1 === undefined, 'no span F1 when no row marks an unsupported span');
  assert.ok(result.datasets.rag.claimSpanF1! > 0, 'the flagged claims overlap the annotated spans');
  assert.ok(result.datasets.news.claimSpanF1 === undefined);
  assert.equal(result.macro.balancedAccuracy, Math.round(((result.datasets.news.balancedAccuracy! + result.datasets.rag.balancedAccuracy!) / 2) * 1e4) / 1e4);
  assert.ok(result.macro.balancedAccuracy! >= 0.75, `the examples are easy: ${result.macro.balancedAccuracy}`);
  assert.equal(result.skipped, 0);
});

test('malformed lines are reported with file and line and skipped; the run goes on', async () => {
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, [lines[0], '{not json', JSON.stringify({ id: 'x', doc: 'd', claim: 'c', label: 7 }), '', lines[1]].join('\n'));
  const warnings: string[] = [];
  const { result } = await runEval({ files: [bad], threads: 0, onWarning: (m) => warnings.push(m) });
  assert.equal(result.skipped, 2);
  assert.equal(result.datasets.news.n, 2);
  assert.match(warnings[0], /bad\.jsonl:2: invalid JSON/);
  assert.match(warnings[1], /bad\.jsonl:3: "label" must be 0 or 1 \(got 7\)/);
  await assert.rejects(runEval({ files: [bad], threads: 0, strict: true, ...quiet }), /bad\.jsonl:2: invalid JSON/);
});

test('rows with the same id are scored once, with a warning', async () => {
  const dup = join(dir, 'dup.jsonl');
  writeFileSync(dup, [lines[0], lines[0], lines[1]].join('\n'));
  const warnings: string[] = [];
  const { result } = await runEval({ files: [dup], threads: 0, onWarning: (m) => warnings.push(m) });
  assert.equal(result.datasets.news.n, 2);
  assert.match(warnings.join('\n'), /1 row\(s\) repeated an earlier id/);
});

const stable = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => {
  const { ms: _ms, ...rest } = JSON.parse(l);
  return rest;
});

test('a killed run resumes from its predictions file with nothing lost or duplicated', async () => {
  const full = join(dir, 'full.preds.jsonl');
  const uninterrupted = await runEval({ files: [good], predictions: full, threads: 0, ...quiet });
  const partial = join(dir, 'partial.preds.jsonl');
  const done = readFileSync(full, 'utf8').split('\n').slice(0, 4).join('\n');
  writeFileSync(partial, `${done}\n{"id":"news-4","sco`); // died while writing the fifth line
  const resumed = await runEval({ files: [good], predictions: partial, threads: 0, ...quiet });
  assert.deepEqual(stable(partial), stable(full));
  assert.deepEqual(resumed.result.datasets, uninterrupted.result.datasets);
  assert.equal(resumed.outcomes.length, lines.length);
});

test('worker threads give the same results in the same order as one thread', async () => {
  const one = join(dir, 'one.preds.jsonl');
  const two = join(dir, 'two.preds.jsonl');
  const a = await runEval({ files: [good], predictions: one, threads: 0, ...quiet });
  const b = await runEval({ files: [good], predictions: two, threads: 2, ...quiet });
  assert.deepEqual(stable(two), stable(one));
  assert.deepEqual(b.result.datasets, a.result.datasets);
});

test('--calibrate refuses the file being reported', async () => {
  await assert.rejects(runEval({ files: [good], calibrate: good, threads: 0, ...quiet }), /pick the threshold on a different \(dev\) file/);
});

test('--calibrate picks each dataset\'s threshold on the dev file, the engine\'s own for datasets it lacks', async () => {
  const devFile = join(dir, 'dev.jsonl');
  writeFileSync(devFile, lines.slice(0, 6).join('\n')); // news rows only
  const dev = await runEval({ files: [devFile], threads: 0, ...quiet });
  const expected = bestThreshold(dev.outcomes.map((o) => o.label), dev.outcomes.map((o) => o.score));
  const { result } = await runEval({ files: [good], calibrate: devFile, threads: 0, ...quiet });
  assert.equal(result.datasets.news.threshold, Math.round(expected * 1e6) / 1e6);
  assert.equal(result.datasets.rag.threshold, Math.round(builtinEngine().threshold * 1e6) / 1e6, 'rag is not in dev: the engine\'s own threshold');
  assert.notEqual(result.datasets.rag.threshold, result.datasets.news.threshold, 'not the threshold picked on the news rows');
  assert.equal(result.datasets.news.balancedAccuracy, 1, 'a threshold chosen on the same rows separates them');
});

const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { encoding: 'utf8' });

test('eval --format json prints exactly the documented shape', () => {
  const r = cli(['eval', good, '--format', 'json', '--threads', '0']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '', 'nothing on stderr when it is not a terminal and there is nothing to warn about');
  const schema = JSON.parse(readFileSync(join(root, 'schema/eval.schema.json'), 'utf8'));
  const validate = new Ajv2020({ strict: true }).compile(schema);
  const out = JSON.parse(r.stdout);
  assert.ok(validate(out), JSON.stringify(validate.errors));
  assert.deepEqual(Object.keys(out as object), ["datasets", "macro", "throughput", "engine", "skipped"]);
});

test('eval --format text prints an aligned table with a macro row', () => {
  const r = cli(['eval', good]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^dataset +n +supported +BAcc/m);
  assert.match(r.stdout, /^news +6 +3 /m);
  assert.match(r.stdout, /^macro +\d\.\d{3}/m);
  assert.match(r.stdout, /^news .* 0\.\d{3}$/m, 'the threshold with three decimals, as --threshold and calibrate print it');
});

test('eval --format html writes a self-contained page with the charts', () => {
  const out = join(dir, 'report.html');
  const r = cli(['eval', good, '--format', 'html', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /Balanced accuracy per dataset/);
  assert.match(html, /ROC curves/);
  assert.match(html, /Reliability/);
  assert.equal((html.match(/<svg /g) ?? []).length, 3);
  assert.doesNotMatch(html, /<script|https?:\/\/(?!www\.w3\.org)/, 'no scripts and no network');
});

test('eval of a missing file exits 2 with a message', () => {
  const r = cli(['eval', join(dir, 'nope.jsonl')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot read file .*nope\.jsonl/);
});

test('a RAG QA row\'s question (question or meta.question) counts as context for the answer', async () => {
  const file = join(dir, 'qa.jsonl');
  // the name comes only from the question: without it the answer adds a name, with it the answer restates one
  const row = { id: 'qa-1', dataset: 'qa', doc: 'She won her second Nobel Prize, in chemistry, in 1911.', claim: 'Marie Curie won her second Nobel Prize in 1911.', label: 1 };
  const question = 'When did Marie Curie win her second Nobel Prize?';
  writeFileSync(file, [{ ...row, meta: { question } }, { ...row, id: 'qa-2' }, { ...row, id: 'qa-3', question }].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const preds = join(dir, 'qa.preds.jsonl');
  await runEval({ files: [file], predictions: preds, threads: 0, ...quiet });
  const [withQuestion, without, topLevel] = readFileSync(preds, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual([withQuestion.verdict, without.verdict, without.spans], ['supported', 'unsupported', [[0, 11]]], 'the name is new only without the question');
  assert.ok(withQuestion.score > without.score, `${withQuestion.score} > ${without.score}`);
  assert.equal(topLevel.score, withQuestion.score, 'a top-level "question" field works like meta.question');
});

const outcome = (dataset: string, label: 0 | 1, score: number, ownThreshold = 0.529) => ({ dataset, label, score, supported: score >= ownThreshold, minClaimScore: score });
const builtin = { name: 'builtin', threshold: 0.529 };

test('calibrate picks the threshold that separates the user\'s labels, with a cross-validated estimate', () => {
  // scores run low for these annotators: most supported rows sit under the engine's own 0.529
  const rows = Array.from({ length: 200 }, (_, i) => (i % 2 ? outcome('mine', 1, 0.42 + (i % 17) / 100) : outcome('mine', 0, 0.2 + (i % 13) / 100)));
  const c = calibrate(rows, builtin);
  assert.ok(c.threshold > 0.32 && c.threshold <= 0.42, `between the classes: ${c.threshold}`);
  assert.equal(c.threshold, Math.round(c.threshold * 1000) / 1000, 'three decimals, as typed after --threshold');
  assert.equal(c.all.calibratedBalancedAccuracy, 1);
  assert.equal(c.all.crossValidatedBalancedAccuracy, 1);
  assert.ok(c.all.defaultBalancedAccuracy! < 0.8, `the engine's own threshold misses supported rows: ${c.all.defaultBalancedAccuracy}`);
  assert.deepEqual(c.warnings, []);
  assert.equal(c.keepDefault, false);
});

test('calibrate on overlapping scores: the stated figures are balanced accuracy at the printed threshold', () => {
  let seed = 3;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const rows = Array.from({ length: 400 }, (_, i) => (i % 3 ? outcome(i % 2 ? 'a' : 'b', 1, 0.3 + random() * 0.5) : outcome(i % 2 ? 'a' : 'b', 0, 0.1 + random() * 0.5)));
  const c = calibrate(rows, builtin);
  const atPrinted = balancedAccuracy(rows.map((o) => o.label), rows.map((o) => o.score >= c.threshold));
  assert.equal(c.all.calibratedBalancedAccuracy, Math.round(atPrinted * 1e4) / 1e4);
  assert.ok(c.all.crossValidatedBalancedAccuracy! > 0.6 && c.all.crossValidatedBalancedAccuracy! <= 1);
  assert.deepEqual(Object.keys(c.datasets), ['a', 'b']);
  assert.equal(c.datasets.a.n + c.datasets.b.n, 400);
});

test('calibrate says to keep the engine\'s own threshold when, cross-validated, its pick does no better than it', () => {
  // the engine's own threshold already separates these labels: another cut cannot do better
  const rows = Array.from({ length: 120 }, (_, i) => (i % 2 ? outcome('mine', 1, 0.56 + (i % 7) / 50) : outcome('mine', 0, 0.2 + (i % 11) / 40)));
  const c = calibrate(rows, builtin);
  assert.equal(c.all.defaultBalancedAccuracy, 1);
  assert.equal(c.keepDefault, true, `cv ${c.all.crossValidatedBalancedAccuracy} vs default ${c.all.defaultBalancedAccuracy}`);
  assert.match(renderCalibrationText(c), /Keep the engine's own threshold \(0\.529\)/);
  assert.doesNotMatch(renderCalibrationText(c), /Use: --threshold/);
});

test('calibrate refuses rows of one label, keeps the threshold above the rules\' cap and warns about few rows', () => {
  assert.throws(() => calibrate([outcome('x', 1, 0.7), outcome('x', 1, 0.8)], builtin), /needs rows of both labels .* only rows labelled 1/);
  // every unsupported row rule-capped at 0.05 or below, supported ones just above: the best cut would be under 0.05
  const c = calibrate([outcome('x', 0, 0.01), outcome('x', 0, 0.02), outcome('x', 1, 0.03), outcome('x', 1, 0.6)], builtin);
  assert.ok(c.threshold > 0.05, `${c.threshold}`);
  assert.match(c.warnings.join('\n'), /only 2 supported and 2 unsupported rows/);
  assert.equal(c.all.crossValidatedBalancedAccuracy, null, 'too few rows of a label for 5 folds');
});

test('groundcheck calibrate prints a threshold whose balanced accuracy eval --threshold reproduces', () => {
  const news = join(dir, 'news-only.jsonl');
  writeFileSync(news, `${lines.slice(0, 6).join('\n')}\n`);
  const text = cli(['calibrate', news]);
  assert.equal(text.status, 0, text.stderr);
  const [, printed] = /Use: --threshold (\d\.\d{3})/.exec(text.stdout) ?? [];
  assert.ok(printed, text.stdout);
  assert.match(text.stdout, /warning: only \d+ supported and \d+ unsupported rows/);
  const json = cli(['calibrate', news, '--format', 'json']);
  const c = JSON.parse(json.stdout) as { threshold: number; all: { calibratedBalancedAccuracy: number } };
  assert.equal(c.threshold.toFixed(3), printed);
  const evalRun = cli(['eval', news, '--threshold', printed, '--format', 'json', '--threads', '0']);
  assert.equal(evalRun.status, 0, evalRun.stderr);
  assert.equal(JSON.parse(evalRun.stdout).datasets.news.balancedAccuracy, c.all.calibratedBalancedAccuracy);

  const oneLabel = join(dir, 'one-label.jsonl');
  writeFileSync(oneLabel, `${lines[0]}\n${lines[3]}\n`);
  const refused = cli(['calibrate', oneLabel]);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /needs rows of both labels/);
});

test('span F1 of flagged claims counts each flagged claim whole; predictions without claim extents give no figure', () => {
  const timing = { wallMs: 1, rows: 2, claims: 2, rowMs: [1, 1] };
  const decision = { engineThreshold: 0.5 };
  // annotators marked a clause [10, 30); the engine flagged the word [20, 25) in a claim spanning [0, 30)
  const outcome = (claimSpans?: [number, number][]): Outcome => ({
    dataset: 'd', label: 0, score: 0.1, supported: false, minClaimScore: 0.1,
    spans: spanOverlap([[20, 25]], [[10, 30]]), ...(claimSpans ? { claimSpans: spanOverlap(claimSpans, [[10, 30]]) } : {}),
  });
  const supported: Outcome = { dataset: 'd', label: 1, score: 0.9, supported: true, minClaimScore: 0.9, spans: spanOverlap([], []), claimSpans: spanOverlap([], []) };
  const r = summarise([outcome([[0, 30]]), supported], decision, timing, 'builtin', 0);
  assert.equal(r.datasets.d.spanF1, Math.round(((2 * 5) / (5 + 20)) * 1e4) / 1e4);
  assert.equal(r.datasets.d.claimSpanF1, Math.round(((2 * 20) / (30 + 20)) * 1e4) / 1e4);
  const resumed = summarise([outcome(), supported], decision, timing, 'builtin', 0);
  assert.ok(resumed.datasets.d.spanF1 !== undefined);
  assert.equal(resumed.datasets.d.claimSpanF1, undefined, 'a predictions file from before claimSpans existed');
});
