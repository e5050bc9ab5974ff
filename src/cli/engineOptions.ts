import { Option, type Command } from 'commander';
import { RULE_CAP } from '../train/textModel.js';
import type { CheckOptions } from '../types.js';
import { wholeNumber } from './flags.js';
import { UsageError } from './usageError.js';

/** The engine flags shared by `check` and `eval`. */
export interface EngineFlags {
  engine: string;
  model?: string;
  allowDownload?: boolean;
  entailLabel?: string;
  nliThreads?: string;
  llmUrl?: string;
  llmModel?: string;
  llmKeyEnv?: string;
  band?: string;
  escalateTo?: 'nli' | 'llm';
  threshold?: string;
}

export function addEngineFlags(cmd: Command): Command {
  return cmd
    .addOption(new Option('-e, --engine <name>', 'scoring engine').choices(['builtin', 'handset', 'nli', 'llm', 'cascade']).default('builtin'))
    .option('--model <folder|hub-id>', 'nli: ONNX sequence-pair classifier (config.json, tokenizer.json, onnx/model.onnx)')
    .option('--allow-download', 'nli: fetch --model from the Hugging Face hub when it is not a local folder')
    .option('--entail-label <label>', "nli: which of the model's labels means supported")
    .option('--nli-threads <n>', 'nli: ONNX Runtime threads (default 1)')
    .option('--llm-url <url>', 'llm: OpenAI-compatible base URL, e.g. http://localhost:11434/v1')
    .option('--llm-model <name>', 'llm: model name')
    .option('--llm-key-env <name>', 'llm: environment variable holding the API key')
    .option('--band <low:high>', 'cascade: builtin scores in this band go to the heavier engine (default 0.3:0.7)')
    .option('--threshold <p>', 'builtin: flag a text below this P(supported) instead of the model\'s own (choose it with groundcheck calibrate)')
    .addOption(new Option('--escalate-to <engine>', 'cascade: the heavier engine (default nli when --model is given, else llm)').choices(['nli', 'llm']));
}

export function engineOptions(f: EngineFlags): CheckOptions {
  const o: CheckOptions = { engine: f.engine };
  if (f.threshold !== undefined) {
    const t = Number(f.threshold);
    // at or below RULE_CAP a text whose claim adds a name or changes a number would pass
    if (f.threshold.trim() === '' || !(t > RULE_CAP && t < 1)) throw new UsageError(`--threshold must be a number above ${RULE_CAP} and below 1 (got ${f.threshold})`);
    if (f.engine !== 'builtin') throw new UsageError(`--threshold applies to the builtin engine only (got --engine ${f.engine})`);
    o.threshold = t;
  }
  if (f.model) {
    const threads = f.nliThreads === undefined ? undefined : wholeNumber('--nli-threads', f.nliThreads, 1);
    o.nli = { model: f.model, allowDownload: Boolean(f.allowDownload), ...(f.entailLabel ? { entailLabel: f.entailLabel } : {}), ...(threads ? { threads } : {}) };
  }
  if (f.llmUrl || f.llmModel) {
    if (!f.llmUrl || !f.llmModel) throw new UsageError('the llm engine needs both --llm-url and --llm-model');
    o.llm = { url: f.llmUrl, model: f.llmModel, ...(f.llmKeyEnv ? { apiKeyEnv: f.llmKeyEnv } : {}) };
  }
  if (f.band || f.escalateTo) {
    let band: [number, number] | undefined;
    if (f.band) {
      const m = /^(\d*\.?\d+):(\d*\.?\d+)$/.exec(f.band);
      if (!m || Number(m[1]) > Number(m[2]) || Number(m[2]) > 1) throw new UsageError(`--band must be low:high with 0 ≤ low ≤ high ≤ 1 (got ${f.band})`);
      band = [Number(m[1]), Number(m[2])];
    }
    o.cascade = { ...(band ? { band } : {}), ...(f.escalateTo ? { escalateTo: f.escalateTo } : {}) };
  }
  return o;
}
