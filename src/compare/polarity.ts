import { isContent, isNumeral, isPastForm, sharedLemmas, type Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { frequencies } from './frequencies.js';
import { WEEKDAYS } from './quantities.js';
import { antonymLemmas, costFreeStretches, knownPhrases } from './lexical.js';
import { isPersonNoun, synonyms } from './wordnet.js';
import type { Lexicon } from './lexicon.js';

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
  // "poorly controlled" for "not well controlled", "barely changed" for "did not change much"
  'poorly', 'barely', 'hardly', 'scarcely', 'seldom', 'rarely', 'insufficiently', 'inadequately',
]);
/** Implicit negatives that turn their whole clause, wherever they stand: "opens until 10am", "won despite the rain". */
const CLAUSE_NEGATIVES = new Set(['until', 'unless', 'except', 'instead', 'rather', 'despite', 'absent']);
const isImplicitNegative = (t: Token) => IMPLICIT_NEGATIVES.has(t.lemma) || IMPLICIT_NEGATIVES.has(t.lower);
/**
 * Whether an implicit negative of the claim may govern claim word `k`, so that a source's "not" before
 * that word may agree with it: "refused to pay" / "did not pay". One after it governs other words:
 * "has brought in a hosepipe ban" still states the bringing in that "has not yet brought in" denies.
 */
function implicitlyNegated(claim: Token[], k: number): boolean {
  return claim.some((t, i) => (i < k && (isImplicitNegative(t) || onlyIf(claim, i))) || CLAUSE_NEGATIVES.has(t.lower) || CLAUSE_NEGATIVES.has(t.lemma));
}

/** "is only covered if you bought it": not covered unless, a negation without a negator. */
const onlyIf = (tokens: Token[], i: number) => tokens[i].lower === 'only' && tokens.slice(i + 1, i + 5).some((t) => t.lower === 'if' || t.lower === 'when' || t.lower === 'once');
/** "have yet to be signed": not signed so far, a negation without a negator. */
const yetTo = (tokens: Token[], i: number) => tokens[i].lower === 'yet' && tokens[i + 1]?.lower === 'to';
/** "failed to reduce", "refused to pay", "declined to comment": the verb after it did not happen. */
const FAILING = new Set(['fail', 'refuse', 'decline']);
const failedTo = (tokens: Token[], i: number) => FAILING.has(tokens[i].lemma) && tokens[i].pos === 'VERB' && tokens[i + 1]?.lower === 'to';

/** Negators that join a list under an earlier negation ("not the suspect, nor the guard"): no scope of their own. */
const LIST_NEGATORS = new Set(['nor', 'neither']);

/** Hedges that qualify the verb right after them: "could carry" is not "will carry". */
const MODAL_HEDGES = new Set(['could', 'might', 'may', 'possibly', 'perhaps', 'reportedly', 'allegedly', 'likely', 'probably', 'potentially']);
/** Before "likely", words that make it a comparison of how likely, no hedge: "men were more likely to smoke". */
const COMPARING = new Set(['more', 'less', 'most', 'least', 'as', 'equally', 'twice']);
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
 * The same word in the same role: "never divorced" says nothing of "the cost of divorce"; a verb and
 * an adjective of one lemma are one ("will not close", which wink tags as the adjective, and "will be closed").
 */
const sameWord = (a: Token, b: Token) => (a.lemma === b.lemma || a.lower === b.lower) && (wordClass(a) === wordClass(b) || verbOrAdjective(a, b));

/** Words by which a claim's negation denies what went before: "never", "no … before", "not previously". */
const EVER_BEFORE = new Set(['never', 'before', 'previously', 'ever', 'earlier']);
/**
 * Whether a passage says "the first time" ("for the first time", "the first time in its 60-year history
 * that …") and the claim denies what went before ("had never been", "No pantomime … before"): the two say
 * one thing, so the claim's negation flips nothing.
 */
const firstTimeDenied = (claim: Token[], passage: Token[]) =>
  passage.some((t, i) => t.lower === 'first' && passage[i + 1]?.lower === 'time') && claim.some((t) => EVER_BEFORE.has(t.lower));

/** How far (in tokens) before "the first time" the claim's verb is looked for (after it, to the passage's end). */
const FIRST_TIME_REACH = 6;

/**
 * A claim that says something happened before ("has cut short its pantomime twice before", "has been
 * rated outstanding several times before") where a passage retrieved for it calls it the first time
 * ("the first time in its 60-year history that a pantomime had been cut short"): the claim states what
 * the passage denies. Not where the claim negates anything (firstTimeDenied's case) or the passage says
 * "not the first time".
 */
export function repeatedWhereFirst(claim: Token[], passages: Token[][]): Finding | undefined {
  // "… twice before.", "… several times before,": a "before" that ends its clause ("previously" and "again" are as
  // often about another event: "had previously failed in its bid" where the first time is a hosting)
  const k = claim.findIndex((t, i) => t.lower === 'before' && (claim[i + 1] === undefined || claim[i + 1].kind === 'punct'));
  if (k < 0 || claim.some(isNegator)) return undefined;
  const verbs = new Set(claim.filter((t) => t.pos === 'VERB').map((t) => t.lemma));
  // the first time of the claim's own verb ("the first time … that a pantomime had been cut short"; not "the first time since")
  const first = (p: Token[]) => p.findIndex((t, i) => t.lower === 'first' && p[i + 1]?.lower === 'time' && p[i + 2]?.lower !== 'since' &&
    !p.slice(Math.max(0, i - 3), i).some(isNegator) && p.slice(Math.max(0, i - FIRST_TIME_REACH)).some((x) => x.pos === 'VERB' && verbs.has(x.lemma)));
  for (const p of passages) {
    const at = first(p);
    if (at >= 0) return { kind: 'negation', start: claim[k].start, end: claim[k].end, conflict: true, reason: `the source says it was ${quote(`the ${p[at].text} ${p[at + 1].text}`)}, where the claim says ${quote(claim[k].text)}` };
  }
  return undefined;
}

/**
 * Compares the claim with its best evidence. Only meaningful when the two talk about the same thing,
 * so callers pass the evidence that covers the claim best.
 */
export function polarityMismatches(claim: Token[], evidence: Token[], text: string, others: readonly { tokens: Token[] }[] = []): PolarityFeatures {
  const findings: Finding[] = [];
  // "are yet to win" denies the winning as "have not won" does
  // "costs nothing", "at no charge": a price, which the cost check compares (costMismatch), no negation
  const claimPriced = costFreeStretches(claim).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k));
  const claimNeg = claim.map((t, i) => ((isNegator(t) && !claimPriced.includes(i)) || yetTo(claim, i) ? i : -1)).filter((i) => i >= 0);
  // a field of a structured source set to false ("OutdoorSeating": false) negates it too: a claim's own
  // negation is then no flip (which claim words state such a field is read in recordFields, wherever it stands)
  const falseField = (t: Token, i: number) => t.lower === 'false' && evidence[i - 1]?.text === ':';
  const evidenceNeg = evidence.map((t, i) => (isNegator(t) || falseField(t, i) || yetTo(evidence, i) || failedTo(evidence, i) || insteadOf(evidence, i) ? i : -1)).filter((i) => i >= 0);
  const implicit = (tokens: Token[]) => tokens.some((t, i) => isImplicitNegative(t) || onlyIf(tokens, i));
  // only one side may negate at all, and the negated word must be one the other side states
  const claimMayFlip = evidenceNeg.length === 0 && !implicit(evidence) && !firstTimeDenied(claim, evidence);
  const evidenceMayFlip = claimNeg.length === 0;
  // a negated word of one side that the other side states plainly: the negation is about the same thing
  const claimFlip = claimNeg.find((i) => {
    if (!claimMayFlip || LIST_NEGATORS.has(claim[i].lower)) return false;
    const head = negatedHead(claim, i);
    // "has not yet decided" agrees with "will study the ruling before deciding"
    const notYet = claim[i + 1]?.lower === 'yet';
    return head !== undefined && evidence.some((e, k) => sameWord(e, head) && !negatedAt(evidence, k, evidenceNeg) && !(notYet && isProspective(evidence, k))) &&
      !negationStatedIn(others, evidence, claim, i);
  });
  // what a source negator denies, and the claim words stating it: "not … approve" / "approved"
  const denied = (i: number): { head: Token; words: Token[] } | undefined => {
    if (!evidenceMayFlip || LIST_NEGATORS.has(evidence[i].lower) || falseField(evidence[i], i)) return undefined;
    const head = negatedHead(evidence, i);
    if (!head) return undefined;
    // "free of charge" says what "at no charge" says: a claim word in such a stretch is no denied one
    const words = claim.filter((c, k) => sameWord(c, head) && !negatedAt(claim, k, claimNeg) && !inInfinitive(claim, k) && !claimPriced.includes(k) && !implicitlyNegated(claim, k));
    if (words.length === 0) return undefined;
    // a source that also states the word plainly, in words closer to the claim's (not merely as close), is no denial of it:
    // "reveals the favorite teams … the Mets are not the favorite" backs "reveals the favorite teams",
    // but "approved the tram line but did not approve the airport extension" denies "approved the extension"
    const around = contextOf(claim, claim.indexOf(words[0]));
    const denial = sharedContext(around, evidence, evidence.indexOf(head));
    const statedCloser = evidence.some((e, k) => e !== head && sameWord(e, head) && !negatedAt(evidence, k, evidenceNeg) && sharedContext(around, evidence, k) > denial);
    return statedCloser ? undefined : { head, words };
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
      findings.push({ kind: 'negation', start: flip.words[0].start, end: flip.words[flip.words.length - 1].end, conflict: true, reason: `the source says the opposite: ${quote(`${neg.text} … ${flip.head.text}`)}` });
      break;
    }
  }
  let modalityOverstated = 0;
  const claimHedged = hedges(claim);
  for (let i = 0; i < evidence.length && !claimHedged && modalityOverstated === 0; i++) {
    // "May saw" in a source is the month; "more likely to smoke" compares, it hedges nothing
    if (!MODAL_HEDGES.has(evidence[i].lower) || evidence[i].pos === 'PROPN' || evidence[i].pos === 'NOUN' || COMPARING.has(evidence[i - 1]?.lower ?? '')) continue;
    // "could not be flown" says it was not, no maybe
    if (evidence[i + 1] !== undefined && isNegator(evidence[i + 1])) continue;
    // the hedged verb: the first verb within three tokens after the hedge ("could carry", "may soon
    // rise"), with no other content word before it ("reportedly reluctant to wear" hedges no wearing);
    // the claim's word no auxiliary ("has been charged" is no "allegedly having")
    const verb = evidence.slice(i + 1, i + 4).find((t) => t.pos === 'VERB' || (isContent(t) && t.pos !== 'ADV'));
    // and no noun after a determiner or gerund opening the sentence there: "A freeze costs £5 a month" and
    // "Cancelling 48 hours ahead costs nothing" name the act, they do not say it happens (the tagger
    // reads "freeze" in "Members freeze …" as a noun too)
    const namesAct = (t: Token, k: number) => (t.pos === 'NOUN' && claim[k - 1]?.pos === 'DET') || (k === 0 && t.lower.endsWith('ing'));
    // nor a verb the claim puts after "to" ("agree to watch", "were forced to fly"), which it does not state happened
    const afterTo = (k: number) => claim[k - 1]?.lower === 'to' || (claim[k - 1]?.pos === 'ADV' && claim[k - 2]?.lower === 'to');
    const inClaim = verb?.pos === 'VERB' ? claim.find((t, k) => t.lemma === verb.lemma && t.pos !== 'AUX' && !namesAct(t, k) && !afterTo(k)) : undefined;
    if (!verb || !inClaim) continue;
    const certain = claim.find((t) => CERTAIN.has(t.lower) || CERTAIN.has(t.lemma));
    const target = certain ?? inClaim;
    modalityOverstated = 1;
    findings.push({ kind: 'modality', start: target.start, end: target.end, conflict: false, reason: `the source hedges this (${quote(`${evidence[i].text} ${verb.text}`)}); the claim states it as certain` });
  }
  if (modalityOverstated === 0) {
    const plan = plansStatedAsDone(claim, evidence, claimHedged);
    if (plan) {
      modalityOverstated = 1;
      findings.push(plan);
    }
  }
  return { negationMismatch, modalityOverstated, findings };
}

/**
 * What the evidence says is planned or to come that the claim says has happened ("opened" for "plans
 * to open", "has already started" for "is due to start"), as a finding; undefined for none.
 */
export function plansStatedAsDone(claim: Token[], evidence: Token[], claimHedged = hedges(claim)): Finding | undefined {
  const done = claimHedged ? undefined : plannedAsDone(claim, evidence);
  if (done) return { kind: 'modality', start: done.claimed.start, end: done.claimed.end, conflict: false, reason: `the source says this is planned, expected or asked for (${quote(done.planned)}); the claim says it has happened` };
  // "has already begun" where the passage says "is expected to start" and no "already": asked even of a
  // claim that hedges something else ("… and should finish within 18 months")
  const already = alreadyDone(claim, evidence);
  if (already) return { kind: 'modality', start: already.start, end: already.end, conflict: false, reason: `the claim says this has already happened; the passage that best matches it says it is still to come` };
  return undefined;
}

/** Lemmas by which a source says something was agreed: "accepted a pay offer", "approved a plan", "signed a deal", "voted to". */
const AGREEMENT = new Set([
  'agree', 'agreement', 'accept', 'approve', 'approval', 'sign', 'vote', 'consent', 'settle', 'settlement', 'deal', 'endorse',
  'back', 'support', 'commit', 'pledge', 'promise', 'decide', 'decision', 'confirm', 'grant', 'authorise', 'authorize',
]);

/** After "has agreed", what makes it an agreement reached: "to allow", "that", "a fixed fare", "the plan". */
const AGREED_WHAT = new Set(['to', 'that', 'a', 'an', 'the']);

/** Auxiliaries of the perfect before "agreed": "has agreed", "have now agreed". */
const PERFECT = new Set(['has', 'have', 'had', "'s", "'ve"]);

/**
 * "The agency has agreed to allow watering at night", "The airport has agreed a fixed taxi fare", "The
 * operator has accepted £60,000 a year" where no source sentence says anything was agreed, accepted,
 * approved or signed (the source has the farmers asking it to, talks about it, or only the offer): a
 * request, a negotiation or an offer stated as settled, as a finding; undefined for none. Not where the
 * claim hedges or denies the agreement ("may agree", "has not agreed").
 */
export function agreementStated(claim: Token[], everywhere: () => Token[][]): Finding | undefined {
  // in the perfect, as news reports an outcome ("has agreed to"); a summary of a conversation narrates it ("they agree to meet")
  const perfect = (i: number) => PERFECT.has(claim[i - 1]?.lower ?? '') || (claim[i - 1]?.pos === 'ADV' && PERFECT.has(claim[i - 2]?.lower ?? ''));
  // and "has accepted £60,000 a year" where the sources have only the offer
  const k = claim.findIndex((t, i) => perfect(i) && ((t.lower === 'agreed' && AGREED_WHAT.has(claim[i + 1]?.lower ?? '')) || (t.lower === 'accepted' && claim[i + 1] !== undefined && claim[i + 1].kind !== 'punct')));
  if (k < 0 || hedges(claim) || claim.slice(Math.max(0, k - 3), k).some((t) => NEGATORS.has(t.lower))) return undefined;
  if (everywhere().some((tokens) => tokens.some((t) => AGREEMENT.has(t.lemma) || AGREEMENT.has(t.lower)))) return undefined;
  const agreed = claim[k];
  return { kind: 'modality', start: agreed.start, end: agreed.end, conflict: false, reason: `no source says this was agreed, accepted or approved; the claim says ${quote(agreed.text)}` };
}

/** Words that say something lasts for good: "closed permanently", "a permanent ban", "banned forever". */
const PERMANENCE = new Set(['permanent', 'permanently', 'forever', 'indefinitely', 'indefinite']);

/** The index of the claim's word of permanence ("permanently", or "good" of "for good"), -1 for none; "for good reason" is no such word. */
function permanenceAt(tokens: Token[]): number {
  return tokens.findIndex((t, i) => PERMANENCE.has(t.lower)
    || ((t.lower === 'good' || t.lower === 'ever') && tokens[i - 1]?.lower === 'for' && tokens[i + 1]?.pos !== 'NOUN' && tokens[i + 1]?.pos !== 'ADJ'));
}

/**
 * "The festival has been cancelled for good" where no source sentence says anything is permanent
 * (the source has it not held this year and hoping to return): a pause, a trial or a term stated as
 * lasting for ever, as a finding; undefined for none.
 */
export function permanenceStated(claim: Token[], everywhere: () => Token[][]): Finding | undefined {
  const k = permanenceAt(claim);
  if (k < 0 || everywhere().some((tokens) => permanenceAt(tokens) >= 0)) return undefined;
  const word = claim[k].lower === 'good' || claim[k].lower === 'ever' ? claim[k - 1] : claim[k];
  return { kind: 'modality', start: word.start, end: claim[k].end, conflict: false, reason: `no source says this is permanent; the claim says ${quote(claim.slice(claim.indexOf(word), k + 1).map((t) => t.text).join(' '))}` };
}

/** Verbs by which a study is said to establish what follows: "The study showed that …", "proves that". */
const ESTABLISHING = new Set(['show', 'prove', 'find', 'confirm', 'demonstrate', 'establish']);
/** Verbs of the claim's finding that say one thing brings about another: "lunchtime walks make workers happier". */
const CAUSING = new Set(['cause', 'make', 'prevent', 'protect', 'lead', 'reduce', 'lower', 'increase', 'improve', 'boost', 'cut', 'raise', 'trigger', 'damage']);
/** What a source denies to say a study could not establish cause: "could not rule out", "does not prove", "cannot tell whether". */
const CAUSE_DENIED = new Set(['prove', 'show', 'establish', 'rule', 'tell', 'say', 'determine', 'confirm']);

/** Words by which a source calls a finding a link, not a cause: "shows an association, not that social media causes anxiety". */
const LINK_WORDS = new Set(['association', 'link', 'correlation']);

/**
 * Whether a source sentence says a study could not establish cause: a negated CAUSE_DENIED verb ("could
 * not rule out", "does not prove"), or a link set against a denied cause ("an association, not that … causes").
 */
function causeDisclaimed(tokens: Token[]): boolean {
  const negated = (k: number) => tokens.slice(k + 1, k + 4).some((x) => CAUSE_DENIED.has(x.lemma) && x.pos === 'VERB');
  return tokens.some((t, k) => isNegator(t) && negated(k))
    || (tokens.some((t) => LINK_WORDS.has(t.lemma)) && tokens.some(isNegator) && tokens.some((t) => t.lemma === 'cause'));
}

/**
 * "The study showed that lunchtime walks make office workers happier" where a source says the
 * researchers "could not rule out that happier people were simply more likely to go for walks": a
 * finding stated as cause and effect (a study's "showed that" or "proves that" followed by a verb of
 * causing) where a source says the study could not establish it, as a finding; undefined for none.
 */
export function causationStated(claim: Token[], everywhere: () => Token[][]): Finding | undefined {
  const k = claim.findIndex((t) => ESTABLISHING.has(t.lemma) && t.pos === 'VERB');
  // a claim that denies or hedges anything ("does not prove that …") states no cause
  if (k < 0 || claim.some(isNegator) || hedges(claim)) return undefined;
  // (the tagger reads "causes" after a noun as a plural noun too)
  const cause = claim.slice(k + 1).find((t, j) => CAUSING.has(t.lemma) && (t.pos === 'VERB' || (t.lower === 'causes' && claim[k + j]?.pos === 'NOUN')));
  if (!cause || !everywhere().some(causeDisclaimed)) return undefined;
  return { kind: 'modality', start: cause.start, end: cause.end, conflict: false, reason: `a source says the study could not establish cause and effect; the claim says it ${quote(claim[k].text)} that one ${quote(cause.text)} the other` };
}

/** Whether the claim hedges: "can help" for "may help" keeps a modal of its own (the month "May" hedges nothing: "was opened in May"). */
function hedges(claim: Token[]): boolean {
  return claim.some((t) => (HEDGES.has(t.lower) || HEDGES.has(t.lemma) || CLAIM_MODALS.has(t.lower)) && t.pos !== 'PROPN' && t.text !== 'May');
}

/** Verbs whose infinitive says what something is put to: "will be used to restore the river". */
const MONEY_PUT_TO = new Set(['use', 'spend', 'earmark', 'allocate']);

/**
 * Whether claim word `k` follows an infinitive's verb ("book early to get the best value"): a purpose
 * or a plan, not something said to have happened, so a source saying it did not ("weren't getting the
 * best value") does not deny it.
 */
function inInfinitive(claim: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= NEGATION_REACH; j--) {
    if (claim[j].kind === 'punct') return false;
    // the word after the infinitive's verb: "voted to approve the plan" still says the plan was approved;
    // and what money "will be used to" or "spent to" do is what it is said to go to
    if (claim[j].lower === 'to' && (claim[j + 1].pos === 'VERB' || claim[j + 1].pos === 'AUX') && j + 1 < k) return !MONEY_PUT_TO.has(claim[j - 1]?.lemma ?? '');
  }
  return false;
}

/** How far after a negator its clause is read for what it denies, past the commas of a list. */
const DENIED_CLAUSE = 16;
/** What ends the clause a negator denies in: the end of a sentence, or a turn to another clause ("do not contain milk, but they may…"). */
const CLAUSE_ENDS = new Set(['.', ';', ':', '!', '?', 'but', 'however', 'although', 'though', 'while', 'whereas', 'yet', 'because', 'which', 'who']);

/** Content lemmas after the negator at `i`, to the end of its clause (up to DENIED_CLAUSE tokens). */
function deniedClause(tokens: Token[], i: number): Set<string> {
  const out = new Set<string>();
  for (let j = i + 1; j <= i + DENIED_CLAUSE && j < tokens.length && !CLAUSE_ENDS.has(tokens[j].lower); j++) if (isContent(tokens[j])) out.add(tokens[j].lemma);
  return out;
}

/**
 * Whether a source passage other than `evidence` makes the claim's negation at `i`: a negator whose
 * clause shares two content words with the claim's negated clause ("women did not have the right to
 * vote, work for a living wage or own property" / "They were not allowed to vote, work for a living
 * wage or own their own property", where the best sentence says "a movement to give women the right to vote").
 */
function negationStatedIn(passages: readonly { tokens: Token[] }[], evidence: Token[], claim: Token[], i: number): boolean {
  if (passages.length === 0) return false;
  const claimed = deniedClause(claim, i);
  if (claimed.size < 2) return false;
  return passages.some(({ tokens }) => tokens !== evidence && tokens.some((t, k) => {
    if (!isNegator(t) || LIST_NEGATORS.has(t.lower)) return false;
    let shared = 0;
    for (const l of deniedClause(tokens, k)) if (claimed.has(l) && ++shared >= 2) return true;
    return false;
  }));
}

/** Words before a verb that put it in the future: "before deciding", "will decide", "to decide". */
const PROSPECTIVE = new Set(['before', 'to', 'will', 'would', 'shall', 'until', 'whether']);
const isProspective = (tokens: Token[], k: number) => PROSPECTIVE.has(tokens[k - 1]?.lower ?? '') || PROSPECTIVE.has(tokens[k - 2]?.lower ?? '');

/** Words that put the verb of a following "to" in the future: "plans to open", "is expected to return", "is due to close". */
const INTENT = new Set(['expect', 'plan', 'aim', 'intend', 'hope', 'seek', 'want', 'propose', 'set', 'schedule', 'due', 'poise', 'prepare', 'promise', 'pledge', 'vow', 'talk', 'threaten', 'offer',
  // and requests of someone else: "asked the council to open a winter shelter", "urged ministers to extend"
  'ask', 'urge', 'call', 'demand', 'request', 'press', 'lobby', 'petition']);
const FUTURE = new Set(['will', "'ll", 'shall']);
/** Before a claim verb, words that keep it from saying the thing happened ("to open", "would have opened"). */
const NOT_DONE = new Set([...FUTURE, ...PROSPECTIVE, 'would', 'could', 'might', 'may', 'can', 'should', 'must', 'if']);
/** Verbs of weighing something not yet done: "is considering an appeal", "will consider whether to appeal", "is weighing a legal challenge". */
const WEIGHING = new Set(['consider', 'weigh', 'mull', 'explore']);
/** Words between such a verb and what it weighs: "considering an appeal", "consider whether to appeal", "weighing a legal challenge". */
const WEIGHED_LEAD = new Set(['a', 'an', 'the', 'whether', 'to', 'its', 'their', 'possible', 'legal', 'further']);
/** How far before "to" its intent word may stand: "expects passenger numbers to return". */
const INTENT_REACH = 4;

/**
 * Whether token j says that what follows the "to" at `to` is intended or expected: a verb or
 * participle ("expects … to", "is scheduled to"), or a noun right before it ("plans to"); "set" only
 * after a form of "be" ("is set to", not "the second set before going on to beat").
 */
function isIntent(tokens: Token[], j: number, to: number): boolean {
  const t = tokens[j];
  if (!INTENT.has(t.lemma) && !INTENT.has(t.lower)) return false;
  if (t.lemma === 'set' || t.lower === 'set') return tokens[j - 1]?.lemma === 'be' && j === to - 1;
  return t.pos === 'NOUN' ? j === to - 1 : t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADJ';
}

/**
 * A verb the evidence says is planned, expected or to come ("plans to open", "will hire", "expects
 * passenger numbers to return"), which the claim states as done ("opened", "has already returned"),
 * where the evidence does not also say it happened. An LLM summary turns plans into facts this way.
 */
function plannedAsDone(claim: Token[], evidence: Token[]): { claimed: Token; planned: string } | undefined {
  const planned = new Map<string, string>();
  const advised = new Map<string, string>();
  // the participles of those passives, which say nothing happened
  const passives = new Set<Token>();
  evidence.forEach((e, k) => {
    const before = evidence[k - 1];
    // "would open" tagged an adjective: right after a modal, with no "be", it is the verb
    const mistaggedVerb = e.pos === 'ADJ' && (FUTURE.has(before?.lower ?? '') || before?.lower === 'would');
    if ((e.pos !== 'VERB' && !mistaggedVerb) || !before) return;
    // "will be listed", and "should be listed" (kept apart: only "already" in the claim says it was done)
    if (e.lower !== e.lemma && before.lemma === 'be' && (FUTURE.has(evidence[k - 2]?.lower ?? '') || evidence[k - 2]?.lower === 'should')) {
      (evidence[k - 2].lower === 'should' ? advised : planned).set(e.lemma, `${evidence[k - 2].text} ${before.text} ${e.text}`);
      passives.add(e);
      return;
    }
    if (e.lower !== e.lemma) return;
    if (FUTURE.has(before.lower) || (before.lower === 'would' && isReported(evidence, k - 1))) {
      planned.set(e.lemma, `${before.text} ${e.text}`);
      return;
    }
    // "will soon hire"
    if (FUTURE.has(evidence[k - 2]?.lower ?? '') && before.pos === 'ADV') {
      planned.set(e.lemma, `${evidence[k - 2].text} ${before.text} ${e.text}`);
      return;
    }
    if (before.lower !== 'to') return;
    for (let j = k - 2; j >= 0 && k - 1 - j <= INTENT_REACH; j--) {
      if (evidence[j].kind === 'punct') return;
      if (isIntent(evidence, j, k - 1)) {
        planned.set(e.lemma, `${evidence[j].text} … to ${e.text}`);
        return;
      }
    }
  });
  // "has already been listed" for "should be listed": what the source advises, the claim says was done
  if (advised.size > 0 && claim.some((t) => t.lower === 'already')) for (const [lemma, said] of advised) if (!planned.has(lemma)) planned.set(lemma, said);
  if (planned.size === 0) return undefined;
  const passiveLemmas = new Set([...passives].map((e) => e.lemma));
  // the evidence saying the thing happened as well ("opened one store and plans to open more") is no plan only
  const happened = new Set(evidence.filter((e) => e.pos === 'VERB' && e.lower !== e.lemma && !e.lower.endsWith('ing') && !passives.has(e)).map((e) => e.lemma));
  // "has already begun" for "is expected to start": the planned verb or a word WordNet gives for it
  // (not of a phrasal verb's verb alone: "went up" is no "will move")
  const phrases = knownPhrases(claim);
  const plannedAs = (t: Token) => (planned.has(t.lemma) ? t.lemma : phrases.has(t) ? undefined : [...synonyms(t.lemma, 'v')].find((w) => planned.has(w)));
  const claimed = claim.find((t, k) => {
    if (t.pos !== 'VERB' || happened.has(t.lemma) || plannedAs(t) === undefined) return false;
    // a past form: not the base, not "-ing", not the present's "-s" ("opens")
    if (!isPastForm(t)) return false;
    // "the emailed link": a participle used as an adjective says nothing of when
    if (claim[k - 1]?.pos === 'DET') return false;
    // nor one after its noun ("The money raised, about £30 million, will go to buses")
    if (claim[k - 1]?.pos === 'NOUN' && claim[k - 2]?.pos === 'DET' && (claim[k + 1]?.lower === ',' || claim[k + 1]?.pos === 'AUX')) return false;
    for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
      if (claim[j].kind === 'punct') break;
      // "had never opened before", "the ferries being replaced": not said to have happened
      if (NOT_DONE.has(claim[j].lower) || isNegator(claim[j]) || claim[j].lower === 'being') return false;
    }
    // a passive plan ("will be refunded") is restated, not done, by a present passive ("are refunded"): only
    // "was", "has been" or "already" says it happened
    if (passiveLemmas.has(plannedAs(t)!)) return claim.slice(Math.max(0, k - 3), k).some((x) => DONE_MARKERS.has(x.lower));
    return true;
  });
  return claimed && { claimed, planned: planned.get(plannedAs(claimed)!)! };
}

/**
 * What the evidence only weighs doing ("would consider an appeal", "is considering a tax on empty homes"),
 * which the claim states as done: a past verb of it ("has appealed"), or a past verb before its noun
 * ("has lodged an appeal", "has introduced a tax"), where the evidence does not also say it happened.
 */
function weighedAsDone(claim: Token[], evidence: Token[]): { claimed: Token; planned: string } | undefined {
  const weighed = new Map<string, string>();
  evidence.forEach((e, k) => {
    if (!WEIGHING.has(e.lemma) || (e.pos !== 'VERB' && e.pos !== 'AUX')) return;
    let j = k + 1;
    while (j < evidence.length && j - k <= 3 && WEIGHED_LEAD.has(evidence[j].lower)) j++;
    const x = evidence[j];
    if (x && (x.pos === 'NOUN' || x.pos === 'VERB')) weighed.set(x.lemma, `${e.text} … ${x.text}`);
  });
  if (weighed.size === 0) return undefined;
  // "would" or "might" before the verb: not done
  const undone = (k: number) => claim.slice(Math.max(0, k - 3), k).some((x) => NOT_DONE.has(x.lower));
  const claimed = claim.find((t, k) => {
    if (!weighed.has(t.lemma) || statesHappened(evidence, t)) return false;
    if (t.pos === 'VERB') return isPastForm(t) && claim[k - 1]?.pos !== 'DET' && !undone(k);
    if (t.pos !== 'NOUN') return false;
    // the nearest verb within three words before the noun
    let at = k - 1;
    while (at >= 0 && k - at <= 3 && claim[at].pos !== 'VERB') at--;
    return at >= 0 && k - at <= 3 && isPastForm(claim[at]) && !statesHappened(evidence, claim[at]) && !undone(at);
  });
  return claimed && { claimed, planned: weighed.get(claimed.lemma)! };
}

/** Words before an infinitive that say it was decided: "has decided to sell", "plans to close", "voted to extend". */
const DECIDED = new Set(['decide', 'plan', 'agree', 'vote', 'choose', 'opt', 'resolve', 'pledge', 'promise', 'set', 'announce']);
/** How far after "whether" its "to" may stand: "whether or not to close". */
const WHETHER_REACH = 3;

/**
 * "The council will close the pool" where a passage retrieved for it says the council "will decide in
 * March whether to close the pool": what the sources leave undecided, stated as decided (done, planned
 * or decided on), as a finding. Not where the claim keeps it open ("whether", "may", "could") or a
 * passage says it was decided.
 */
export function undecidedStated(claim: Token[], passages: Token[][]): Finding | undefined {
  if (hedges(claim) || claim.some((t) => t.lower === 'whether')) return undefined;
  for (const tokens of passages) {
    for (let j = 0; j < tokens.length; j++) {
      if (tokens[j].lower !== 'whether') continue;
      const to = tokens.findIndex((t, k) => k > j && k - j <= WHETHER_REACH && t.lower === 'to');
      const verb = to > 0 ? tokens[to + 1] : undefined;
      if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) continue;
      // (a verb after "will" or "to" may be tagged an adjective: "will close the pool")
      const stated = claim.find((t, k) => {
        if (t.lemma !== verb.lemma || !(t.pos === 'VERB' || (t.pos === 'ADJ' && (FUTURE.has(claim[k - 1]?.lower ?? '') || claim[k - 1]?.lower === 'to')))) return false;
        // an infinitive says it was decided only after a word of deciding ("has decided to sell", "plans to
        // close"), not after a wish ("is keen to join", "wants to sell")
        return claim[k - 1]?.lower !== 'to' || DECIDED.has(claim[k - 2]?.lemma ?? '');
      });
      if (!stated || passages.some((p) => statesHappened(p, stated))) continue;
      return { kind: 'modality', start: stated.start, end: stated.end, conflict: false, reason: `a passage about it says it is not yet decided (${quote(tokens.slice(j, to + 2).map((t) => t.text).join(' '))}); the claim says it is` };
    }
  }
  return undefined;
}

/**
 * What a passage retrieved for the claim only weighs doing, stated as done (weighedAsDone): "has
 * appealed against the ruling" where the sentence about the ruling matches best and the next says
 * the company "would consider an appeal". Not where another passage says it happened.
 */
export function weighedInPassages(claim: Token[], passages: Token[][]): Finding | undefined {
  if (hedges(claim)) return undefined;
  for (const tokens of passages) {
    const done = weighedAsDone(claim, tokens);
    if (!done || passages.some((p) => statesHappened(p, done.claimed))) continue;
    return { kind: 'modality', start: done.claimed.start, end: done.claimed.end, conflict: false, reason: `a passage about it says this is only being considered (${quote(done.planned)}); the claim says it has happened` };
  }
  return undefined;
}

/** Words in a passage that put what it tells in the future: "will", "is expected to", "plans to", "due", "next spring". */
const TO_COME = new Set(['will', "'ll", 'shall', 'expect', 'expected', 'plan', 'plans', 'planned', 'due', 'aim', 'intend', 'next', 'future', 'upcoming', 'propose', 'proposed', 'scheduled', 'hope', 'would']);

/**
 * "His successor has already been appointed", "has already launched": "already" before a past
 * participle, where the passage has no "already" and speaks of what is to come ("an appointment
 * expected by the spring", "plans to add"). Not "can install the update already", "may already
 * know", "already runs" (no participle), nor after a hedge.
 */
function alreadyDone(claim: Token[], evidence: Token[]): Token | undefined {
  if (evidence.some((e) => e.lower === 'already') || !evidence.some((e) => TO_COME.has(e.lower) || TO_COME.has(e.lemma))) return undefined;
  const k = claim.findIndex((t) => t.lower === 'already');
  if (k < 0 || saysWho(claim, k)) return undefined;
  // a modal before it hedges it, also before a perfect's "have" ("may have already begun")
  const modal = (t: Token | undefined) => MODAL_HEDGES.has(t?.lower ?? '') || CLAIM_MODALS.has(t?.lower ?? '');
  if (modal(claim[k - 1]) || (claim[k - 1]?.lower === 'have' && modal(claim[k - 2]))) return undefined;
  const next = claim[k + 1]?.lower === 'been' ? claim[k + 2] : claim[k + 1];
  const participle = next !== undefined && next.pos === 'VERB' && isPastForm(next);
  if (!participle) return stateToCome(claim, k, evidence);
  if (!DONE_MARKERS.has(claim[k - 1]?.lower ?? '')) return undefined;
  // a passage that says it happened ("Construction started in 2024") backs it
  return statesHappened(evidence, next) ? undefined : next;
}

/** Whether a passage says verb `verb` happened: the verb or a WordNet synonym in a past form ("Construction started in 2024", "has attracted"). */
function statesHappened(tokens: Token[], verb: Token): boolean {
  const same = synonyms(verb.lemma, 'v');
  return tokens.some((e) => e.pos === 'VERB' && e.lower !== e.lemma && !e.lower.endsWith('ing') && (e.lemma === verb.lemma || same.has(e.lemma)));
}

/** Words that open a relative clause: "people who have already paid". */
const RELATIVES = new Set(['who', 'that', 'which', 'whose']);

/** Whether the claim's "already" at `k` is in a relative clause: "people who have already transferred money" says who, not what has happened. */
const saysWho = (claim: Token[], k: number) => claim.slice(Math.max(0, k - 3), k).some((t) => RELATIVES.has(t.lower));

/** How many content words of the claim a passage must share to speak of the same plan: "larger trial" of "plan a larger trial next year". */
const PLAN_SHARED = 2;

/** Words after a noun that say the thing itself is still to come: "The boats, due in 2027,", "the line, expected to open in May". */
const DUE_WORDS = new Set(['due', 'expected', 'scheduled']);
/** How far after its noun such a word may stand: "The boats, due in 2027," */
const DUE_REACH = 3;

/**
 * "The new boats are already sailing" where a retrieved passage says "The boats, due in 2027, will
 * replace …": the claim's subject (its last noun before "already") said to be doing now what the passage
 * says is itself still to come ("due" right after that noun), as a finding; undefined for none. `k` is
 * the claim's "already".
 */
function goingWhereDue(claim: Token[], k: number, passages: Token[][]): Finding | undefined {
  const verb = claim[k + 1];
  if (claim[k - 1]?.lemma !== 'be' || verb?.pos !== 'VERB' || !verb.lower.endsWith('ing')) return undefined;
  const subject = claim.slice(0, k).reverse().find((t) => t.pos === 'NOUN');
  if (!subject) return undefined;
  const due = passages.some((p) => !p.some((e) => e.lower === 'already') && p.some((e, j) => e.lemma === subject.lemma && e.pos === 'NOUN' &&
    p.slice(j + 1, j + 1 + DUE_REACH).some((x) => DUE_WORDS.has(x.lower))));
  return due ? { kind: 'modality', start: verb.start, end: verb.end, conflict: false, reason: 'the claim says this is already happening; a passage about it says it is still to come' } : undefined;
}

/**
 * "The larger trial has already begun" where the sentence that matches the claim best is about the
 * first trial and another retrieved sentence says "They plan a larger trial next year": alreadyDone
 * asked of each retrieved passage that shares PLAN_SHARED of the claim's content words, as a finding.
 */
export function alreadyDoneInPassages(claim: Token[], passages: Token[][]): Finding | undefined {
  const k = claim.findIndex((t) => t.lower === 'already');
  if (k < 0 || hedges(claim) || saysWho(claim, k)) return undefined;
  const lemmas = new Set(claim.filter((t) => isContent(t) && t.lower !== 'already').map((t) => t.lemma));
  const going = goingWhereDue(claim, k, passages);
  if (going) return going;
  for (const tokens of passages) {
    if (sharedLemmas(lemmas, tokens) < PLAN_SHARED) continue;
    const done = alreadyDone(claim, tokens);
    // another passage that says it happened ("has attracted 50,000 signatures") backs it
    if (!done || passages.some((p) => statesHappened(p, done))) continue;
    return { kind: 'modality', start: done.start, end: done.end, conflict: false, reason: 'the claim says this has already happened; a passage about it says it is still to come' };
  }
  return undefined;
}

/**
 * "The manuscript is already on display" where the passage says it "will go on display in the autumn":
 * after "is already", the first content word within three, which the passage puts shortly after "will".
 */
function stateToCome(claim: Token[], k: number, evidence: Token[]): Token | undefined {
  if (claim[k - 1]?.lemma !== 'be') return undefined;
  const state = claim.slice(k + 1, k + 4).find(isContent);
  if (!state || state.pos === 'VERB') return undefined;
  const toCome = evidence.some((e, j) => e.lemma === state.lemma && evidence.slice(Math.max(0, j - 4), j).some((x) => FUTURE.has(x.lower)));
  return toCome ? state : undefined;
}

/** Words before a participle that say the thing was done: "was opened", "has been listed", "already listed". */
const DONE_MARKERS = new Set(['was', 'were', 'has', 'have', 'had', 'been', 'already']);

/** Verbs of saying before which "would" reports a plan: "said it would spend", "promised they would open". */
const REPORTING = new Set(['say', 'announce', 'promise', 'pledge', 'confirm', 'state', 'tell', 'add', 'insist']);

/** How far back "and would" may look for its verb of saying: "said it had hired 60 paramedics this year and would open…". */
const REPORTED_LIST_REACH = 16;

/**
 * Whether the "would" at `k` reports what someone said will happen: a verb of saying within four
 * tokens before it, or, after "and", in the same clause further back ("said it had hired … and would open").
 */
function isReported(tokens: Token[], k: number): boolean {
  const reach = tokens[k - 1]?.lower === 'and' ? REPORTED_LIST_REACH : 4;
  for (let j = k - 1; j >= 0 && k - j <= reach; j--) {
    if (tokens[j].kind === 'punct') return false;
    if (tokens[j].pos === 'VERB' && REPORTING.has(tokens[j].lemma)) return true;
  }
  return false;
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
    // "no longer sells" denies the selling, as "does not sell" does
    if (j === i + 1 && tokens[i].lower === 'no' && tokens[j].lower === 'longer') continue;
    if (isContent(tokens[j]) || isPlainVerb(tokens[j])) return tokens[j].pos === 'PROPN' || tokens[j].kind === 'number' ? undefined : intendedVerb(tokens, j) ?? tokens[j];
  }
  return undefined;
}

/** Nouns of intent whose denial denies the act: "no plans to close", "no intention of selling". */
const INTENT_NOUNS = new Set(['plan', 'intention', 'intent']);

/** The verb a noun of intent at `j` is about ("plans to close" -> "close", "intention of selling" -> "selling"), if it is one. */
function intendedVerb(tokens: Token[], j: number): Token | undefined {
  if (!INTENT_NOUNS.has(tokens[j].lemma)) return undefined;
  const [link, verb] = [tokens[j + 1]?.lower, tokens[j + 2]];
  return verb?.pos === 'VERB' && (link === 'to' || (link === 'of' && verb.lower.endsWith('ing'))) ? verb : undefined;
}

/** "instead of paying fines", "rather than pay": the act after it is one not done, as after "not". */
const insteadOf = (tokens: Token[], i: number) => (tokens[i].lower === 'instead' && tokens[i + 1]?.lower === 'of') || (tokens[i].lower === 'rather' && tokens[i + 1]?.lower === 'than');

/** Content words (lemmas) within four tokens of a word: what a word's mention is about. */
const CONTEXT_REACH = 4;
function contextOf(tokens: Token[], k: number): Set<string> {
  const around = new Set<string>();
  for (let j = Math.max(0, k - CONTEXT_REACH); j <= k + CONTEXT_REACH && j < tokens.length; j++) if (j !== k && isContent(tokens[j])) around.add(tokens[j].lemma);
  return around;
}

/** How many of the claim word's context words (contextOf) the evidence's mention at `e` has around it. */
function sharedContext(claimContext: Set<string>, evidence: Token[], e: number): number {
  let shared = 0;
  for (const w of contextOf(evidence, e)) if (claimContext.has(w)) shared++;
  return shared;
}

/** Verbs of wink's stop list that still say what happened ("does not give", "did not go"): not "be", "have", "do", "get", "make". */
const EMPTY_VERBS = new Set(['be', 'have', 'do', 'get', 'make', 'say', 'include', 'let', 'use']);
const isPlainVerb = (t: Token) => t.kind === 'word' && t.pos === 'VERB' && t.stop && !EMPTY_VERBS.has(t.lemma);

/** Coarse word class, so a verb is compared with a verb: "divorced" (verb) is not "divorce" (noun). */
function wordClass(t: Token): string {
  if (t.pos === 'VERB' || t.pos === 'AUX') return 'v';
  if (t.pos === 'NOUN' || t.pos === 'PROPN') return 'n';
  return t.pos;
}

/** A verb and an adjective: the same word in the same role where they share a lemma ("closed" / "close"). */
function verbOrAdjective(a: Token, b: Token): boolean {
  const classes = [wordClass(a), wordClass(b)];
  return classes.includes('v') && classes.includes('ADJ');
}

/** negatedHeads of a claim's sentence, which retrieval and the comparison both ask for. */
const headsOf = new WeakMap<Token[], Set<Token>>();

/** The words a text's own negators deny, read narrowly as negatedHead does ("will not open" -> "open"). */
export function negatedHeads(tokens: Token[]): Set<Token> {
  const known = headsOf.get(tokens);
  if (known) return known;
  const heads = new Set<Token>();
  headsOf.set(tokens, heads);
  tokens.forEach((t, i) => {
    if (!isNegator(t) || LIST_NEGATORS.has(t.lower)) return;
    const head = negatedHead(tokens, i);
    if (head && !(NOUN_NEGATORS.has(t.lower) && isAttributive(tokens, head))) heads.add(head);
  });
  return heads;
}

/**
 * Whether `head` is an adjective before its noun ("without explicit supervision"): "no" and
 * "without" deny the whole noun phrase there, so "without implicit supervision" is no way of
 * saying "with explicit supervision", as "is not open" is of "is closed".
 */
function isAttributive(tokens: Token[], head: Token): boolean {
  if (head.pos !== 'ADJ') return false;
  for (let j = tokens.indexOf(head) + 1; j < tokens.length; j++) {
    if (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN') return true;
    if (tokens[j].pos !== 'ADJ' && tokens[j].text !== ',') return false;
  }
  return false;
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

/** Words that make a claim about all of something: "free for all customers", "every branch", "unlimited". */
const UNIVERSAL = new Set([
  'all', 'every', 'each', 'always', 'whole', 'entire', 'entirely', 'everyone', 'everybody', 'everything', 'everywhere',
  'unlimited', 'completely', 'fully', 'totally', 'forever', 'universally',
]);
/**
 * A source that says one of these already speaks of all or none of something: "any customer", "none of
 * them" (not "no", which as often denies something else: "no plans to cut jobs").
 */
const SOURCE_SCOPE = new Set([...UNIVERSAL, 'throughout', 'any', 'anyone', 'anybody', 'anything', 'anywhere', 'none', 'never', 'nobody', 'nothing']);

/** Units of time after "every" and a number: "every two weeks", "every 40 minutes" say how often, of nothing all. */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade']);
/** Times a source's "each" or "every" may recur at: "30 beds each weekend", "every Monday". */
const RECURRING_TIMES = new Set([
  ...TIME_UNITS, 'weekend', 'weekday', 'night', 'morning', 'afternoon', 'evening', 'season', 'quarter', 'summer', 'winter', 'spring', 'autumn',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words between "every" and its unit of time: "every half hour", "every other week", "every few days". */
const SPACING = new Set(['half', 'other', 'few', 'couple', 'of']);

/** "each weekend", "every two years": how often something recurs, which speaks of all of nothing else. */
function isRecurrence(tokens: Token[], j: number): boolean {
  if (tokens[j].lower !== 'each' && tokens[j].lower !== 'every') return false;
  // "every 30 minutes", "every half hour", "every other week"
  let u = j + 1;
  while (u < j + 3 && (isNumeral(tokens[u]) || SPACING.has(tokens[u]?.lower ?? ''))) u++;
  const unit = tokens[u];
  return RECURRING_TIMES.has(unit?.lemma.toLowerCase() ?? '') || RECURRING_TIMES.has(unit?.lower ?? '');
}

/** Universal words that say all of one thing, as a source's "full" or "complete" does: "the whole fare", "fully refunded". */
const WHOLENESS = new Set(['whole', 'entire', 'entirely', 'fully', 'completely', 'totally']);

/** Auxiliaries that end an "in all" or "at all" before them however they are tagged: "£45 million in all will be spent". */
const VERB_AFTER_ALL = new Set(['will', 'would', 'can', 'could', 'may', 'must', 'should', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** "at all", "in all", "above all", "after all", "first of all", "all but", "all along", "all in all": no claim about all of anything. */
function isAllIdiom(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  const after = tokens[k + 1]?.lower ?? '';
  // "at all" and "in all" (in total) end their phrase ("no cost at all", "£45 million in all"); "at all its
  // warehouses", "in all cases" quantify what follows
  // (the tagger reads "in all will" as a noun "will")
  const atAll = (before === 'at' || before === 'in') && (!['DET', 'PRON', 'NOUN', 'ADJ', 'NUM', 'PROPN'].includes(tokens[k + 1]?.pos ?? '') || VERB_AFTER_ALL.has(after));
  return atAll || ['above', 'after'].includes(before) || (before === 'of' && tokens[k - 2]?.lower === 'first') ||
    after === 'but' || after === 'along' || (after === 'in' && tokens[k + 2]?.lower === 'all') || (before === 'in' && tokens[k - 2]?.lower === 'all');
}

/** The word a source may give "every week" in: "weekly". */
const PERIODS: Record<string, string[]> = { hour: ['hourly'], day: ['daily'], week: ['weekly'], fortnight: ['fortnightly'], month: ['monthly'], year: ['yearly', 'annually', 'annual'] };
/** Words before a unit of time that say "once in each": "£210,000 a year", "three times per week". */
const ONCE_IN = new Set(['a', 'an', 'per']);
/**
 * "every two weeks", or "every week" / "each year" where the evidence says "weekly" or "a year", or any
 * other rate: how often, not all of anything.
 */
function isFrequency(claim: Token[], k: number, evidence: Token[]): boolean {
  if (claim[k].lower !== 'every' && claim[k].lower !== 'each') return false;
  if (claim[k].lower === 'every' && isNumeral(claim[k + 1]) && TIME_UNITS.has(claim[k + 2]?.lemma ?? '')) return true;
  const unit = claim[k + 1]?.lemma ?? '';
  // "every day of the week" is all of them
  if (!TIME_UNITS.has(unit) || claim[k + 2]?.lower === 'of') return false;
  const periods = Object.hasOwn(PERIODS, unit) ? PERIODS[unit] : [];
  // or where it says how often in another way ("four times a week"): a changed rate, which the rate check reads
  return evidence.some((e, j) => periods.includes(e.lower) || (e.lemma === unit && ONCE_IN.has(evidence[j - 1]?.lower ?? ''))) || frequencies(evidence).length > 0;
}

/** Modals of a rule, after which a bare plural speaks of every one: "Passengers … may bring", "Members can cancel". */
const RULE_MODALS = new Set(['may', 'can', 'must', 'should', 'cannot']);
/** Words before a plural that make it some of them, not every one: "the passengers", "two passengers", "our members". */
const NOT_BARE = new Set(['DET', 'NUM', 'PRON']);

/** "Requests are reviewed by a clinician": what is done to each of them as a rule, in the present passive. */
function isGenericPassive(tokens: Token[], j: number): boolean {
  const verb = tokens[j + 1];
  return tokens[j]?.lower === 'are' && verb?.pos === 'VERB' && isPastForm(verb);
}

/** Universal words that quantify the noun after them. */
const QUANTIFIERS = new Set(['all', 'every', 'each']);
/** The index of the noun within three words after quantifier `k` ("every affected customer"), -1 for none or punctuation first. */
function quantifiedNounAt(tokens: readonly Token[], k: number): number {
  const at = tokens.slice(k + 1, k + 4).findIndex((t) => t.pos === 'NOUN' || t.kind === 'punct');
  return at < 0 || tokens[k + 1 + at].kind === 'punct' ? -1 : k + 1 + at;
}
/** Whether the claim has word `t`, as its lemma or its form. */
const saysWord = (claim: Token[], t: Token) => claim.some((c) => c.lemma === t.lemma || c.lower === t.lower);

/**
 * Whether "each", "every" or "all" at `k` of the claim quantifies a noun that the evidence names as a
 * bare plural in a rule ("Each Skylane passenger can take" for "Passengers on Skylane flights may
 * bring"): a rule for passengers is one for each of them. Not where the source narrows them in words
 * the claim leaves out ("Premium customers can", "Customers on low incomes can" are not all
 * customers), nor "some rural schools may".
 */
function saidOfAll(claim: Token[], k: number, evidence: Token[]): boolean {
  if (!QUANTIFIERS.has(claim[k].lower)) return false;
  const nounAt = quantifiedNounAt(claim, k);
  if (nounAt < 0) return false;
  const noun = claim[nounAt];
  const inClaim = (t: Token) => saysWord(claim, t);
  // a plural opening a sentence is tagged a name and keeps its plural as its lemma ("Passengers on …")
  const plural = (e: Token) => (e.pos === 'NOUN' && e.lemma === noun.lemma && e.lower !== e.lemma) || (e.pos === 'PROPN' && (e.lower === `${noun.lemma}s` || e.lower === `${noun.lemma}es`));
  return evidence.some((e, j) => {
    if (!plural(e) || !(evidence.slice(j + 1, j + 6).some((m) => RULE_MODALS.has(m.lower)) || isGenericPassive(evidence, j + 1))) return false;
    // the words before it back to its determiner, if any ("some rural schools"), and those of a phrase after it ("on low incomes")
    let a = j - 1;
    while (a >= 0 && (evidence[a].pos === 'ADJ' || evidence[a].pos === 'NOUN' || evidence[a].pos === 'PROPN')) a--;
    if (a >= 0 && NOT_BARE.has(evidence[a].pos)) return false;
    const before = evidence.slice(a + 1, j);
    const after = AFTER_NOUN.has(evidence[j + 1]?.lower ?? '') ? evidence.slice(j + 2, j + 5).filter((t) => isContent(t) && !RULE_MODALS.has(t.lower)) : [];
    return before.every(inClaim) && (after.length === 0 || after.some(inClaim));
  });
}

/** Whether the sources have claim word `k` followed by the claim's next word, as a phrase of theirs. */
function copiedWithNext(claim: Token[], k: number, sources: readonly Token[]): boolean {
  const next = claim[k + 1];
  // a content word: "all the" is no phrase of the sources'
  if (next === undefined || !isContent(next)) return false;
  return sources.some((e, j) => e.lower === claim[k].lower && sources[j + 1]?.lower === next.lower);
}

/**
 * Whether the sources say universal claim word `k` of the same thing: "every affected customer" where
 * one says "has written to every customer affected", which may be another sentence than the best match.
 */
function quantifiedInSources(claim: Token[], k: number, sources: readonly Token[]): boolean {
  if (!QUANTIFIERS.has(claim[k].lower)) return false;
  const nounAt = quantifiedNounAt(claim, k);
  if (nounAt < 0) return false;
  const noun = claim[nounAt];
  const inClaim = (t: Token) => saysWord(claim, t);
  return sources.some((e, j) => {
    if (!QUANTIFIERS.has(e.lower)) return false;
    // the first noun after it, and no word between that the claim lacks ("each eligible employee" is no "all employees")
    const at = quantifiedNounAt(sources, j);
    return at >= 0 && sources[at].lemma === noun.lemma && sources.slice(j + 1, at).every(inClaim);
  });
}

/** Before a count in a source, words that make it the whole group: "its 14 branches", "the two ferries". */
const WHOLE_GROUP = new Set(['the', 'its', 'their', 'all', 'our', 'his', 'her']);

/**
 * Whether universal claim word `k` speaks of a counted group the sources count whole: "Each of the 14
 * branches" where a source says "will open its 14 branches" (not "14 branches", which may be some of them).
 */
function countedWhole(claim: Token[], k: number, sources: readonly Token[]): boolean {
  if (!QUANTIFIERS.has(claim[k].lower)) return false;
  let j = k + 1;
  if (claim[j]?.lower === 'of') j++;
  if (WHOLE_GROUP.has(claim[j]?.lower ?? '')) j++;
  const [count, noun] = [claim[j], claim[j + 1]];
  if (count?.kind !== 'number' && count?.pos !== 'NUM') return false;
  if (noun?.pos !== 'NOUN') return false;
  // (not "Eight of its 25 lifts", a part of them)
  return sources.some((e, i) => e.lower === count.lower && sources[i + 1]?.lemma === noun.lemma && WHOLE_GROUP.has(sources[i - 1]?.lower ?? '') && sources[i - 2]?.lower !== 'of');
}

/** After "everyone", "all" and the like, words that make them the rest besides those named: "everyone else", "all others". */
const THE_REST = new Set(['else', 'others']);

/** Prepositions that narrow the noun before them: "customers on low incomes", "passengers with children". */
const AFTER_NOUN = new Set(['on', 'with', 'in', 'over', 'under', 'from', 'of', 'aged', 'who', 'without']);

/**
 * Universal words in the claim ("all", "every", "unlimited") where the evidence has no word of the
 * kind: the claim widens what its source says of some to all. "Not all" and "at all" do not widen.
 */
export function widenedScope(claim: Token[], evidence: Token[], text: string, sources: readonly Token[] = evidence): { scopeWidened: number; findings: Finding[] } {
  if (evidence.some((t, j) => SOURCE_SCOPE.has(t.lower) && !isRecurrence(evidence, j))) return { scopeWidened: 0, findings: [] };
  const findings: Finding[] = [];
  claim.forEach((t, k) => {
    if (!UNIVERSAL.has(t.lower) || (t.lower === 'all' && isAllIdiom(claim, k)) || isNegated(claim, k) || saidOfAll(claim, k, evidence) || isFrequency(claim, k, evidence)) return;
    // "each other" is no "each"; "whole life insurance", "former All Black", "We Are All Completely Beside
    // Ourselves" copy a phrase of the sources, with the word that follows
    // nor is "for four hours each time" (what each opening lasts)
    if ((t.lower === 'each' && claim[k + 1]?.lower === 'other') || (t.lower === 'each' && claim[k + 1]?.lower === 'time' && claim[k - 1]?.pos === 'NOUN') || copiedWithNext(claim, k, sources) || quantifiedInSources(claim, k, sources) || countedWhole(claim, k, sources)) return;
    // "Under-18s get in free; everyone else pays £16": the rest, besides those the claim names, no widening
    if (THE_REST.has(claim[k + 1]?.lower ?? '')) return;
    // "every weekend" for "each weekend": how often, as the passage says
    if (isRecurrence(claim, k) && evidence.some((_, j) => isRecurrence(evidence, j))) return;
    // "open every day" where a record's opening hours name all seven days
    if (claim[k + 1]?.lemma === 'day' && WEEKDAYS.every((d) => evidence.some((e) => e.lower === d))) return;
    // "the whole fare is refunded" for "a full refund"
    if (WHOLENESS.has(t.lower) && evidence.some((e, j) => (e.lower === 'full' || e.lower === 'complete') && evidence[j + 1]?.text !== '-')) return;
    findings.push({ kind: 'scope', start: t.start, end: t.end, conflict: false, reason: `the claim says ${quote(text.slice(t.start, t.end))}; the passage that best matches it does not speak of all of them` });
  });
  return { scopeWidened: findings.length, findings };
}

/** How much of a group a quantifier speaks of, by rank: "few" < "some", "several" < "many" < "most", "majority". */
const SHARE_RANK: Record<string, number> = { few: 1, some: 2, several: 2, many: 3, most: 4, majority: 4 };
/** Words between a quantifier and its noun: "most of the patients", "the majority of those surveyed". */
const SHARE_LINKS = new Set(['of', 'the', 'those', 'these', 'its', 'their']);

/** The lemma of the noun quantifier `k` speaks of ("Most patients", "most of the new patients"), if within three words. */
function quantifiedNoun(tokens: Token[], k: number): string | undefined {
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && j === k + 1)) return t.lemma.toLowerCase();
    if (!SHARE_LINKS.has(t.lower) && t.pos !== 'ADJ') return undefined;
  }
  return undefined;
}

/**
 * "Most patients in the trial reported headaches" where the passage says "Some patients in the trial":
 * a quantifier that speaks of much more of a group than the passage's before the same noun ("most" for
 * "some" or "several", "many" for "few"; not "many" for "several").
 */
export function strengthenedShare(claim: Token[], evidence: Token[]): { scopeWidened: number; findings: Finding[] } {
  const findings: Finding[] = [];
  claim.forEach((t, k) => {
    const rank = SHARE_RANK[t.lower];
    if (rank === undefined || claim[k - 1]?.lower === 'a' && t.lower === 'few') return;
    const noun = quantifiedNoun(claim, k);
    if (noun === undefined) return;
    const weaker = evidence.find((e, j) => {
      const theirs = SHARE_RANK[e.lower];
      // "a few" speaks of some of them, not of few
      const said = theirs === 1 && evidence[j - 1]?.lower === 'a' ? 2 : theirs;
      // two ranks apart at least: "many ailments" for "several ailments" is a paraphrase
      return said !== undefined && said <= rank - 2 && quantifiedNoun(evidence, j) === noun;
    });
    // the passage giving the claim's own quantifier for the noun as well is no weaker share
    if (!weaker || evidence.some((e, j) => e.lower === t.lower && quantifiedNoun(evidence, j) === noun)) return;
    findings.push({ kind: 'scope', start: t.start, end: t.end, conflict: false, reason: `the passage that best matches this claim says ${quote(weaker.text)} of them, not ${quote(t.text)}` });
  });
  return { scopeWidened: findings.length, findings };
}

/** Words that say nothing else is so: "paid only in rail vouchers", "solely online". */
const ONLY = new Set(['only', 'solely', 'exclusively']);
/** A source's words that set such a limit itself: "just", "alone", "except", "no other". */
const LIMITING = new Set([...ONLY, 'just', 'alone', 'sole', 'except', 'unless', 'but', 'other', 'no', 'not', 'never', 'nothing', 'until', 'limited', 'restricted', 'exclusive', 'single']);

/** After "only", what makes it weigh a figure rather than limit: "only 5% voted", "only about 38,000", "only a few". */
const BEFORE_FIGURE = new Set(['a', 'one', 'about', 'around', 'some', 'roughly', 'nearly', 'almost', 'just']);

/**
 * "Compensation is paid only in rail vouchers" where the passage says "by bank transfer or in rail
 * vouchers": a claim that rules out what its source does not. Not "only if" (a condition), "not
 * only", "the only", nor "only" before a figure ("only 5% voted"), which weighs the figure rather
 * than limiting it; nor "only" after what it limits ("by appointment only", "cash-only"), as
 * records' fields name such rules ("ByAppointmentOnly").
 */
export function narrowedToOnly(claim: Token[], evidence: Token[], text: string): { scopeWidened: number; findings: Finding[] } {
  if (evidence.some((t) => LIMITING.has(t.lower))) return { scopeWidened: 0, findings: [] };
  const findings: Finding[] = claim.flatMap((t, k) => {
    const [before, next] = [claim[k - 1], claim[k + 1]];
    if (!ONLY.has(t.lower) || onlyIf(claim, k) || before?.lower === 'not' || before?.lower === 'the') return [];
    if (isNumeral(next) || (BEFORE_FIGURE.has(next?.lower ?? '') && (isNumeral(claim[k + 2]) || next?.lower === 'a'))) return [];
    if (before?.text === '-' || ((before?.pos === 'NOUN' || before?.pos === 'ADJ') && (!next || next.kind === 'punct' || next.lower === 'and'))) return [];
    return [{ kind: 'scope', start: t.start, end: t.end, conflict: false, reason: `the claim says ${quote(text.slice(t.start, t.end))}; the passage that best matches it sets no such limit` }];
  });
  return { scopeWidened: findings.length, findings };
}

/** Words that give a cause only with the word after them: "due to", "thanks to", "owing to", "led to". */
const CAUSE_BEFORE_TO = new Set(['due', 'thanks', 'owing', 'lead']);
/** Words that may stand between a cause word and its "to": "due in part to", "thanks largely to". */
const PARTLY = new Set(['in', 'part', 'large', 'largely', 'mainly', 'mostly', 'partly', 'partially', 'chiefly', 'primarily', 'entirely', 'solely', 'only', 'not', 'at', 'least']);
const CAUSE_WORDS = new Set(['because', 'cause', 'therefore', 'consequently', 'hence']);
/** Any of these in a source sentence already links events (“after the storm”, “amid protests”, “blamed on”). */
const SOURCE_LINKS = new Set([
  'because', 'cause', 'due', 'thanks', 'owing', 'lead', 'result', 'therefore', 'consequently', 'hence', 'thus', 'so', 'since', 'as',
  'after', 'following', 'amid', 'reason', 'why', 'blame', 'attribute', 'trigger', 'spark', 'drive', 'prompt', 'responsible', 'contribute', 'fuel', 'boost',
]);

/** A cause the claim gives ("because", "thanks to", "as a result of", "caused") where the evidence links nothing: an added explanation. */
export function addedCause(claim: Token[], evidence: Token[], text: string, given?: Lexicon): { causeAdded: number; findings: Finding[] } {
  if (evidence.some((t) => SOURCE_LINKS.has(t.lemma) || SOURCE_LINKS.has(t.lower))) return { causeAdded: 0, findings: [] };
  const findings: Finding[] = [];
  claim.forEach((t, k) => {
    // the question's own link ("how to soothe mouth sores caused from biting gums?" answered "… sores caused by biting gums")
    if (given && (given.words.has(t.lemma) || given.words.has(t.lower))) return;
    // "due in part to", "thanks largely to": the "to" may come a word or two later
    const toAt = [k + 1, k + 2, k + 3].find((j) => claim[j]?.lower === 'to' && claim.slice(k + 1, j).every((w) => PARTLY.has(w.lower)));
    const next = claim[k + 1]?.lower;
    // "due to open next week" is a schedule, not a cause
    const withTo = (CAUSE_BEFORE_TO.has(t.lemma) || CAUSE_BEFORE_TO.has(t.lower)) && toAt !== undefined && !['VERB', 'AUX'].includes(claim[toAt + 1]?.pos ?? '');
    const asResult = t.lemma === 'result' && ((claim[k - 1]?.lower === 'a' && claim[k - 2]?.lower === 'as') || next === 'in' || next === 'from');
    if (!withTo && !asResult && !CAUSE_WORDS.has(t.lemma) && !CAUSE_WORDS.has(t.lower)) return;
    const end = withTo ? claim[toAt!].end : t.end;
    findings.push({ kind: 'cause', start: t.start, end, conflict: false, reason: `the claim gives a cause (${quote(text.slice(t.start, end))}); the passage that best matches it states none` });
  });
  return { causeAdded: findings.length > 0 ? 1 : 0, findings };
}

/**
 * Source words that say something has not happened yet ("before deciding", "yet to", "pending"), costs
 * nothing ("free") or is short ("a shortage of staff", "insufficient funds"; "too few" below).
 */
const NEGATIVE_SENSE = new Set(['before', 'yet', 'pending', 'awaiting', 'free', 'shortage', 'insufficient', 'inadequate', 'scarce', 'scarcity']);
/** "too few parking spaces", "too little time": a lack, which a claim's "lack of parking" restates. */
const tooFew = (tokens: Token[], i: number) => (tokens[i].lower === 'few' || tokens[i].lower === 'little') && tokens[i - 1]?.lower === 'too';
/** After "no" these make a bound, not a denial: "no more than 8 kg", "no later than Friday". */
const BOUND_AFTER_NO = new Set(['more', 'fewer', 'less', 'later', 'earlier', 'sooner']);

/**
 * A negation the claim makes where the evidence negates nothing at all ("Dogs are not allowed"
 * where the source says they must be kept on a lead): unlike negationMismatch, the negated word
 * need not be in the source. Evidence with an implicit negative ("banned", "refused", "before
 * deciding", "free") may say it in other words, and "not only" / "not all" qualify rather than deny.
 */
export function addedNegation(claim: Token[], evidence: Token[][], text: string): { negationAdded: number; findings: Finding[] } {
  const none = { negationAdded: 0, findings: [] };
  // the claim first: most claims negate nothing, and the evidence is several passages
  const explicit = claim.findIndex((t, i) => isNegator(t) && !LIST_NEGATORS.has(t.lower) && !NOT_QUANTIFIED.has(claim[i + 1]?.lower ?? '') &&
    !(t.lower === 'no' && BOUND_AFTER_NO.has(claim[i + 1]?.lower ?? '')));
  // or a word that denies by itself: "We deny the first verification", "the lack of impact"
  const k = explicit >= 0 ? explicit : claim.findIndex((t) => CLAIM_DENIALS.has(t.lemma) || CLAIM_DENIALS.has(t.lower));
  if (k < 0) return none;
  const implicit = (t: Token) => isImplicitNegative(t) || NEGATIVE_SENSE.has(t.lower);
  const negates = (tokens: Token[]) => tokens.some((t, i) => isNegator(t) || implicit(t) || tooFew(tokens, i) || (t.lower === 'false' && tokens[i - 1]?.text === ':')) || firstTimeDenied(claim, tokens);
  if (evidence.some(negates)) return none;
  // the span is the negator alone: the word it negates, when new, is a finding of its own
  const neg = claim[k];
  const head = negatedHead(claim, k);
  // "will not open" where the passages say "will be closed": the negation says their opposite word
  const opposites = head ? antonymLemmas(head) : [];
  if (opposites.length > 0 && evidence.some((tokens) => tokens.some((e) => opposites.includes(e.lemma) || opposites.includes(e.lower)))) return none;
  const said = text.slice(neg.start, head ? head.end : neg.end);
  return { negationAdded: 1, findings: [{ kind: 'negation', start: neg.start, end: neg.end, conflict: false, reason: `the claim says ${quote(said)}; the passages that best match it negate nothing` }] };
}

/**
 * Words of a claim that deny what follows them without a negator ("deny", "lack", "failed to"): a
 * narrower list than IMPLICIT_NEGATIVES, whose "until", "despite" or "instead" deny nothing the
 * claim states.
 */
const CLAIM_DENIALS = new Set(['deny', 'refuse', 'fail', 'reject', 'lack', 'unable', 'cancel', 'absent']);

/** What may stand between a negator and the word it denies: "no injuries", "not yet decided", "have not been paid", "no such plans". */
const BEFORE_DENIED = new Set(['DET', 'AUX', 'PART']);
/** Verbs that with "to" act as a modal: "have to", "need to". */
const HAVE_TO = new Set(['have', 'need']);

/**
 * The word a negator at `i` denies, read narrowly: the next content word with only determiners,
 * auxiliaries or adverbs between. "not using the voice feature" denies the using, not the voice;
 * a name or a number is not denied.
 */
function deniedWord(tokens: Token[], i: number): Token | undefined {
  if (NOT_QUANTIFIED.has(tokens[i + 1]?.lower ?? '')) return undefined;
  const nobody = nobodyDenied(tokens, i);
  if (nobody) return nobody;
  let reach = i + 3;
  for (let j = i + 1; j <= reach && j < tokens.length; j++) {
    const t = tokens[j];
    // "will not have to be repaid", "did not need to stop": the verb after denies as the modal would
    if (HAVE_TO.has(t.lemma) && tokens[j + 1]?.lower === 'to' && !isContent(t)) {
      reach += 2;
      j++;
      continue;
    }
    if (isContent(t)) return t.pos === 'PROPN' || t.kind === 'number' || t.pos === 'ADV' ? undefined : signOf(tokens, j) ?? intendedVerb(tokens, j) ?? t;
    if (t.kind !== 'word' || !(BEFORE_DENIED.has(t.pos) || t.pos === 'ADV')) return undefined;
  }
  return undefined;
}

/** Negators that stand for "no person": "Nobody was hurt", "No one was arrested". */
const NO_PERSON = new Set(['nobody', 'no-one']);

/** Whether the negator at `i` is a "no person" subject: "nobody", "no-one" or "no one". */
const isNoPerson = (tokens: Token[], i: number) => NO_PERSON.has(tokens[i].lower) || (tokens[i].lower === 'no' && tokens[i + 1]?.lower === 'one');

/**
 * The verb a "no person" subject at `i` denies in a passive or a state: "No one was seriously
 * hurt" denies "hurt", whatever adverb stands between (which deniedWord's narrow reading stops at).
 */
function nobodyDenied(tokens: Token[], i: number): Token | undefined {
  if (!isNoPerson(tokens, i)) return undefined;
  let j = i + (tokens[i].lower === 'no' ? 2 : 1);
  if (tokens[j]?.pos !== 'AUX') return undefined;
  while (tokens[j]?.pos === 'AUX' || tokens[j]?.pos === 'ADV') j++;
  const t = tokens[j];
  return t?.pos === 'VERB' && t.kind === 'word' ? t : undefined;
}

/**
 * Whether the claim's word at `k` is a verb in a passive said of people ("Two firefighters were
 * seriously injured"), as a "no person" denial reads it: "A train was damaged" is not said of anyone.
 */
function isPassiveOfPeople(tokens: Token[], k: number): boolean {
  if (tokens[k].pos !== 'VERB') return false;
  let j = k - 1;
  while (j >= 0 && tokens[j].pos === 'ADV') j--;
  if (j < 0 || (tokens[j].lemma !== 'be' && tokens[j].lemma !== 'get')) return false;
  while (j >= 0 && tokens[j].pos === 'AUX') j--;
  // the subject: a noun naming people in WordNet, or a name
  const subject = tokens[j];
  // "people" is a group in WordNet's first sense
  return subject !== undefined && (subject.pos === 'PROPN' || (subject.pos === 'NOUN' && (isPersonNoun(subject.lemma) || subject.lemma === 'people')));
}

/** Nouns whose "of" names what is denied: "no signs of disease", "no evidence of wrongdoing", "no reports of injuries". */
const SIGNS = new Set(['sign', 'evidence', 'trace', 'report', 'record', 'hint', 'indication', 'suggestion']);

/** The noun after "of" that a denied sign at `j` stands for ("no signs of disease" denies disease), if any. */
function signOf(tokens: Token[], j: number): Token | undefined {
  if (!SIGNS.has(tokens[j].lemma) || tokens[j + 1]?.lower !== 'of') return undefined;
  for (let k = j + 2; k <= j + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (isContent(t) && (t.pos === 'NOUN' || t.pos === 'VERB')) return t;
    if (t.pos !== 'DET' && t.pos !== 'ADJ') return undefined;
  }
  return undefined;
}

/** Words opening a clause whose negation is a condition, not a denial. */
const CONDITIONS = new Set(['if', 'unless', 'whether']);

/** The tokens of a sentence before `i`, back to the last punctuation mark. */
export function clauseBefore(tokens: Token[], i: number): Token[] {
  let j = i;
  while (j > 0 && tokens[j - 1].kind !== 'punct') j--;
  return tokens.slice(j, i);
}

/** The tokens of a sentence after `i`, up to the next punctuation mark. */
export function clauseAfter(tokens: Token[], i: number): Token[] {
  let j = i + 1;
  while (j < tokens.length && tokens[j].kind !== 'punct') j++;
  return tokens.slice(i + 1, j);
}

/** "no way", "no doubt", "no matter", "no wonder": idioms, no denial of ways or doubts. */
const NO_IDIOMS = new Set(['way', 'doubt', 'matter', 'wonder']);

/** Two forms of one word ("injure" / "injury", "survive" / "survival"), not merely related words ("emerge" / "issue"). */
export function sameStem(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 4 && k >= 0.6 * Math.min(a.length, b.length);
}

/** Negators that deny a noun ("no injuries", "without damage"): the claim may state it as a verb ("were injured"). */
const NOUN_NEGATORS = new Set(['no', 'without', 'none']);

/**
 * Claim words stated plainly that the passages retrieved for the claim mention only as what a
 * negator denies: "Several riders were injured" where the one sentence about injuries says "No
 * injuries have been reported". negationMismatch looks at the best-matching sentence alone, which
 * is often another one. `backs(i, e)` says whether WordNet relates source word `e` to claim word
 * `words[i]` (the same word is checked here). A verb or adjective is denied as itself
 * ("never divorced" says nothing of "the cost of divorce"), a noun only by "no" / "without" / "none",
 * for the same noun or a verb or adjective of the claim. A claim that negates anything itself is left
 * to the other checks.
 */
export function deniedInPassages(
  claim: Token[], words: Token[], passages: Token[][], backs: (i: number, e: Token) => boolean, text: string,
): { negationMismatch: number; findings: Finding[] } {
  const none = { negationMismatch: 0, findings: [] };
  if (claim.some((t, i) => isNegator(t) || yetTo(claim, i))) return none;
  // each passage's denied words, with the negator denying them and the passage
  const deniedBy = new Map<Token, { negator: Token; passage: number }>();
  passages.forEach((tokens, passage) => {
    tokens.forEach((t, i) => {
      if (!isNegator(t) || LIST_NEGATORS.has(t.lower) || (t.lower === 'no' && BOUND_AFTER_NO.has(tokens[i + 1]?.lower ?? ''))) return;
      // "if he doesn't learn", "will not be finalised until Friday": no denial
      if (clauseBefore(tokens, i).some((x) => CONDITIONS.has(x.lower)) || tokens.slice(i + 1).some((x) => x.lower === 'until' || x.lower === 'unless')) return;
      const head = deniedWord(tokens, i);
      if (head && !NO_IDIOMS.has(head.lemma)) deniedBy.set(head, { negator: t, passage });
    });
  });
  if (deniedBy.size === 0) return none;
  // whether a passage backs a claim word other than words[i]: a verb denied about something else ("I don't feel under pressure") is no answer to the claim
  const backsAnother = (passage: number, i: number) =>
    passages[passage].some((e) => isContent(e) && words.some((w, k) => k !== i && (e.lemma === w.lemma || e.lower === w.lower || backs(k, e))));
  const findings: Finding[] = [];
  // "free of charge" says what "at no charge" says
  const costFree = costFreeStretches(claim).flatMap(([a, b]) => claim.slice(a, b + 1));
  words.forEach((w, i) => {
    if (w.pos === 'PROPN' || w.pos === 'NUM' || w.kind === 'number' || costFree.includes(w) || implicitlyNegated(claim, claim.indexOf(w))) return;
    let denial: { negator: Token; head: Token } | undefined;
    for (const tokens of passages) {
      for (const e of tokens) {
        if (!isContent(e)) continue;
        const same = e.lemma === w.lemma || e.lower === w.lower;
        const by = deniedBy.get(e);
        // "No injuries" denies "were hurt": a noun the claim's verb is a form of in WordNet ("hurt" is an injury)
        // and "no signs of disease" denies "diseased": a form of the same word, whether or not WordNet relates the two
        const deniedNounForm = !same && by !== undefined && wordClass(e) === 'n' && ((wordClass(w) === 'v' && synonyms(e.lemma, 'n').has(w.lemma)) || ((wordClass(w) === 'v' || w.pos === 'ADJ') && sameStem(e.lemma, w.lemma)));
        if (!same && !deniedNounForm && !backs(i, e)) continue;
        // a word WordNet relates in some sense ("breaking" for "injured") is no plain statement of the claim's word
        if (!by && !same && !sameStem(e.lemma, w.lemma)) continue;
        // a noun is denied by "no" / "without" ("no injuries" for "injuries", or for "were injured": a
        // form of the same word), whatever else its sentence says; "is not a victim" says nothing of
        // victims elsewhere. A verb or adjective is denied as itself, in a sentence about the claim.
        // "No one was seriously hurt" denies it of anyone: "Two firefighters were injured" (the same verb or one
        // WordNet relates, passive on both sides), whatever else the passage is about
        const noPerson = by !== undefined && isNoPerson(passages[by.passage], passages[by.passage].indexOf(by.negator));
        const sameRole = !by ? false : wordClass(e) === 'n'
          ? NOUN_NEGATORS.has(by.negator.lower) && (same ? wordClass(w) === 'n' : deniedNounForm)
          : noPerson
            ? isPassiveOfPeople(claim, claim.indexOf(w))
            : same && wordClass(e) === wordClass(w) && backsAnother(by.passage, i);
        // stated plainly somewhere: not denied
        if (!by || !sameRole) return;
        denial ??= { negator: by.negator, head: e };
      }
    }
    if (!denial) return;
    findings.push({
      kind: 'negation', start: w.start, end: w.end, conflict: true,
      reason: `the source says the opposite: ${quote(`${denial.negator.text} … ${denial.head.text}`)}`,
    });
  });
  return { negationMismatch: findings.length > 0 ? 1 : 0, findings };
}

/** How many of the claim's words about a negated verb a source sentence must state around it plainly to be about the same thing. */
const STATED_CONTEXT = 2;

/**
 * A verb or adjective the claim negates that a passage retrieved for it states plainly, about the same
 * things: "people would not like to buy it" where a sentence says "people would like to buy". The
 * best-matching sentence (negationMismatch) is often another one when the claim joins several facts.
 * Not where any passage negates the word too or asks about it, nor in a condition ("if it does not rain"), nor for a
 * noun's "no" ("no greys were seen").
 */
export function negatedInPassages(claim: Token[], passages: Token[][], text: string): { negationMismatch: number; findings: Finding[] } {
  const none = { negationMismatch: 0, findings: [] };
  for (let i = 0; i < claim.length; i++) {
    const t = claim[i];
    // "no greys were seen": a noun's negator, which says none of a thing, not that something was not done
    if (!isNegator(t) || LIST_NEGATORS.has(t.lower) || NOUN_NEGATORS.has(t.lower)) continue;
    if (clauseBefore(claim, i).some((x) => CONDITIONS.has(x.lower))) continue;
    const head = negatedHead(claim, i);
    if (!head || (wordClass(head) !== 'v' && head.pos !== 'ADJ')) continue;
    const around = contextOf(claim, claim.indexOf(head));
    const same = (e: Token) => sameWord(e, head);
    let stated = false;
    if (passages.some((tokens) => firstTimeDenied(claim, tokens))) return none;
    for (const tokens of passages) {
      // "failed to follow", "avoid using" deny without a negator; a question ("wouldn't one have noticed?") states nothing
      const negators = tokens.map((x, k) => (isNegator(x) || yetTo(tokens, k) || isImplicitNegative(x) ? k : -1)).filter((k) => k >= 0);
      const question = tokens[tokens.length - 1]?.text === '?';
      for (let k = 0; k < tokens.length; k++) {
        if (!same(tokens[k])) continue;
        if (negatedAt(tokens, k, negators) || question) return none;
        if (sharedContext(around, tokens, k) >= STATED_CONTEXT) stated = true;
      }
    }
    if (!stated) continue;
    return { negationMismatch: 1, findings: [{ kind: 'negation', start: t.start, end: t.end, conflict: true, reason: `the claim negates what the source states (${quote(text.slice(t.start, head.end))} is not in the source)` }] };
  }
  return none;
}
