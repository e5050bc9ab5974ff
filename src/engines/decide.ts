import type { Comparison } from '../compare/features.js';
import type { Finding } from '../compare/finding.js';
import type { Assessment } from './engine.js';

/** Conflicts first, then quantities, names, hedges, widened scope and added causes, then plain words: what lowers the score most. */
const FINDING_ORDER: Record<Finding['kind'], number> = { quantity: 0, negation: 0, antonym: 0, swap: 0, entity: 1, modality: 2, scope: 2, cause: 2, word: 3 };

/**
 * A claim's verdict given its score and the bar it must clear: supported, or else contradicted when
 * a conflict (another number or date, a flipped negation, an antonym) explains it, unsupported when
 * the sources are silent. The findings shown are the reasons, most important first.
 */
export function decide(c: Comparison, score: number, bar: number): Assessment {
  if (score >= bar) return { verdict: 'supported', score, findings: [] };
  const findings = explainingFindings(c);
  return { verdict: findings.some((f) => f.conflict) ? 'contradicted' : 'unsupported', score, findings };
}

/** The findings that explain a flagged claim, most important first; scattered words when nothing sharper. */
export function explainingFindings(c: Comparison): Finding[] {
  const findings = c.findings.length > 0 ? c.findings : c.scatteredWords;
  return [...findings].sort((a, b) => Number(b.conflict) - Number(a.conflict) || FINDING_ORDER[a.kind] - FINDING_ORDER[b.kind] || a.start - b.start);
}
