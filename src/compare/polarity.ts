import type { Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';

/** Negation and modality: "did not pay" vs "paid", "could mediate" vs "will mediate". */
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'without']);
const HEDGES = new Set([
  'could', 'might', 'may', 'possibly', 'perhaps', 'reportedly', 'allegedly', 'likely', 'unlikely', 'probably',
  'potentially', 'expect', 'plan', 'propose', 'consider', 'suggest', 'hope', 'seek', 'aim', 'intend', 'would', 'if',
  'whether', 'claim', 'believe', 'suspect', 'rumour', 'rumor', 'speculate',
]);
/** Hedges that qualify the verb right after them: "could carry" is not "will carry". */
const MODAL_HEDGES = new Set(['could', 'might', 'may', 'possibly', 'perhaps', 'reportedly', 'allegedly', 'likely', 'probably', 'potentially']);
const CERTAIN = new Set(['will', 'definitely', 'certainly', 'confirm', 'prove', 'always', 'must']);

export function isNegator(t: Token): boolean {
  return NEGATORS.has(t.lower) || NEGATORS.has(t.lemma);
}

export interface PolarityFeatures {
  negationMismatch: number;
  modalityOverstated: number;
  findings: Finding[];
}

/**
 * Compares the claim with its best evidence. Only meaningful when the two talk about the same thing,
 * so callers pass the evidence that covers the claim best.
 */
export function polarityMismatches(claim: Token[], evidence: Token[], text: string): PolarityFeatures {
  const findings: Finding[] = [];
  const claimNeg = claim.filter(isNegator);
  // a field of a structured source set to false ("OutdoorSeating": false) negates it too
  const evidenceNeg = evidence.filter((t, i) => isNegator(t) || (t.lower === 'false' && evidence[i - 1]?.text === ':'));
  let negationMismatch = 0;
  if ((claimNeg.length > 0) !== (evidenceNeg.length > 0)) {
    negationMismatch = 1;
    if (claimNeg.length > 0) {
      const t = claimNeg[0];
      findings.push({ kind: 'negation', start: t.start, end: t.end, conflict: true, reason: `the claim negates what the source states (${quote(text.slice(t.start, t.end))} is not in the source)` });
    } else {
      // point at the claim words the source negates: the word after the source's negator, else the
      // claim's words that the negated source sentence shares ("outdoor seating" for "OutdoorSeating": false)
      const neg = evidenceNeg[0];
      const after = evidence.slice(evidence.indexOf(neg) + 1).find((t) => t.kind === 'word' && !t.stop);
      const shared = claim.filter((t) => t.kind === 'word' && !t.stop && evidence.some((e) => e.lemma === t.lemma || e.lower.includes(t.lower)));
      const single = after && claim.find((t) => t.lemma === after.lemma);
      const first = single ?? shared[0] ?? claim.find((t) => t.pos === 'VERB') ?? claim[0];
      const last = single ?? shared[shared.length - 1] ?? first;
      const target = { start: first.start, end: last.end };
      const field = neg.lower === 'false' ? evidence.slice(0, evidence.indexOf(neg)).reverse().find((t) => t.kind === 'word') : undefined;
      const said = field ? `${quote(field.text)} is false` : `the opposite: ${quote(neg.text + (after ? ` … ${after.text}` : ''))}`;
      findings.push({ kind: 'negation', start: target.start, end: target.end, conflict: true, reason: `the source says ${said}` });
    }
  }
  let modalityOverstated = 0;
  const claimHedged = claim.some((t) => HEDGES.has(t.lower) || HEDGES.has(t.lemma));
  for (let i = 0; i < evidence.length && !claimHedged && modalityOverstated === 0; i++) {
    if (!MODAL_HEDGES.has(evidence[i].lower)) continue;
    // the hedged verb: the first verb within three tokens after the hedge ("could carry", "may soon rise")
    const verb = evidence.slice(i + 1, i + 4).find((t) => t.pos === 'VERB');
    const inClaim = verb && claim.find((t) => t.lemma === verb.lemma);
    if (!inClaim) continue;
    const certain = claim.find((t) => CERTAIN.has(t.lower) || CERTAIN.has(t.lemma));
    const target = certain ?? inClaim;
    modalityOverstated = 1;
    findings.push({ kind: 'modality', start: target.start, end: target.end, conflict: false, reason: `the source hedges this (${quote(`${evidence[i].text} ${verb.text}`)}); the claim states it as certain` });
  }
  return { negationMismatch, modalityOverstated, findings };
}
