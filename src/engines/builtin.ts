import { fileURLToPath } from 'node:url';
import { claimScore, loadScorer, type ScorerModel } from '../train/model.js';
import { claimBar, textScore } from '../train/textModel.js';
import { decide } from './decide.js';
import type { Assessment, Engine, EngineInput, TextAssessment } from './engine.js';

/** The shipped model, produced by `groundcheck train` (npm run train) from the train/dev splits of ../shared/bench and bench/data. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/builtin.json', import.meta.url));

/**
 * The default engine: the compare features scored by a small learned model (by default a logistic
 * regression and boosted trees, their log-odds averaged), then a text model that turns claim scores into
 * P(the whole text is supported). Claims are flagged only in a text found unsupported, and then
 * the claims that made it so (see claimBar), so the text verdict and the claim verdicts always agree.
 */
export function learnedEngine(model: ScorerModel, name = 'builtin'): Engine {
  return {
    name,
    threshold: model.threshold,
    async assess(inputs: EngineInput[]): Promise<TextAssessment> {
      const scored = inputs.map(({ comparison }) => claimScore(model, comparison.features));
      const scores = scored.map((c) => c.score);
      const score = textScore(model.text, scores, scored.some((c) => c.ruled));
      const bar = claimBar(model.threshold, scores, score);
      // a claim a rule capped already shows the rule's finding first (kind order), and leaving out any
      // other finding leaves the cap in place: only uncapped claims need their findings ranked
      const weakest = Math.min(...scores);
      const claims = inputs.map((input, i) => {
        const a = decide(input.comparison, scores[i], bar);
        // below the bar with no word or number to show: flagging it would explain nothing, so only
        // the weakest claim (which the text verdict rests on) is flagged that way
        if (a.verdict !== 'supported' && a.findings.length === 0 && scores[i] > weakest) return { verdict: 'supported' as const, score: scores[i], findings: [] };
        return scored[i].ruled ? a : rankFindings(model, input, a);
      });
      return { claims, score };
    },
  };
}

/**
 * Orders a flagged claim's findings by how much each lowers its score: the claim is scored again
 * with the finding's words left out, and the finding whose absence raises the score most comes
 * first (ties keep the order by kind: conflicts, numbers, names, hedges, words).
 */
function rankFindings(model: ScorerModel, input: EngineInput, a: Assessment): Assessment {
  if (a.findings.length < 2 || !input.without) return a;
  // each one costs a comparison; beyond the first few (in kind order) the order matters little
  const ranked = a.findings.slice(0, RANKED_FINDINGS);
  const gain = new Map(ranked.map((f) => [f, claimScore(model, input.without!(f.start, f.end).features).score - a.score]));
  return { ...a, findings: [...ranked.sort((x, y) => gain.get(y)! - gain.get(x)!), ...a.findings.slice(RANKED_FINDINGS)] };
}

/** How many findings of a claim are ranked by score; the rest follow in kind order. */
const RANKED_FINDINGS = 4;

let shippedModel: ScorerModel | null = null;
let shipped: Engine | null = null;
/**
 * The builtin engine with the shipped model, loaded on first use (a few milliseconds); with a
 * threshold (options.threshold, chosen by `groundcheck calibrate`), deciding there instead of at the model's own.
 */
export function builtinEngine(threshold?: number): Engine {
  shippedModel ??= loadScorer(DEFAULT_MODEL_PATH);
  if (threshold !== undefined && threshold !== shippedModel.threshold) return learnedEngine({ ...shippedModel, threshold });
  shipped ??= learnedEngine(shippedModel);
  return shipped;
}
