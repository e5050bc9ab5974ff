import { isContent, type Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';

/** Negation and modality: "did not pay" vs "paid", "could mediate" vs "will mediate". */
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'without']);
const HEDGES = new Set([
  'could', 'might', 'may', 'possibly', 'perhaps', 'reportedly', 'allegedly', 'likely', 'unlikely', 'probably',
  'potentially', 'expect', 'plan', 'propose', 'consider', 'suggest', 'hope', 'seek', 'aim', 'intend', 'would', 'if',
  'whether', 'claim', 'believe', 'suspect', 'rumour', 'rumor', 'speculate',
]);
/** Words that negate without a negator ("refused to pay", "failed to win", "until he accepts"): a side that has one is not compared. */
const IMPLICIT_NEGATIVES = new Set([
  'refuse', 'deny', 'fail', 'reject', 'decline', 'avoid', 'prevent', 'stop', 'lack', 'miss', 'cancel', 'halt', 'ban',
  'forbid', 'oppose', 'unable', 'until', 'unless', 'absent', 'instead', 'rather', 'despite', 'except', 'lose',
]);
/** Negators that join a list under an earlier negation ("not the suspect, nor the guard"): no scope of their own. */
const LIST_NEGATORS = new Set(['nor', 'neither']);

/** Hedges that qualify the verb right after them: "could carry" is not "will carry". */
const MODAL_HEDGES = new Set(['could', 'might', 'may', 'possibly', 'perhaps', 'reportedly', 'allegedly', 'likely', 'probably', 'potentially']);
/** Modals in a claim that keep it from stating as certain what its source hedges. */
const CLAIM_MODALS = new Set(['can', 'should']);
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
  // a field of a structured source set to false ("OutdoorSeating": false) negates it too
  const falseField = (t: Token, i: number) => t.lower === 'false' && evidence[i - 1]?.text === ':';
  const claimNeg = claim.map((t, i) => (isNegator(t) ? i : -1)).filter((i) => i >= 0);
  const evidenceNeg = evidence.map((t, i) => (isNegator(t) || falseField(t, i) ? i : -1)).filter((i) => i >= 0);
  const implicit = (tokens: Token[]) => tokens.some((t) => IMPLICIT_NEGATIVES.has(t.lemma) || IMPLICIT_NEGATIVES.has(t.lower));
  // only one side may negate at all, and the negated word must be one the other side states
  const claimMayFlip = evidenceNeg.length === 0 && !implicit(evidence);
  const evidenceMayFlip = claimNeg.length === 0 && !implicit(claim);
  // the same word in the same role: "never divorced" says nothing of "the cost of divorce"
  const sameWord = (a: Token, b: Token) => (a.lemma === b.lemma || a.lower === b.lower) && wordClass(a) === wordClass(b);
  // a negated word of one side that the other side states plainly: the negation is about the same thing
  const claimFlip = claimNeg.find((i) => {
    if (!claimMayFlip || LIST_NEGATORS.has(claim[i].lower)) return false;
    const head = negatedHead(claim, i);
    return head !== undefined && evidence.some((e, k) => sameWord(e, head) && !negatedAt(evidence, k, evidenceNeg));
  });
  // what a source negator denies, and the claim words stating it: "not … approve" / "approved",
  // a false field "OutdoorSeating" / "outdoor seating"
  const denied = (i: number): { head: Token; words: Token[] } | undefined => {
    if (!evidenceMayFlip || LIST_NEGATORS.has(evidence[i].lower)) return undefined;
    const isField = evidence[i].lower === 'false';
    const head = isField ? fieldBefore(evidence, i) : negatedHead(evidence, i);
    if (!head) return undefined;
    const words = claim.filter((c, k) => (sameWord(c, head) || (isField && isContent(c) && head.lower.includes(c.lower))) && !negatedAt(claim, k, claimNeg));
    return words.length > 0 ? { head, words } : undefined;
  };
  let negationMismatch = 0;
  if (claimFlip !== undefined) {
    negationMismatch = 1;
    const t = claim[claimFlip];
    findings.push({ kind: 'negation', start: t.start, end: t.end, conflict: true, reason: `the claim negates what the source states (${quote(text.slice(t.start, t.end))} is not in the source)` });
  } else {
    for (const i of evidenceNeg) {
      const flip = denied(i);
      if (!flip) continue;
      negationMismatch = 1;
      const neg = evidence[i];
      const said = neg.lower === 'false' ? `${quote(flip.head.text)} is false` : `the opposite: ${quote(`${neg.text} … ${flip.head.text}`)}`;
      findings.push({ kind: 'negation', start: flip.words[0].start, end: flip.words[flip.words.length - 1].end, conflict: true, reason: `the source says ${said}` });
      break;
    }
  }
  let modalityOverstated = 0;
  // "can help" for "may help" keeps a modal of its own
  const claimHedged = claim.some((t) => HEDGES.has(t.lower) || HEDGES.has(t.lemma) || CLAIM_MODALS.has(t.lower));
  for (let i = 0; i < evidence.length && !claimHedged && modalityOverstated === 0; i++) {
    // "May saw" in a source is the month
    if (!MODAL_HEDGES.has(evidence[i].lower) || evidence[i].pos === 'PROPN' || evidence[i].pos === 'NOUN') continue;
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

/** How far a negator reaches: "did not fully approve the plan" negates "approve". */
const NEGATION_REACH = 4;

/** After "not", these make it about how much, not whether: "not all sauces", "not just tuition". */
const NOT_QUANTIFIED = new Set(['all', 'every', 'just', 'only', 'merely', 'simply', 'necessarily', 'always', 'quite', 'exactly', 'entirely', 'everyone', 'everything']);

/**
 * The content word a negator at `i` negates: the first one within reach after it. A name or a
 * number is not negated ("without Wayne" says nothing of what Wayne did).
 */
function negatedHead(tokens: Token[], i: number): Token | undefined {
  if (NOT_QUANTIFIED.has(tokens[i + 1]?.lower ?? '')) return undefined;
  for (let j = i + 1; j <= i + NEGATION_REACH && j < tokens.length; j++) {
    if (tokens[j].kind === 'punct') return undefined;
    if (isContent(tokens[j])) return tokens[j].pos === 'PROPN' || tokens[j].kind === 'number' ? undefined : tokens[j];
  }
  return undefined;
}

/** Coarse word class, so a verb is compared with a verb: "divorced" (verb) is not "divorce" (noun). */
function wordClass(t: Token): string {
  if (t.pos === 'VERB' || t.pos === 'AUX') return 'v';
  if (t.pos === 'NOUN' || t.pos === 'PROPN') return 'n';
  return t.pos;
}

/** Whether `tokens[k]` is negated: within reach after a negator of the same stretch ("will not open"). */
export function isNegated(tokens: Token[], k: number): boolean {
  const negators: number[] = [];
  for (let i = Math.max(0, k - NEGATION_REACH); i < k; i++) if (isNegator(tokens[i])) negators.push(i);
  return negatedAt(tokens, k, negators);
}

/** Whether token `k` is within reach after one of the negators at `negators`. */
function negatedAt(tokens: Token[], k: number, negators: number[]): boolean {
  return negators.some((i) => i < k && k - i <= NEGATION_REACH && !tokens.slice(i + 1, k).some((t) => t.kind === 'punct'));
}

/** The field name before a structured source's `: false`. */
function fieldBefore(tokens: Token[], i: number): Token | undefined {
  return tokens.slice(0, i).reverse().find((t) => t.kind === 'word');
}
