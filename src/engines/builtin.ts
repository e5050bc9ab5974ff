import { fileURLToPath } from 'node:url';
import { claimScore, loadScorer, type ScorerModel } from '../train/model.js';
import { sigmoid } from '../train/linalg.js';
import { claimThreshold, textLogit } from '../train/textModel.js';
import { decide } from './decide.js';
import type { Engine, EngineInput, TextAssessment } from './engine.js';

/** The shipped model, produced by `groundcheck train` (npm run train) from ../shared/bench train/dev splits. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/builtin.json', import.meta.url));

/**
 * The default engine: the compare features scored by a small learned model (logistic regression
 * or boosted trees, whichever did better on dev), then a text model that turns claim scores into
 * P(the whole text is supported). A claim is flagged when its score is below the bar that keeps
 * the text supported, so the text verdict and the claim verdicts always agree.
 */
export function learnedEngine(model: ScorerModel, name = 'builtin'): Engine {
  return {
    name,
    threshold: model.threshold,
    async assess(inputs: EngineInput[]): Promise<TextAssessment> {
      const n = inputs.length;
      const bar = claimThreshold(model.text, model.threshold, n);
      const claims = inputs.map(({ comparison }) => decide(comparison, claimScore(model, comparison.features), bar));
      const min = claims.length ? Math.min(...claims.map((c) => c.score)) : 1;
      return { claims, score: claims.length ? sigmoid(textLogit(model.text, min, n)) : 1 };
    },
  };
}

let shipped: Engine | null = null;
/** The builtin engine with the shipped model, loaded on first use (a few milliseconds). */
export function builtinEngine(): Engine {
  shipped ??= learnedEngine(loadScorer(DEFAULT_MODEL_PATH));
  return shipped;
}
