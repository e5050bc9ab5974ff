import { readFileSync } from 'node:fs';
import { FEATURE_NAMES, type FeatureName, type Features } from '../compare/features.js';
import { gbdtLogit, type GbdtModel } from './gbdt.js';
import { sigmoid } from './linalg.js';
import { logisticLogit, type LogisticModel } from './logistic.js';
import { scorerShape } from './modelShape.js';
import { RULE_CAP, textScore, type TextModel } from './textModel.js';

/** The builtin engine's learned scorer as stored in models/builtin.json. */
export interface ScorerModel {
  format: 'groundcheck-scorer/1';
  /** The features the model reads, in the order of its input vector. */
  features: FeatureName[];
  model: ClaimModel;
  /** Features that, when they fire on a claim (value > 0), cap its score at RULE_CAP (see train/RULES). */
  rules: FeatureName[];
  /** From the claim scores of a text to P(the whole text is supported). */
  text: TextModel;
  /** A text is supported when P(text supported) is at least this (chosen on dev and out-of-fold train rows). */
  threshold: number;
  /** How it was trained: seed, data files with hashes, dev metrics of each candidate. */
  training: Record<string, unknown>;
}

/**
 * Two claim models read together: their log-odds are averaged. Logistic regression and boosted
 * trees rank datasets left out of training differently, and their mean ranks them better than
 * either (bench/transfer.ts); it also ends a knife-edge choice between the two kinds.
 */
export interface MeanModel {
  type: 'mean';
  members: SingleModel[];
}

/** A claim model of one kind. */
export type SingleModel = LogisticModel | GbdtModel;
export type ClaimModel = SingleModel | MeanModel;
export type ClaimModelKind = ClaimModel['type'];
export const CLAIM_MODEL_KINDS: readonly ClaimModelKind[] = ['logistic', 'gbdt', 'mean'];

/** The claim model's log-odds of support from its input vector. */
function claimLogit(m: ClaimModel, x: number[]): number {
  switch (m.type) {
    case 'logistic': return logisticLogit(m, x);
    case 'gbdt': return gbdtLogit(m, x);
    case 'mean': return m.members.reduce((sum, member) => sum + claimLogit(member, x), 0) / m.members.length;
  }
}

/** P(supported) of one claim from its input vector. */
export function scoreVector(m: ClaimModel, x: number[]): number {
  return sigmoid(claimLogit(m, x));
}

/** A claim's score under the full model: the learned score, capped when a rule fires. */
export function claimScore(m: Pick<ScorerModel, 'model' | 'features' | 'rules'>, features: Features): { score: number; ruled: boolean } {
  // the model's own columns straight from the features: what vectorScore reads of the full vector
  return cappedScore(m.model, m.features.map((n) => features[n]), m.rules.some((r) => features[r] > 0));
}

export function loadScorer(path: string | URL): ScorerModel {
  let m: ScorerModel;
  try {
    m = JSON.parse(readFileSync(path, 'utf8')) as ScorerModel;
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    throw new Error(`${String(path)} is not a groundcheck scorer model (not JSON: ${e.message})`);
  }
  if (typeof m !== 'object' || m === null || m.format !== 'groundcheck-scorer/1') throw new Error(`${String(path)} is not a groundcheck scorer model (format ${String(m?.format)})`);
  const { damage, unreadableKinds } = scorerShape(m as unknown as Record<string, unknown>);
  if (damage) throw new Error(`${String(path)} is a damaged groundcheck scorer model: ${damage}`);
  const unknown = m.features.filter((f) => !(FEATURE_NAMES as readonly string[]).includes(f));
  if (unknown.length) throw new Error(`${String(path)} uses features this version does not compute: ${unknown.join(', ')}`);
  if (unreadableKinds.length) throw new Error(`${String(path)} holds a claim model this version cannot read (${unreadableKinds.join(', ')})`);
  return m;
}

/** JSON numbers round-trip doubles exactly, so a saved model predicts exactly as the fitted one. */
export function serialiseScorer(m: ScorerModel): string {
  return `${JSON.stringify(m, null, 1)}\n`;
}

const columnCache = new WeakMap<object, { columns: number[]; ruleColumns: number[] }>();
/** Where the model's features and rules sit in a full feature vector (FEATURE_NAMES order). */
function columnsOf(m: Pick<ScorerModel, 'features' | 'rules'>): { columns: number[]; ruleColumns: number[] } {
  let c = columnCache.get(m);
  if (!c) columnCache.set(m, (c = { columns: m.features.map((n) => FEATURE_NAMES.indexOf(n)), ruleColumns: m.rules.map((r) => FEATURE_NAMES.indexOf(r)) }));
  return c;
}

/** A claim's score under the full model from its full feature vector, and whether a rule capped it. */
function vectorScore(model: ClaimModel, columns: number[], ruleColumns: number[], x: number[]): { score: number; ruled: boolean } {
  return cappedScore(model, columns.map((j) => x[j]), ruleColumns.some((j) => x[j] > 0));
}

/** The model's score for its own input columns, capped at RULE_CAP when a rule fired. */
function cappedScore(model: ClaimModel, input: number[], ruled: boolean): { score: number; ruled: boolean } {
  const s = scoreVector(model, input);
  return { score: ruled ? Math.min(s, RULE_CAP) : s, ruled };
}

/** Each row's claim scores under the full model (rules applied), exactly as check() computes them. */
export function rowClaimScores(m: Pick<ScorerModel, 'features' | 'model' | 'rules'>, rows: { claims: { x: number[] }[] }[]): { scores: number[]; ruled: boolean }[] {
  const { columns, ruleColumns } = columnsOf(m);
  return rows.map((r) => {
    const claims = r.claims.map((c) => vectorScore(m.model, columns, ruleColumns, c.x));
    return { scores: claims.map((c) => c.score), ruled: claims.some((c) => c.ruled) };
  });
}

/** P(text supported) for feature rows, exactly as the builtin engine computes it in check(). */
export function textScores(m: Pick<ScorerModel, 'features' | 'model' | 'rules' | 'text'>, rows: { claims: { x: number[] }[] }[]): number[] {
  return rowClaimScores(m, rows).map(({ scores, ruled }) => textScore(m.text, scores, ruled));
}
