/**
 * Transfer to unseen data: for each public dataset, retrain the builtin engine on the other nine
 * (and on our own hand-written rows, bench/data, as `groundcheck train` does)
 * (their train rows; their dev rows for early stopping and the threshold) and score the left-out
 * dataset's train + dev rows, which that model never saw. The nearest thing we have to the held-out
 * sets: a new source of text, new annotators, no rows to fit on. Test splits are not read.
 * Run: npm run bench:transfer   (writes the "transfer" section of BENCHMARKS.md)
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { splitFilesOf } from '../src/cli/trainCommand.js';
import { calibrate } from '../src/eval/calibrate.js';
import { auroc, balancedAccuracy, confusion } from '../src/eval/metrics.js';
import type { FeatureRow } from '../src/train/featureRows.js';
import { textScores } from '../src/train/model.js';
import { macroBalancedAccuracy } from '../src/train/rowMetrics.js';
import { extractFeatureRows, fitScorer, type FitOptions } from '../src/train/trainModel.js';
import { baselineScore } from './baseline.js';
import { OWN_BENCH, PUBLIC_BENCH } from './folders.js';
import { machineLine, writeSection } from './sections.js';

// as `groundcheck train`: the public sets and our hand-written rows; the public datasets are left out, then each of ours
// for the macro figures, and each of our own sets is left out once, below them
const [trainFiles, devFiles] = ['train', 'dev'].map((split) => splitFilesOf([PUBLIC_BENCH, OWN_BENCH], split));
const t0 = performance.now();
const train = (await extractFeatureRows(trainFiles, { threads: 2 })).filter((r) => r.claims.length > 0);
const dev = (await extractFeatureRows(devFiles, { threads: 2 })).filter((r) => r.claims.length > 0);
console.error(`features in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
const ownDatasets = new Set(splitFilesOf([OWN_BENCH], 'train').map((f) => basename(dirname(f))));
const datasets = [...new Set(train.map((r) => r.dataset))].filter((d) => !ownDatasets.has(d)).sort();

// the word-overlap baseline's score of every train and dev row, by id
const overlapOf = new Map<string, number>();
for (const file of [...trainFiles, ...devFiles]) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; doc: string; claim: string };
    overlapOf.set(r.id, baselineScore(r.doc, r.claim));
  }
}

const OVERLAP_BINS = 5;
/**
 * How well `scores` rank rows that the word-overlap baseline scores alike: rows are cut into
 * OVERLAP_BINS equal bins by overlap, and the AUROC within each bin (with 5+ rows of each label) is
 * averaged. Overlap explains little inside a bin, so this is what a model knows beyond word overlap:
 * our stand-in for the held-out sets, written in other words than their sources.
 */
function beyondOverlap(rows: FeatureRow[], scores: number[]): number {
  const order = rows.map((_, i) => i).sort((a, b) => overlapOf.get(rows[a].id)! - overlapOf.get(rows[b].id)!);
  const within: number[] = [];
  for (let b = 0; b < OVERLAP_BINS; b++) {
    const bin = order.slice(Math.floor((b * order.length) / OVERLAP_BINS), Math.floor(((b + 1) * order.length) / OVERLAP_BINS));
    const labels = bin.map((i) => rows[i].label);
    const positives = labels.filter((y) => y === 1).length;
    if (positives < 5 || labels.length - positives < 5) continue;
    within.push(auroc(labels, bin.map((i) => scores[i])));
  }
  return within.length ? within.reduce((a, b) => a + b, 0) / within.length : NaN;
}

interface Transfer {
  rows: number;
  bacc: number;
  auc: number;
  threshold: number;
  /** Share of its supported and of its unsupported rows on the right side of that threshold: which way a missed threshold errs. */
  supportedRecall: number;
  unsupportedRecall: number;
  /** BAcc when the user calibrates on a few of the dataset's rows (groundcheck calibrate): mean over draws. */
  calibrated: number;
  /** AUROC within bins of rows the word-overlap baseline scores alike (beyondOverlap), and the baseline's own there. */
  beyond: number;
  overlapBeyond: number;
}

/** How many labelled rows the simulated user calibrates on (half the dataset when it is smaller than twice this). */
const CALIBRATION_ROWS = 200;
const DRAWS = 20;

/**
 * What `groundcheck calibrate` would buy a user of this dataset: the threshold it advises on a random
 * CALIBRATION_ROWS of its rows (its pick, or the engine's own when cross-validation says the pick does
 * no better), balanced accuracy on the rest; averaged over DRAWS seeded draws.
 */
function calibratedOnFew(labels: number[], scores: number[], ownThreshold: number): number {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const take = Math.min(CALIBRATION_ROWS, Math.floor(labels.length / 2));
  let total = 0;
  for (let d = 0; d < DRAWS; d++) {
    const order = labels.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const [fit, rest] = [order.slice(0, take), order.slice(take)];
    // as the user would: calibrate's threshold, or the engine's own where calibrate says to keep it
    const outcomes = fit.map((i) => ({ dataset: 'left-out', label: labels[i] as 0 | 1, score: scores[i], supported: scores[i] >= ownThreshold, minClaimScore: scores[i] }));
    const c = calibrate(outcomes, { name: 'builtin', threshold: ownThreshold });
    const t = c.keepDefault ? ownThreshold : c.threshold;
    total += balancedAccuracy(rest.map((i) => labels[i]), rest.map((i) => scores[i] >= t));
  }
  return total / DRAWS;
}

/** One left-out dataset: fit on the rest, score it. */
function leaveOut(dataset: string, opts: FitOptions): Transfer {
  const { scorer } = fitScorer(train.filter((r) => r.dataset !== dataset), dev.filter((r) => r.dataset !== dataset), { seed: 42, ...opts });
  const held: FeatureRow[] = [...train, ...dev].filter((r) => r.dataset === dataset);
  const scores = textScores(scorer, held);
  const labels = held.map((r) => r.label);
  const c = confusion(labels, scores.map((s) => s >= scorer.threshold));
  return {
    rows: held.length, bacc: macroBalancedAccuracy(held, scores, scorer.threshold), auc: auroc(labels, scores), threshold: scorer.threshold,
    supportedRecall: c.tp / Math.max(1, c.tp + c.fn), unsupportedRecall: c.tn / Math.max(1, c.tn + c.fp),
    calibrated: calibratedOnFew(labels, scores, scorer.threshold),
    beyond: beyondOverlap(held, scores), overlapBeyond: beyondOverlap(held, held.map((r) => overlapOf.get(r.id)!)),
  };
}

const variants: [string, FitOptions][] = [
  ['shipped settings (logistic regression and monotone boosted trees, log-odds averaged; rule policy)', {}],
  ['logistic regression alone', { kind: 'logistic' }],
  ['monotone boosted trees alone', { kind: 'gbdt' }],
  ['boosted trees without monotone constraints, averaged with the logistic regression', { gbdt: { monotone: [] } }],
  ['without the rule policy', { rules: [] }],
];
const results = variants.map(([name, opts]) => {
  const per = datasets.map((d) => leaveOut(d, opts));
  console.error(`${name}: done`);
  return { name, per };
});
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Mean over the datasets where a figure exists (a bin needs rows of both labels). */
const meanOf = (xs: number[]) => mean(xs.filter((x) => Number.isFinite(x)));
const fixed = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

const shipped = results[0].per;
// each of our own sets left out in turn (trained on the public sets and the others): a writer style the engine was not trained on
const ownLeftOut = [...ownDatasets].sort().map((d) => [d, leaveOut(d, {})] as const);

const lines = [
  `Command: \`npm run bench:transfer\` (seed 42; ${datasets.length + ownLeftOut.length} fits, each leaving one dataset out). Measured ${machineLine()}.`,
  '',
  `For each public dataset, the builtin engine is retrained on the other nine and on our hand-written rows in \`bench/data\` (their train rows, with their dev rows for early stopping and the threshold) and scored on the left-out dataset\'s train + dev rows, which it never saw: a new kind of text and new annotators, as with the held-out sets. Test splits are not read. The rows below the macro leave out each of our own hand-written sets instead (fitted on the ten public sets and our other sets): how the engine does on text written in other words than its sources, by a writer style it was not trained on. BAcc is at the threshold chosen on the other nine, and the two columns after it say which way it errs there: the share of supported rows scored at or above it and of unsupported rows below it; AUROC needs none. The last column is what a user of that dataset gets from \`groundcheck calibrate\` on ${CALIBRATION_ROWS} labelled rows of it (half its rows when it has fewer than ${2 * CALIBRATION_ROWS}): the threshold it advises on a random ${CALIBRATION_ROWS} (its pick, or the engine\'s own when cross-validated the pick does no better), balanced accuracy on the rest, mean of ${DRAWS} draws. "Beyond word overlap" is the AUROC among rows that the word-overlap baseline scores alike (rows cut into ${OVERLAP_BINS} equal bins by its score, AUROC within each bin, averaged), next to the baseline's own there: what the engine knows that counting shared words does not, our stand-in for the held-out sets, which are written in other words than their sources.`,
  '',
  `| left-out dataset | rows | BAcc | supported kept | unsupported flagged | AUROC | threshold chosen on the others | BAcc, threshold calibrated on ${CALIBRATION_ROWS} of its rows | AUROC beyond word overlap (baseline's own) |`,
  '|---|---|---|---|---|---|---|---|---|',
  ...datasets.map((d, i) => `| ${d} | ${shipped[i].rows} | ${shipped[i].bacc.toFixed(3)} | ${shipped[i].supportedRecall.toFixed(3)} | ${shipped[i].unsupportedRecall.toFixed(3)} | ${shipped[i].auc.toFixed(3)} | ${shipped[i].threshold.toFixed(3)} | ${shipped[i].calibrated.toFixed(3)} | ${fixed(shipped[i].beyond)} (${fixed(shipped[i].overlapBeyond)}) |`),
  `| **macro** | | **${mean(shipped.map((x) => x.bacc)).toFixed(3)}** | ${mean(shipped.map((x) => x.supportedRecall)).toFixed(3)} | ${mean(shipped.map((x) => x.unsupportedRecall)).toFixed(3)} | **${mean(shipped.map((x) => x.auc)).toFixed(3)}** | | **${mean(shipped.map((x) => x.calibrated)).toFixed(3)}** | **${fixed(meanOf(shipped.map((x) => x.beyond)))}** (${fixed(meanOf(shipped.map((x) => x.overlapBeyond)))}) |`,
  ...ownLeftOut.map(([d, x]) => `| ${d} (ours, hand-written; not in the macro) | ${x.rows} | ${x.bacc.toFixed(3)} | ${x.supportedRecall.toFixed(3)} | ${x.unsupportedRecall.toFixed(3)} | ${x.auc.toFixed(3)} | ${x.threshold.toFixed(3)} | ${x.calibrated.toFixed(3)} | ${fixed(x.beyond)} (${fixed(x.overlapBeyond)}) |`),
  '',
  '| model | macro BAcc on the left-out dataset | macro AUROC on the left-out dataset | macro AUROC beyond word overlap |',
  '|---|---|---|---|',
  ...results.map((r) => `| ${r.name} | ${mean(r.per.map((x) => x.bacc)).toFixed(3)} | ${mean(r.per.map((x) => x.auc)).toFixed(3)} | ${fixed(meanOf(r.per.map((x) => x.beyond)))} |`),
];
const table = lines.join('\n');
console.log(table);
writeSection(new URL('../BENCHMARKS.md', import.meta.url).pathname, 'transfer', `## Transfer to a dataset the model never saw\n\n${table}`);
