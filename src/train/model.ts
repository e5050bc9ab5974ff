import { readFileSync } from 'node:fs';
import { FEATURE_NAMES, type FeatureName, type Features } from '../compare/features.js';
import { gbdtLogit, type GbdtModel } from './gbdt.js';
import { sigmoid } from './linalg.js';
import { logisticLogit, type LogisticModel } from './logistic.js';
import { textLogit, type TextModel } from './textModel.js';

/** The builtin engine's learned scorer as stored in models/builtin.json. */
export interface ScorerModel {
  format: 'groundcheck-scorer/1';
  /** The features the model reads, in the order of its input vector. */
  features: FeatureName[];
  model: LogisticModel | GbdtModel;
  /** Features that, when they fire on a claim (value > 0), cap its score at RULE_CAP (see train/RULES). */
  rules: FeatureName[];
  /** From the claim scores of a text to P(the whole text is supported). */
  text: TextModel;
  /** A text is supported when P(text supported) is at least this (chosen on dev rows). */
  threshold: number;
  /** How it was trained: seed, data files with hashes, dev metrics of each candidate. */
  training: Record<string, unknown>;
}

export function vectorOf(features: Features, names: readonly FeatureName[]): number[] {
  return names.map((n) => features[n]);
}

/** P(supported) of one claim from its input vector. */
export function scoreVector(m: ScorerModel['model'], x: number[]): number {
  return sigmoid(m.type === 'gbdt' ? gbdtLogit(m, x) : logisticLogit(m, x));
}

/** The score a claim gets at most when one of the model's rules fires on it. */
export const RULE_CAP = 0.05;

/** A claim's score under the full model: the learned score, capped when a rule fires. */
export function claimScore(m: Pick<ScorerModel, 'model' | 'features' | 'rules'>, features: Features): number {
  const s = scoreVector(m.model, vectorOf(features, m.features));
  return m.rules.some((r) => features[r] > 0) ? Math.min(s, RULE_CAP) : s;
}

export function loadScorer(path: string | URL): ScorerModel {
  const m = JSON.parse(readFileSync(path, 'utf8')) as ScorerModel;
  if (m.format !== 'groundcheck-scorer/1') throw new Error(`${String(path)} is not a groundcheck scorer model (format ${String(m.format)})`);
  const unknown = m.features.filter((f) => !(FEATURE_NAMES as readonly string[]).includes(f));
  if (unknown.length) throw new Error(`${String(path)} uses features this version does not compute: ${unknown.join(', ')}`);
  return m;
}

/** JSON numbers round-trip doubles exactly, so a saved model predicts exactly as the fitted one. */
export function serialiseScorer(m: ScorerModel): string {
  return `${JSON.stringify(m, null, 1)}\n`;
}

/** P(text supported) for feature rows, exactly as the builtin engine computes it in check(). */
export function textScores(m: Pick<ScorerModel, 'features' | 'model' | 'rules' | 'text'>, rows: { claims: { x: number[] }[] }[]): number[] {
  const columns = m.features.map((n) => FEATURE_NAMES.indexOf(n));
  const ruleColumns = m.rules.map((r) => FEATURE_NAMES.indexOf(r));
  return rows.map((r) => {
    if (r.claims.length === 0) return 1;
    let min = 1;
    for (const c of r.claims) {
      let s = scoreVector(m.model, columns.map((j) => c.x[j]));
      if (ruleColumns.some((j) => c.x[j] > 0)) s = Math.min(s, RULE_CAP);
      min = Math.min(min, s);
    }
    return sigmoid(textLogit(m.text, min, r.claims.length));
  });
}
