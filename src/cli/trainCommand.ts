import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_VECTORS_PATH } from '../compare/vectors.js';
import { CLAIM_MODEL_KINDS, serialiseScorer } from '../train/model.js';
import { dataName, extractFeatureRows, fileDigest, fitScorer, type CandidateFigures } from '../train/trainModel.js';
import { DEFAULT_BENCH_FOLDERS } from './defaults.js';
import { wholeNumber } from './flags.js';
import { rowProgress } from './progress.js';
import { UsageError } from './usageError.js';

export interface TrainCommandOptions {
  /** Benchmark folders, each holding <dataset>/{train,dev}.jsonl (--bench, repeatable). */
  bench: string[];
  out: string;
  seed: string;
  threads?: string;
  /** The claim model to fit (--kind): mean (the default), logistic or gbdt. */
  kind?: string;
}

/** The split files of every dataset folder under `bench` that has one. */
export function splitFiles(bench: string, split: string): string[] {
  if (!existsSync(bench)) throw new UsageError(`no benchmark folder at ${bench} (use --bench)`);
  return readdirSync(bench, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(bench, d.name, `${split}.jsonl`)))
    .map((d) => join(bench, d.name, `${split}.jsonl`))
    .sort();
}

/** The split files of every dataset of every folder; two folders may not hold a dataset of the same name. */
export function splitFilesOf(benches: string[], split: string): string[] {
  const files = benches.flatMap((b) => splitFiles(b, split));
  const seen = new Map<string, string>();
  for (const f of files) {
    const dataset = basename(dirname(f));
    const other = seen.get(dataset);
    if (other !== undefined) throw new UsageError(`two benchmark folders have a dataset named ${dataset}: ${other} and ${f}`);
    seen.set(dataset, f);
  }
  return files;
}

/** Runs `groundcheck train`: features of every train/dev row, fit, write the model file. */
export async function runTrainCommand(opts: TrainCommandOptions): Promise<number> {
  const seed = wholeNumber('--seed', opts.seed);
  const kind = CLAIM_MODEL_KINDS.find((k) => k === (opts.kind ?? 'mean'));
  if (kind === undefined) throw new UsageError(`--kind must be one of ${CLAIM_MODEL_KINDS.join(', ')} (got ${JSON.stringify(opts.kind)})`);
  const threads = opts.threads === undefined ? Math.min(availableParallelism(), 4) : wholeNumber('--threads', opts.threads, 0);
  const benches = opts.bench.length > 0 ? opts.bench : DEFAULT_BENCH_FOLDERS;
  const trainFiles = splitFilesOf(benches, 'train');
  const devFiles = splitFilesOf(benches, 'dev');
  if (trainFiles.length === 0 || devFiles.length === 0) throw new UsageError(`${benches.join(', ')}: no */train.jsonl or no */dev.jsonl`);

  const log = (m: string) => process.stderr.write(`${m}\n`);
  const t0 = performance.now();
  const extract = async (files: string[]) => {
    const progress = await rowProgress(files);
    try {
      return await extractFeatureRows(files, { threads, onWarning: progress.warn, onProgress: progress.update });
    } finally {
      progress.stop();
    }
  };
  const train = await extract(trainFiles);
  const dev = await extract(devFiles);
  log(`features: ${train.length} train rows, ${dev.length} dev rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = performance.now();
  const { scorer, candidates } = fitScorer(train, dev, { seed, kind });
  // the threshold is chosen on dev and out-of-fold train rows together (fitScorer); dev alone is shown beside it
  const figures = (pick: (c: CandidateFigures) => number) => Object.entries(candidates).map(([k, v]) => `${k} ${pick(v).toFixed(3)}`).join(', ');
  log(`fitted in ${((performance.now() - t1) / 1000).toFixed(1)} s; macro balanced accuracy on dev and out-of-fold train rows: ${figures((c) => c.pooledMacroBalancedAccuracy)} (dev alone: ${figures((c) => c.devMacroBalancedAccuracy)}); kept ${scorer.model.type}`);
  const data = [];
  for (const f of [...trainFiles, ...devFiles]) data.push({ file: dataName(f), sha256: await fileDigest(f) });
  // the features depend on the word vectors too, so a model names the vector file it was fitted with
  data.push({ file: 'models/vectors.bin', sha256: await fileDigest(DEFAULT_VECTORS_PATH) });
  scorer.training = { ...scorer.training, data };
  const out = resolve(opts.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, serialiseScorer(scorer));
  log(`wrote ${out}`);
  return 0;
}
