import type { NliOptions } from '../../types.js';
import { explainingFindings } from '../decide.js';
import type { Engine, EngineContext, EngineInput, TextAssessment } from '../engine.js';
import { chunkSources } from './chunks.js';
import { loadNliModel, type NliModel } from './loadModel.js';

const THRESHOLD = 0.5;

function softmax(row: number[]): number[] {
  const max = Math.max(...row);
  const e = row.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Runs (premise, hypothesis) pairs through the model in batches; returns label probabilities per pair. */
async function classify(m: NliModel, pairs: [string, string][], batchSize: number): Promise<number[][]> {
  const out: number[][] = [];
  const inputNames = m.session.inputNames;
  for (let b = 0; b < pairs.length; b += batchSize) {
    const batch = pairs.slice(b, b + batchSize);
    const encoded = batch.map(([premise, hypothesis]) => {
      const e = m.tokenizer.encode(premise, { text_pair: hypothesis, return_token_type_ids: true });
      const keep = Math.min(e.ids.length, m.maxLength);
      return { ids: e.ids.slice(0, keep), mask: e.attention_mask.slice(0, keep), types: (e.token_type_ids ?? []).slice(0, keep) };
    });
    const width = Math.max(...encoded.map((e) => e.ids.length));
    const tensor = (pick: (e: (typeof encoded)[number]) => number[]) => {
      const data = new BigInt64Array(batch.length * width);
      encoded.forEach((e, r) => pick(e).forEach((v, c) => (data[r * width + c] = BigInt(v))));
      return new m.ort.Tensor('int64', data, [batch.length, width]);
    };
    const feeds: Record<string, InstanceType<NliModel['ort']['Tensor']>> = {};
    if (inputNames.includes('input_ids')) feeds.input_ids = tensor((e) => e.ids);
    if (inputNames.includes('attention_mask')) feeds.attention_mask = tensor((e) => e.mask);
    if (inputNames.includes('token_type_ids')) feeds.token_type_ids = tensor((e) => e.types);
    const result = await m.session.run(feeds);
    const logits = result[m.session.outputNames[0]];
    const classes = logits.dims[logits.dims.length - 1];
    const data = logits.data as Float32Array;
    for (let r = 0; r < batch.length; r++) out.push(softmax(Array.from(data.slice(r * classes, (r + 1) * classes))));
  }
  return out;
}

/**
 * A sequence-pair classifier in ONNX (an NLI cross-encoder, or a fact-checker such as a MiniCheck
 * or HHEM export). Sources are chunked to the model's length with one sentence of overlap; a
 * claim's score is its best chunk's P(supported) (MiniCheck's rule), and that chunk is its evidence.
 * The builtin findings still explain which words are new.
 */
export async function nliEngine(opts: NliOptions): Promise<Engine> {
  const model = await loadNliModel(opts);
  if (model.warning) process.emitWarning(model.warning, 'GroundcheckWarning');
  const count = (s: string) => model.tokenizer.encode(s, { add_special_tokens: false }).ids.length;
  return {
    name: 'nli',
    threshold: THRESHOLD,
    async assess(inputs: EngineInput[], context: EngineContext): Promise<TextAssessment> {
      if (inputs.length === 0) return { claims: [], score: 1 };
      const longestClaim = Math.max(...inputs.map((i) => count(i.claim.text)));
      const budget = Math.max(16, model.maxLength - Math.min(longestClaim, Math.floor(model.maxLength / 2)) - 4);
      const chunks = chunkSources(context.sources, budget, count);
      const pairs: [string, string][] = [];
      for (const input of inputs) for (const c of chunks) pairs.push([c.text, input.claim.text]);
      const probs = await classify(model, pairs, opts.batchSize ?? 16);
      const claims = inputs.map((input, i) => {
        const mine = probs.slice(i * chunks.length, (i + 1) * chunks.length);
        let best = 0;
        mine.forEach((p, k) => p[model.entailIndex] > mine[best][model.entailIndex] && (best = k));
        const score = mine[best]?.[model.entailIndex] ?? 0;
        const ci = model.contradictionIndex;
        const refuting = ci === null ? -1 : mine.findIndex((p) => p[ci] > THRESHOLD && p[ci] === Math.max(...p));
        const contradicted = score < THRESHOLD && refuting >= 0;
        const verdict = score >= THRESHOLD ? 'supported' : contradicted ? 'contradicted' : 'unsupported';
        const builtin = verdict === 'supported' ? [] : explainingFindings(input.comparison);
        const findings = verdict === 'supported' ? [] : builtin.length ? builtin : [{
          kind: 'word' as const, start: input.claim.start, end: input.claim.end, conflict: contradicted,
          reason: contradicted ? 'the NLI model reads this as contradicting the sources' : `no source passage entails this (best P(supported) ${score.toFixed(2)})`,
        }];
        // the evidence is the chunk that decided: the refuting one for a contradiction, else the best-supporting one
        const chunk = chunks[contradicted ? refuting : best];
        return { verdict, score, findings, ...(chunk ? { evidence: [{ source: chunk.source, start: chunk.start, end: chunk.end, score }] } : {}) } as const;
      });
      return { claims, score: Math.min(...claims.map((c) => c.score)) };
    },
  };
}
