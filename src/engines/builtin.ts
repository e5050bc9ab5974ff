import { fileURLToPath } from 'node:url';
import { claimScore, loadScorer, type ScorerModel } from '../train/model.js';
import { claimBar, textScore } from '../train/textModel.js';
import { decide } from './decide.js';
import type { Engine, EngineInput, TextAssessment } from './engine.js';

/** The shipped model, produced by `groundcheck train` (npm run train) from ../shared/bench train/dev splits. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/builtin.json', import.meta.url));

/**
 * The default engine: the compare features scored by a small learned model (logistic regression
 * or boosted trees, whichever did better on dev), then a text model that turns claim scores into
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
      return { claims: inputs.map(({ comparison }, i) => decide(comparison, scores[i], bar)), score };
    },
  };
}

let shipped: Engine | null = null;
/** The builtin engine with the shipped model, loaded on first use (a few milliseconds). */
export function builtinEngine(): Engine {
  shipped ??= learnedEngine(loadScorer(DEFAULT_MODEL_PATH));
  return shipped;
}
