import type { Comparison, FeatureName, Features } from '../compare/features.js';
import type { Finding } from '../compare/finding.js';
import type { Assessment, Engine, EngineInput } from './engine.js';

/**
 * The default engine: a transparent, hand-set logistic combination of the compare features.
 * Weights were chosen by looking at `train`/`dev` rows of ../shared/bench (never `test`); a trained
 * model replaces them later, which is why the decision lives apart from the features.
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

export const SUPPORTED_THRESHOLD = 0.5;

export function handSetScore(f: Features): number {
  let z = HAND_SET_WEIGHTS.bias;
  for (const [name, w] of Object.entries(HAND_SET_WEIGHTS.weights) as [FeatureName, number][]) z += w * f[name];
  return 1 / (1 + Math.exp(-z));
}

/** Conflicts first, then names and quantities, then plain words: what lowers the score most. */
const FINDING_ORDER: Record<Finding['kind'], number> = { quantity: 0, negation: 0, antonym: 0, entity: 1, modality: 2, word: 3 };

export function decide(c: Comparison, score: number): Assessment {
  if (score >= SUPPORTED_THRESHOLD) return { verdict: 'supported', score, findings: [] };
  const findings = c.findings.length > 0 ? c.findings : c.scatteredWords;
  const ordered = [...findings].sort((a, b) => Number(b.conflict) - Number(a.conflict) || FINDING_ORDER[a.kind] - FINDING_ORDER[b.kind] || a.start - b.start);
  return { verdict: findings.some((f) => f.conflict) ? 'contradicted' : 'unsupported', score, findings: ordered };
}

export const builtinEngine: Engine = {
  name: 'builtin',
  async assess(inputs: EngineInput[]): Promise<Assessment[]> {
    return inputs.map(({ comparison }) => decide(comparison, handSetScore(comparison.features)));
  },
};
