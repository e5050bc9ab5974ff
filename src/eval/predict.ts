import { check } from '../check.js';
import type { CheckOptions, Verdict } from '../types.js';
import { rowSources, type EvalRow } from './rows.js';

/** What one row's check produced: one line of a --predictions file. */
export interface Prediction {
  id: string;
  score: number;
  verdict: Verdict;
  /** Predicted unsupported spans, UTF-16 offsets into the row's claim. */
  spans: [number, number][];
  claims: number;
  ms: number;
}

export async function predictRow(row: EvalRow, options: CheckOptions = {}): Promise<Prediction> {
  const t = performance.now();
  const report = await check({ sources: rowSources(row), text: row.claim, options });
  const spans: [number, number][] = report.claims.flatMap((c) => c.spans.map((s) => [s.start, s.end] as [number, number]));
  return { id: row.id, score: report.score, verdict: report.verdict, spans, claims: report.claims.length, ms: Math.round((performance.now() - t) * 100) / 100 };
}
