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
  /** Which engine decided this claim; present with the cascade engine. */
  engine?: string;
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

/** What a remote engine (LLM judge) consumed for this report. */
export interface Usage {
  requests: number;
  promptTokens: number;
  completionTokens: number;
}

export interface Report {
  verdict: Verdict;
  score: number;
  claims: ClaimReport[];
  sources: SourceInfo[];
  engine: string;
  timings: Timings;
  /** Present when an LLM judge was called. */
  usage?: Usage;
}

export interface SourceInput {
  id?: string;
  text: string;
}

export interface NliOptions {
  /** A local folder in the Hugging Face layout (config.json, tokenizer.json, onnx/model.onnx), or a hub id with allowDownload. */
  model: string;
  /** Allow fetching `model` from the Hugging Face hub when it is not a local folder (off by default). */
  allowDownload?: boolean;
  /** The label that means "supported", when the model's id2label does not make it obvious. */
  entailLabel?: string;
  /** ONNX Runtime intra-op threads (default 1). */
  threads?: number;
  /** Claim/chunk pairs per inference batch (default 16). */
  batchSize?: number;
}

export interface LlmOptions {
  /** Base URL of an OpenAI-compatible API, e.g. http://localhost:11434/v1 (Ollama) or https://api.openai.com/v1. */
  url: string;
  model: string;
  /** Environment variable holding the API key (sent as a bearer token), if the API needs one. */
  apiKeyEnv?: string;
  /** Per request (default 60000). */
  timeoutMs?: number;
  /** Retries after a failed or malformed answer, with exponential backoff (default 2). */
  retries?: number;
  /** Claims per request (default 20). */
  batchSize?: number;
}

export interface CascadeOptions {
  /** Claims whose builtin score is inside [low, high] go to the heavier engine (default [0.3, 0.7]). */
  band?: [number, number];
  /** The heavier engine (default: nli when nli options are given, else llm). */
  escalateTo?: 'nli' | 'llm';
}

export interface CheckOptions {
  /** How many evidence candidates to retrieve per claim (default 5). */
  topK?: number;
  /** builtin (default), handset, nli, llm or cascade. */
  engine?: string;
  /**
   * builtin engine only: the P(supported) below which a text is flagged, instead of the model's own
   * (one number for all the public benchmarks, chosen by `npm run train`). Choose yours with `groundcheck calibrate` on a
   * few hundred of your own labelled rows; raising it flags more, lowering it fewer. Above 0.05: a
   * claim that adds a name or changes a number (a rule) is flagged at any threshold.
   */
  threshold?: number;
  nli?: NliOptions;
  llm?: LlmOptions;
  cascade?: CascadeOptions;
  /** Limits; see README "Limits". */
  maxSourceChars?: number;
  maxTextChars?: number;
}

export interface CheckInput {
  sources: SourceInput[];
  text: string;
  /**
   * The question or prompt the text answers, when there is one (RAG apps). An answer may restate it:
   * words and names the question gives are not taken as new, but the question is never cited as
   * evidence, and numbers and dates in the answer are still checked against the sources.
   */
  question?: string;
  options?: CheckOptions;
}

/** Severity order used to pick the worst verdict. */
export const VERDICT_RANK: Record<Verdict, number> = { supported: 0, unsupported: 1, contradicted: 2 };
