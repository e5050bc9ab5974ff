import { percentile } from './percentile.js';
import { auroc, balancedAccuracy, expectedCalibrationError, f1Unsupported } from './metrics.js';
import { spanF1, type SpanOverlap } from './spans.js';

/** One scored row, as the summary needs it. */
export interface Outcome {
  /** The row's id, to join outcomes with what the row file says beyond the label (a task, a source kind). */
  id?: string;
  dataset: string;
  label: 0 | 1;
  score: number;
  /** The engine's own decision for the text. */
  supported: boolean;
  minClaimScore: number;
  spans?: SpanOverlap;
  /** The same for the flagged claims' whole extents. */
  claimSpans?: SpanOverlap;
}

export interface DatasetResult {
  n: number;
  positives: number;
  balancedAccuracy: number | null;
  f1: number | null;
  auroc: number | null;
  threshold: number;
  ece: number | null;
  spanF1?: number | null;
  claimSpanF1?: number | null;
}

/** The exact JSON `groundcheck eval --format json` prints (schema/eval.schema.json). */
export interface EvalResult {
  datasets: Record<string, DatasetResult>;
  macro: { balancedAccuracy: number | null; f1: number | null; auroc: number | null };
  throughput: { claimsPerSecond: number | null; rowsPerSecond: number | null; p50Ms: number | null; p95Ms: number | null };
  engine: string;
  skipped: number;
  escalation?: Escalation;
}

/** Cascade runs: the share of claims sent to the heavier engine and what the LLM judge consumed. */
export interface Escalation {
  /** The builtin-score band escalated, when --calibrate chose it. */
  band?: [number, number];
  claims: number;
  escalated: number;
  share: number | null;
  requests: number;
  promptTokens: number;
  completionTokens: number;
}

export interface Timing {
  /** Wall time spent scoring rows in this run (resumed rows excluded). */
  wallMs: number;
  rows: number;
  claims: number;
  rowMs: number[];
}

const num = (x: number, digits = 4): number | null => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null);
const mean = (xs: (number | null)[]) => {
  const ok = xs.filter((x): x is number => x !== null);
  return ok.length ? num(ok.reduce((a, b) => a + b, 0) / ok.length) : null;
};

export function groupByDataset(outcomes: Outcome[]): Map<string, Outcome[]> {
  const by = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    let list = by.get(o.dataset);
    if (!list) by.set(o.dataset, (list = []));
    list.push(o);
  }
  return new Map([...by.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** How rows are decided: the engine's own verdicts (at its threshold), or calibrated thresholds per dataset. */
export interface Decision {
  engineThreshold: number;
  /** Calibrated threshold for a dataset, or undefined to use the engine's verdicts. */
  calibrated?: (dataset: string) => number;
}

export function summarise(outcomes: Outcome[], decision: Decision, timing: Timing, engine: string, skipped: number, escalation?: Escalation): EvalResult {
  const datasets: Record<string, DatasetResult> = {};
  for (const [name, rows] of groupByDataset(outcomes)) {
    const labels = rows.map((r) => r.label);
    const scores = rows.map((r) => r.score);
    const threshold = decision.calibrated ? decision.calibrated(name) : decision.engineThreshold;
    const predicted = decision.calibrated ? scores.map((s) => s >= threshold) : rows.map((r) => r.supported);
    const withSpans = rows.filter((r) => r.spans).map((r) => r.spans!);
    // span F1 measures where unsupported text is; a dataset whose annotations only say "nothing
    // here" (supported rows with []) cannot measure that, and would always score 0
    const spansMeasurable = withSpans.some((s) => s.gold > 0);
    datasets[name] = {
      n: rows.length,
      positives: labels.filter((y) => y === 1).length,
      balancedAccuracy: num(balancedAccuracy(labels, predicted)),
      f1: num(f1Unsupported(labels, predicted)),
      auroc: num(auroc(labels, scores)),
      threshold: num(threshold, 6) ?? threshold,
      ece: num(expectedCalibrationError(labels, scores)),
      ...(spansMeasurable ? { spanF1: num(spanF1(withSpans)) } : {}),
      // predictions files from before claimSpans existed lack it: no figure rather than a partial one
      ...(spansMeasurable && rows.every((r) => !r.spans || r.claimSpans) ? { claimSpanF1: num(spanF1(rows.filter((r) => r.claimSpans).map((r) => r.claimSpans!))) } : {}),
    };
  }
  const values = Object.values(datasets);
  const sorted = [...timing.rowMs].sort((a, b) => a - b);
  const seconds = timing.wallMs / 1000;
  return {
    datasets,
    macro: { balancedAccuracy: mean(values.map((d) => d.balancedAccuracy)), f1: mean(values.map((d) => d.f1)), auroc: mean(values.map((d) => d.auroc)) },
    throughput: {
      claimsPerSecond: timing.rows && seconds > 0 ? num(timing.claims / seconds, 1) : null,
      rowsPerSecond: timing.rows && seconds > 0 ? num(timing.rows / seconds, 1) : null,
      p50Ms: timing.rows ? num(percentile(sorted, 50), 2) : null,
      p95Ms: timing.rows ? num(percentile(sorted, 95), 2) : null,
    },
    engine,
    skipped,
    ...(escalation ? { escalation: { ...escalation, share: escalation.claims ? num(escalation.escalated / escalation.claims) : null } } : {}),
  };
}
