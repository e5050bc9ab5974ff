import type { ClaimUnit } from '../claims/split.js';
import type { Comparison } from '../compare/features.js';
import type { Finding } from '../compare/finding.js';
import type { SegmentedSource } from '../retrieve/evidence.js';
import type { Usage, Verdict } from '../types.js';

/** What an engine is given for one claim: the claim, its ranked evidence and the computed features. */
export interface EngineInput {
  claim: ClaimUnit;
  comparison: Comparison;
  /**
   * The comparison of this claim with the words inside [start, end) left out (text context kept):
   * how an engine measures how much one finding lowers the score. Computed on call only.
   */
  without?: (start: number, end: number) => Comparison;
}

export interface Assessment {
  verdict: Verdict;
  /** P(supported), in [0,1]. */
  score: number;
  /** The findings that explain the verdict, most important first; empty for supported claims. */
  findings: Finding[];
  /** Evidence the engine itself found (an NLI model's best chunk, an LLM's quote); else the retrieved evidence is shown. */
  evidence?: { source: string; start: number; end: number; score: number }[];
  /** Which engine decided the claim, where several could (cascade). */
  engine?: string;
}

export interface TextAssessment {
  claims: Assessment[];
  /** P(the whole text is supported), in [0,1]. */
  score: number;
  usage?: Usage;
}

/** What engines that read the sources themselves (nli, llm) need beyond the per-claim inputs. */
export interface EngineContext {
  sources: SegmentedSource[];
  text: string;
}

/** One small interface every engine implements (builtin and handset today; nli, llm and cascade later). */
export interface Engine {
  readonly name: string;
  /** The text is judged supported when its score is at least this. */
  readonly threshold: number;
  /** Assesses all claims of one text together, so the text-level score can weigh them. */
  assess(inputs: EngineInput[], context: EngineContext): Promise<TextAssessment>;
}
