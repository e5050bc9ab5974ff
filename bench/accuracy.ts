/**
 * Accuracy of the default engine on every public test split in ../shared/bench, per dataset and
 * macro-averaged (LLM-AggreFact's convention), plus throughput. Never tunes anything on test.
 * Run: npm run bench   (writes the "accuracy" section of BENCHMARKS.md)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runEval } from '../src/eval/runEval.js';
import { renderEvalMarkdown, renderEvalText } from '../src/report/evalText.js';
import { machineLine, writeSection } from './sections.js';

const benchDir = process.env.GROUNDCHECK_BENCH ?? new URL('../../shared/bench', import.meta.url).pathname;
if (!existsSync(benchDir)) {
  console.error(`no benchmark data at ${benchDir} (set GROUNDCHECK_BENCH)`);
  process.exit(2);
}
const files = readdirSync(benchDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(benchDir, d.name, 'test.jsonl')))
  .map((d) => join(benchDir, d.name, 'test.jsonl'))
  .sort();

const started = performance.now();
let last = 0;
const run = await runEval({
  files,
  onWarning: (m) => console.error(`warning: ${m}`),
  onProgress: (done) => {
    if (done - last >= 1000) {
      last = done;
      console.error(`${done} rows…`);
    }
  },
});
const minutes = ((performance.now() - started) / 60000).toFixed(1);
console.log(renderEvalText(run.result));
const t = run.result.throughput;
const body = [
  '## Accuracy on the public test splits',
  '',
  `Command: \`npm run bench\` (all \`test.jsonl\` under \`../shared/bench/\`, ${files.length} datasets; took ${minutes} min with worker threads).`,
  `Measured ${machineLine()}. Engine: \`${run.result.engine}\`, threshold ${run.decision.engineThreshold.toFixed(3)} (the engine's own decision; nothing tuned on test). ${run.result.skipped} rows skipped.`,
  '',
  'BAcc = balanced accuracy (mean of the supported and unsupported recalls); F1 of the unsupported class; AUROC of P(supported); ECE over 10 bins; span F1 = character overlap with annotated unsupported spans (rows with span annotations only).',
  '',
  renderEvalMarkdown(run.result),
  '',
  `Throughput during this run (row = one doc + one generated text, on ${t.rowsPerSecond} rows/s overall): ${t.claimsPerSecond} claims/s, p50 ${t.p50Ms} ms and p95 ${t.p95Ms} ms per row.`,
].join('\n');
writeSection(new URL('../BENCHMARKS.md', import.meta.url).pathname, 'accuracy', body);
