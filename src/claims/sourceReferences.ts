import type { Token } from '../text/tokens.js';

/**
 * Words by which a generated text refers to its sources rather than to the world: "Based on the
 * provided passages", "According to the article", "The context does not mention". RAG answers and
 * summaries are full of them; they are not claims about anything, so they are neither checked
 * nor flagged as words the sources lack.
 */
const REFERENCE_NOUNS = new Set(['passage', 'context', 'article', 'excerpt', 'snippet', 'document', 'summary']);
/** Nouns that refer to the sources only with a telling modifier: "the provided text", "the given information". */
const WEAK_REFERENCE_NOUNS = new Set(['text', 'information', 'source', 'data', 'content', 'material', 'review', 'record']);
const TELLING = new Set(['provide', 'provided', 'give', 'given', 'above', 'available', 'supplied']);
const DETERMINERS = new Set(['the', 'this', 'these', 'those', 'that']);
/** "The second passage mentions frying": the sources in the order the prompt gave them. */
const ORDER_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'final', 'other', 'next', 'previous']);
const LEADS = new Set(['base', 'based', 'accord', 'according', 'per']);
const REPORTING = new Set([
  'describe', 'mention', 'state', 'say', 'provide', 'discuss', 'indicate', 'suggest', 'note', 'contain', 'explain',
  'outline', 'list', 'highlight', 'specify', 'report', 'detail', 'include', 'focus', 'talk', 'present', 'show',
  'give', 'reveal', 'disclose', 'clarify', 'cover', 'address',
]);

const AUXILIARIES = new Set(['do', 'does', 'did', 'not', "n't", 'also', 'only', 'clearly', 'explicitly', 'specifically', 'be', 'is', 'are', 'was', 'were', 'have', 'has']);

const is = (t: Token | undefined, set: Set<string>) => t !== undefined && (set.has(t.lemma) || set.has(t.lower));

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const isNumber = (t: Token | undefined) => t !== undefined && (/^\d+$/.test(t.text) || NUMBER_WORDS.has(t.lower));
/** Units a generated text measures itself in: "a summary in 63 words", "within three sentences". */
const LENGTH_UNITS = new Set(['word', 'sentence', 'character', 'paragraph', 'bullet', 'step', 'point']);
const LENGTH_LEADS = new Set(['in', 'within', 'under', 'than', 'of', 'to']);

/** "based on" / "according to" / "mentioned in" right before the phrase starting at `first`: part of it. */
function addLeadIn(tokens: Token[], first: number, refs: Set<Token>): void {
  const before = tokens[first - 1];
  const lead = tokens[first - 2];
  if (before && ['on', 'to', 'in', 'from', 'by'].includes(before.lower) && (is(lead, LEADS) || is(lead, REPORTING))) refs.add(lead!).add(before);
  // "Based solely on the text": the adverb between too
  else if (before && before.lower === 'on' && LEAD_ADVERBS.has(lead?.lower ?? '') && is(tokens[first - 3], LEADS)) refs.add(tokens[first - 3]).add(lead!).add(before);
}
/** Adverbs between "based" and "on": "based solely on", "based only on", "based entirely on". */
const LEAD_ADVERBS = new Set(['solely', 'only', 'entirely', 'purely', 'strictly', 'exclusively']);

/** Nouns a RAG prompt numbers its sources with; not "article" ("Article 5 of the treaty" is a claim). */
const NUMBERED_NOUNS = new Set(['passage', 'document', 'excerpt', 'snippet', 'context', 'source']);

/** "passage 2", "Passages 1 and 3": numbered sources, marked with their numbers. */
function numberedReference(tokens: Token[], i: number, refs: Set<Token>): boolean {
  // wink lemmatises a capitalised "Passages" as a name: its own plural is read here
  if (!(is(tokens[i], NUMBERED_NOUNS) || NUMBERED_NOUNS.has(tokens[i].lower.replace(/s$/, ''))) || !isNumber(tokens[i + 1])) return false;
  let last = i + 1;
  while ((tokens[last + 1]?.lower === 'and' || tokens[last + 1]?.text === ',') && isNumber(tokens[last + 2])) last += 2;
  for (let j = i; j <= last; j++) refs.add(tokens[j]);
  addLeadIn(tokens, i, refs);
  return true;
}

/** "Here is a summary of the news in 63 words": the answer's own length, in a text that calls itself a summary. */
function lengthReferences(tokens: Token[], refs: Set<Token>): void {
  if (!tokens.some((t) => is(t, REFERENCE_NOUNS) || t.lemma.startsWith('summari'))) return;
  tokens.forEach((t, i) => {
    if (!LENGTH_UNITS.has(t.lemma) || !isNumber(tokens[i - 1])) return;
    let first = i - 1;
    // "in under 100", "in fewer than 50", "to about 60"
    while (first > 0 && i - first < 4 && !LENGTH_LEADS.has(tokens[first].lower)) first--;
    if (!LENGTH_LEADS.has(tokens[first].lower)) return;
    for (let j = first; j <= i; j++) refs.add(tokens[j]);
  });
}

/** Words a chat model opens its answer with ("Sure!", "Certainly, here is..."): they answer the prompt, not the sources. */
const ASSENTS = new Set(['sure', 'certainly', 'absolutely', 'okay', 'ok', 'yes']);

/** "Sure!" / "Certainly," / "Of course." opening a sentence: marked, with the punctuation after it. */
function openingAssent(tokens: Token[], refs: Set<Token>): void {
  const n = tokens[0] && is(tokens[0], ASSENTS) ? 1 : tokens[0]?.lower === 'of' && tokens[1]?.lower === 'course' ? 2 : 0;
  if (n === 0 || !['!', ',', '.'].includes(tokens[n]?.text ?? '')) return;
  for (let j = 0; j < n; j++) refs.add(tokens[j]);
}

/** What a chat model announces before the answer proper: "Here is a concise summary of the passage, ...:". */
const ANNOUNCED = new Set(['summary', 'answer', 'overview', 'response', 'recap', 'rundown', 'breakdown', 'point', 'list', 'version', 'paraphrase']);
const ANNOUNCE_FILLERS = new Set(['a', 'an', 'the', 'my', 'your', 'this', 'brief', 'short', 'concise', 'quick', 'possible', 'key', 'main', 'updated', 'revised', 'summarized', 'factual', 'faithful', 'accurate', 'detailed', 'one', 'sentence', 'paragraph', 'bullet']);

/**
 * A sentence that announces the answer and ends in a colon ("Here is a concise summary of the
 * passage, covering the core pieces of information:", "Based solely on the text, here's a brief
 * answer:"): all of it refers to the answer, none of it to the world. "Here are the three reasons
 * the bridge closed:" announces no answer by name, and is checked.
 */
function announcement(tokens: Token[], refs: Set<Token>): void {
  if (tokens[tokens.length - 1]?.text !== ':') return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let next = t.lower === "here's" || t.lower === 'here’s' ? i + 1 : t.lower === 'here' && ['is', 'are'].includes(tokens[i + 1]?.lower ?? '') ? i + 2 : -1;
    if (next < 0) continue;
    while (next < tokens.length && next - i < 6 && ANNOUNCE_FILLERS.has(tokens[next].lower)) next++;
    if (!is(tokens[next], ANNOUNCED)) continue;
    for (const x of tokens) refs.add(x);
    return;
  }
}

/** Words that lead into an answer's statement of itself: "Therefore, the answer to the question is". */
const CONCLUDING = new Set(['therefore', 'thus', 'so', 'hence', 'overall', 'in', 'conclusion', 'summary', 'short', ',']);
const QUESTION_DETERMINERS = new Set(['the', 'your', 'this', 'that', 'user']);

/**
 * "Therefore, the answer to the question is: …", "To answer your question, …": the answer naming
 * itself and the question, not the world (what follows is checked).
 */
function answerToQuestion(tokens: Token[], refs: Set<Token>): void {
  tokens.forEach((t, i) => {
    if (t.lemma !== 'question') return;
    // "the question", "your question", "the user's question" (wink splits the "'s")
    const owner = tokens[i - 1]?.lower === "'s" && tokens[i - 2]?.lower === 'user' ? i - 2 : -1;
    const det = owner < 0 ? i - 1 : tokens[owner - 1]?.lower === 'the' ? owner - 1 : owner;
    if (!QUESTION_DETERMINERS.has(tokens[det]?.lower ?? '')) return;
    // "the answer to the question" or "to answer your question"
    const [to, answer] = [tokens[det - 1], tokens[det - 2]];
    const first = to?.lower === 'to' && answer?.lemma === 'answer' ? (tokens[det - 3]?.lower === 'the' ? det - 3 : det - 2)
      : to?.lemma === 'answer' && answer?.lower === 'to' ? det - 2 : -1;
    if (first < 0) return;
    let start = first;
    while (start > 0 && CONCLUDING.has(tokens[start - 1].lower)) start--;
    let end = i;
    // "is" / "would be", and a colon after them
    while (end + 1 < tokens.length && end - i < 3 && ['is', 'would', 'be', ':', ','].includes(tokens[end + 1].lower)) end++;
    // the answer speaking of itself opens its sentence or says what it is; "He gave the answer to the question in court" is a claim
    if (start > 0 && end === i) return;
    for (let k = start; k <= end; k++) refs.add(tokens[k]);
  });
}

const NEGATORS = new Set(['not', "n't", 'never']);
/** Where a clause ends or starts: what follows "but" or "; " is said of the world again. */
const CLAUSE_BREAKS = new Set([';', 'but', 'however', 'although', 'though', 'while', 'whereas', 'yet']);
const ABSENT = new Set(['missing', 'absent', 'lacking', 'omitted']);

/** The last token of the clause that token `from` is in. */
function clauseEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k + 1 < tokens.length && !CLAUSE_BREAKS.has(tokens[k + 1].lower) && !(tokens[k + 1].text === ',' && CLAUSE_BREAKS.has(tokens[k + 2]?.lower ?? ''))) k++;
  return k;
}

/** The first token of the clause that token `to` is in. */
function clauseStart(tokens: Token[], to: number): number {
  let k = to;
  while (k > 0 && !CLAUSE_BREAKS.has(tokens[k - 1].lower)) k--;
  return k;
}

/**
 * "… are missing from the passage", "… is not mentioned in the article", "… not provided in the
 * text": right before the reference at `first`, a word of absence, or a negated reporting verb, and
 * "in" / "from" / "by".
 */
function missingBefore(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || !['in', 'from', 'by'].includes(before.lower)) return false;
  const word = tokens[first - 2];
  if (is(word, ABSENT)) return true;
  if (!is(word, REPORTING)) return false;
  for (let k = first - 3; k >= 0 && k >= first - 5; k--) {
    if (NEGATORS.has(tokens[k].lower)) return true;
    if (!is(tokens[k], AUXILIARIES)) return false;
  }
  return false;
}

export function sourceReferences(tokens: Token[]): Set<Token> {
  const refs = new Set<Token>();
  openingAssent(tokens, refs);
  announcement(tokens, refs);
  lengthReferences(tokens, refs);
  answerToQuestion(tokens, refs);
  tokens.forEach((t, i) => {
    if (numberedReference(tokens, i, refs)) return;
    const strong = is(t, REFERENCE_NOUNS);
    if (!strong && !is(t, WEAK_REFERENCE_NOUNS)) return;
    // walk back over "the provided" / "these given" to where the phrase starts
    let first = i;
    let telling = false;
    while (first > 0 && i - first < 3 && (is(tokens[first - 1], DETERMINERS) || is(tokens[first - 1], TELLING) || (strong && is(tokens[first - 1], ORDER_WORDS)))) {
      first--;
      telling ||= is(tokens[first], TELLING);
    }
    if (first === i || (!strong && !telling)) return;
    // "based on" / "according to" / "mentioned in" before it; a reporting verb after it
    addLeadIn(tokens, first, refs);
    for (let j = first; j <= i; j++) refs.add(tokens[j]);
    // "the passage (does not) mention(s)": the reporting verb, past an auxiliary or two
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      if (is(tokens[j], REPORTING)) {
        // what the passage does not mention is said to be missing, not said to be so: the rest of the clause too
        const negated = tokens.slice(i + 1, j).some((x) => NEGATORS.has(x.lower));
        const last = negated ? clauseEnd(tokens, j) : j;
        for (let k = i + 1; k <= last; k++) refs.add(tokens[k]);
        break;
      }
      if (!is(tokens[j], AUXILIARIES)) break;
    }
    // "the figures are not given in the passage", "the date is missing from the article": the clause up to it
    if (missingBefore(tokens, first)) for (let k = clauseStart(tokens, first); k < first; k++) refs.add(tokens[k]);
  });
  // "Therefore, based on the provided passages, …": the words that lead into a reference opening the sentence
  const opening = tokens.findIndex((t) => !CONCLUDING.has(t.lower));
  if (opening > 0 && refs.has(tokens[opening])) for (let k = 0; k < opening; k++) refs.add(tokens[k]);
  return refs;
}
