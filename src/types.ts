/** The one Report shape shared by the library, the CLI (`--format json`), the server and the page. */

export type Verdict = 'supported' | 'unsupported' | 'contradicted';

/** A stretch of a source that supports (or conflicts with) a claim; offsets are UTF-16 indices into that source's text. */
export interface Evidence {
  source: string;
  start: number;
  end: number;
  text: string;
  /** Relevance of this evidence to the claim, in [0,1]. */
  score: number;
}

/** A part of a claim that the sources do not back; offsets are UTF-16 indices into the checked text. */
export interface UnsupportedSpan {
  start: number;
  end: number;
  text: string;
  /** Plain-words explanation a user reads. */
  reason: string;
}

export interface ClaimReport {
  text: string;
  start: number;
  end: number;
  verdict: Verdict;
  /** P(supported), in [0,1]. */
  score: number;
  evidence: Evidence[];
  spans: UnsupportedSpan[];
}

export interface SourceInfo {
  id: string;
  chars: number;
  sentences: number;
}

export interface Timings {
  segmentMs: number;
  retrieveMs: number;
  compareMs: number;
  totalMs: number;
}

export interface Report {
  verdict: Verdict;
  score: number;
  claims: ClaimReport[];
  sources: SourceInfo[];
  engine: string;
  timings: Timings;
}

export interface SourceInput {
  id?: string;
  text: string;
}

export interface CheckOptions {
  /** How many evidence candidates to retrieve per claim (default 5). */
  topK?: number;
  /** Engine name; only `builtin` ships today. */
  engine?: string;
  /** Limits; see README "Limits". */
  maxSourceChars?: number;
  maxTextChars?: number;
}

export interface CheckInput {
  sources: SourceInput[];
  text: string;
  options?: CheckOptions;
}

/** Severity order used to pick the worst verdict. */
export const VERDICT_RANK: Record<Verdict, number> = { supported: 0, unsupported: 1, contradicted: 2 };
