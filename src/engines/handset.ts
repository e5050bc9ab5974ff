import type { FeatureName, Features } from '../compare/features.js';
import { decide } from './decide.js';
import type { Engine, EngineInput, TextAssessment } from './engine.js';

/**
 * The first, hand-set decision: a transparent logistic combination of a few features, weights
 * chosen by looking at train/dev rows. Kept as `--engine handset` for comparison with the learned
 * builtin engine (BENCHMARKS.md shows both side by side).
 */
export const HAND_SET_WEIGHTS: { bias: number; weights: Partial<Record<FeatureName, number>> } = {
  bias: -4.0,
  weights: {
    coverageBest: 3.0,
    coverageSources: 4.0,
    novelNames: -2.0,
    novelQuantities: -1.5,
    quantityConflicts: -5.0,
    negationMismatch: -5.0,
    modalityOverstated: -3.5,
    antonyms: -5.0,
  },
};

const THRESHOLD = 0.5;

export function handSetScore(f: Features): number {
  let z = HAND_SET_WEIGHTS.bias;
  for (const [name, w] of Object.entries(HAND_SET_WEIGHTS.weights) as [FeatureName, number][]) z += w * f[name];
  return 1 / (1 + Math.exp(-z));
}

export const handsetEngine: Engine = {
  name: 'handset',
  threshold: THRESHOLD,
  async assess(inputs: EngineInput[]): Promise<TextAssessment> {
    const claims = inputs.map(({ comparison }) => decide(comparison, handSetScore(comparison.features), THRESHOLD));
    return { claims, score: claims.length ? Math.min(...claims.map((c) => c.score)) : 1 };
  },
};
