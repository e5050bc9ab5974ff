import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import type { NliOptions } from '../../types.js';

/** What the NLI engine needs from a model folder in the Hugging Face layout. */
export interface NliModel {
  session: import('onnxruntime-node').InferenceSession;
  ort: typeof import('onnxruntime-node');
  tokenizer: import('@huggingface/tokenizers').Tokenizer;
  labels: string[];
  entailIndex: number;
  /** Index of a contradiction label, when the model has one (3-way NLI); null for 2-way checkers. */
  contradictionIndex: number | null;
  maxLength: number;
  /** How the label mapping was decided, for the user when it was a guess. */
  warning: string | null;
}

const FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'];

async function loadOptional<T>(name: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch {
    throw new InputError(`the nli engine needs the optional packages onnxruntime-node and @huggingface/tokenizers: npm install onnxruntime-node @huggingface/tokenizers (missing: ${name})`);
  }
}

/** Fetches a hub model into ~/.cache/groundcheck/models/<id>, only when the user allowed downloads. */
async function download(id: string): Promise<string> {
  const dir = join(process.env.GROUNDCHECK_CACHE ?? join(homedir(), '.cache', 'groundcheck'), 'models', id);
  for (const file of FILES) {
    const target = join(dir, file);
    if (existsSync(target)) continue;
    const res = await fetch(`https://huggingface.co/${id}/resolve/main/${file}`);
    if (!res.ok) {
      if (file === 'tokenizer_config.json') continue;
      throw new InputError(`could not download ${file} of ${id} from the Hugging Face hub: HTTP ${res.status}`);
    }
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, Buffer.from(await res.arrayBuffer()));
  }
  return dir;
}

/**
 * The label that means "the claim is supported": the one named by `entailLabel`, else one whose
 * name says so (entailment, supported, consistent), else — with a warning — the last label of a
 * two-label model (fact-checkers such as MiniCheck use 1 = supported).
 */
export function entailmentIndex(labels: string[], entailLabel?: string): { index: number; warning: string | null } {
  if (entailLabel !== undefined) {
    const i = labels.findIndex((l) => l.toLowerCase() === entailLabel.toLowerCase());
    if (i < 0) throw new InputError(`--entail-label ${entailLabel} is not one of the model's labels: ${labels.join(', ')}`);
    return { index: i, warning: null };
  }
  const named = labels.findIndex((l) => /entail|support|consistent|faithful|true/i.test(l));
  if (named >= 0) return { index: named, warning: null };
  if (labels.length === 2) return { index: 1, warning: `the model's labels (${labels.join(', ')}) do not say which means "supported"; using ${labels[1]} (pass --entail-label to choose)` };
  throw new InputError(`cannot tell which of the model's labels (${labels.join(', ')}) means "supported": pass --entail-label`);
}

export async function loadNliModel(opts: NliOptions): Promise<NliModel> {
  let dir = opts.model;
  if (!existsSync(dir)) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(opts.model)) throw new InputError(`no model folder at ${opts.model}`);
    if (!opts.allowDownload) throw new InputError(`${opts.model} is not a local folder; to fetch it from the Hugging Face hub, allow downloads (--allow-download)`);
    dir = await download(opts.model);
  }
  const modelFile = [join(dir, 'onnx', 'model.onnx'), join(dir, 'model.onnx')].find(existsSync);
  if (!modelFile) throw new InputError(`${dir} has no onnx/model.onnx (export the model to ONNX first; see README)`);
  for (const f of ['config.json', 'tokenizer.json']) if (!existsSync(join(dir, f))) throw new InputError(`${dir} has no ${f}`);
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { id2label?: Record<string, string>; max_position_embeddings?: number };
  const tokenizerConfig = existsSync(join(dir, 'tokenizer_config.json')) ? JSON.parse(readFileSync(join(dir, 'tokenizer_config.json'), 'utf8')) : {};
  const ort = await loadOptional<typeof import('onnxruntime-node')>('onnxruntime-node');
  const { Tokenizer } = await loadOptional<typeof import('@huggingface/tokenizers')>('@huggingface/tokenizers');
  const labels = Object.entries(config.id2label ?? { 0: 'LABEL_0', 1: 'LABEL_1' }).sort(([a], [b]) => Number(a) - Number(b)).map(([, l]) => l);
  const { index, warning } = entailmentIndex(labels, opts.entailLabel);
  const contradictionIndex = labels.findIndex((l) => /contradict|refute/i.test(l));
  const session = await ort.InferenceSession.create(modelFile, { intraOpNumThreads: opts.threads ?? 1, interOpNumThreads: 1 });
  const maxLength = Math.min(tokenizerConfig.model_max_length ?? Infinity, config.max_position_embeddings ?? 512, 4096);
  return {
    session, ort, tokenizer: new Tokenizer(JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8')), tokenizerConfig),
    labels, entailIndex: index, contradictionIndex: contradictionIndex >= 0 ? contradictionIndex : null, maxLength, warning,
  };
}
