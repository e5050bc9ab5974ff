import { check } from '../check.js';
import type { CheckOptions, Usage, Verdict } from '../types.js';
import { rowInput, type EvalRow } from './rows.js';

/** What one row's check produced: one line of a --predictions file. */
export interface Prediction {
  id: string;
  score: number;
  verdict: Verdict;
  /** Predicted unsupported spans, UTF-16 offsets into the row's claim. */
  spans: [number, number][];
  /** The extents of the claims found unsupported or contradicted (absent in files written before it existed). */
  claimSpans?: [number, number][];
  claims: number;
  /** The lowest claim score: where a cascade would have to escalate to change the verdict. */
  minClaimScore: number;
  ms: number;
  /** Cascade engine: claims decided by the heavier engine. */
  escalated?: number;
  /** LLM usage, when an LLM judge was called. */
  usage?: Usage;
}

export async function predictRow(row: EvalRow, options: CheckOptions = {}): Promise<Prediction> {
  const t = performance.now();
  const report = await check({ ...rowInput(row), options });
  const spans: [number, number][] = report.claims.flatMap((c) => c.spans.map((s) => [s.start, s.end] as [number, number]));
  const claimSpans: [number, number][] = report.claims.filter((c) => c.verdict !== 'supported').map((c) => [c.start, c.end]);
  const escalated = report.claims.some((c) => c.engine) ? report.claims.filter((c) => c.engine && !c.engine.startsWith('builtin')).length : undefined;
  return {
    id: row.id, score: report.score, verdict: report.verdict, spans, claimSpans, claims: report.claims.length,
    minClaimScore: report.claims.length ? Math.min(...report.claims.map((c) => c.score)) : 1,
    ms: Math.round((performance.now() - t) * 100) / 100,
    ...(escalated !== undefined ? { escalated } : {}), ...(report.usage ? { usage: report.usage } : {}),
  };
}
