/**
 * Ablation of the builtin engine: retrain without each feature family (and without the rule
 * policy) and report macro balanced accuracy on dev (where choices are made) and on test.
 * Run: npm run bench:ablation   (writes the "ablation" section of BENCHMARKS.md)
 */
import { FEATURE_FAMILIES, FEATURE_NAMES } from '../src/compare/features.js';
import { splitFiles } from '../src/cli/trainCommand.js';
import { textScores } from '../src/train/model.js';
import { macroBalancedAccuracy } from '../src/train/rowMetrics.js';
import { extractFeatureRows, fitScorer, RULES, type FitOptions } from '../src/train/trainModel.js';
import { machineLine, writeSection } from './sections.js';

const benchDir = process.env.GROUNDCHECK_BENCH ?? new URL('../../shared/bench', import.meta.url).pathname;
const t0 = performance.now();
const rows = {
  train: await extractFeatureRows(splitFiles(benchDir, 'train'), { threads: 2 }),
  dev: await extractFeatureRows(splitFiles(benchDir, 'dev'), { threads: 2 }),
  test: await extractFeatureRows(splitFiles(benchDir, 'test'), { threads: 2 }),
};
console.error(`features in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

function run(label: string, opts: FitOptions): string {
  const { scorer } = fitScorer(rows.train, rows.dev, { seed: 42, ...opts });
  const score = (set: 'dev' | 'test') => macroBalancedAccuracy(rows[set], textScores(scorer, rows[set]), scorer.threshold);
  const line = `| ${label} | ${scorer.features.length} | ${scorer.model.type} | ${score('dev').toFixed(3)} | ${score('test').toFixed(3)} |`;
  console.error(line);
  return line;
}

const lines = ['| model | features | kept | dev macro BAcc | test macro BAcc |', '|---|---|---|---|---|', run('all features (shipped settings)', {})];
for (const [family, names] of Object.entries(FEATURE_FAMILIES)) {
  lines.push(run(`without ${family} (${names.join(', ')})`, { features: FEATURE_NAMES.filter((n) => !names.includes(n)) }));
}
lines.push(run(`without the rule policy (${RULES.join(', ')})`, { rules: [] }));
const body = [
  '## Ablation of the builtin engine',
  '',
  `Command: \`npm run bench:ablation\` (retrains on train, chooses on dev, reports dev and test; seed 42). Measured ${machineLine()}.`,
  'Each row removes one feature family from the model (the rule policy still applies unless that row removes it). The engine\'s own single threshold is used, as in the main table.',
  '',
  ...lines,
].join('\n');
console.log(body);
writeSection(new URL('../BENCHMARKS.md', import.meta.url).pathname, 'ablation', body);
