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
const LEADS = new Set(['base', 'based', 'accord', 'according', 'per']);
const REPORTING = new Set([
  'describe', 'mention', 'state', 'say', 'provide', 'discuss', 'indicate', 'suggest', 'note', 'contain', 'explain',
  'outline', 'list', 'highlight', 'specify', 'report', 'detail', 'include', 'focus', 'talk', 'present', 'show',
]);

const AUXILIARIES = new Set(['do', 'does', 'did', 'not', "n't", 'also', 'only', 'clearly', 'explicitly', 'specifically', 'be', 'is', 'are', 'was', 'were', 'have', 'has']);

const is = (t: Token | undefined, set: Set<string>) => t !== undefined && (set.has(t.lemma) || set.has(t.lower));

export function sourceReferences(tokens: Token[]): Set<Token> {
  const refs = new Set<Token>();
  tokens.forEach((t, i) => {
    const strong = is(t, REFERENCE_NOUNS);
    if (!strong && !is(t, WEAK_REFERENCE_NOUNS)) return;
    // walk back over "the provided" / "these given" to where the phrase starts
    let first = i;
    let telling = false;
    while (first > 0 && i - first < 3 && (is(tokens[first - 1], DETERMINERS) || is(tokens[first - 1], TELLING))) {
      first--;
      telling ||= is(tokens[first], TELLING);
    }
    if (first === i || (!strong && !telling)) return;
    // "based on" / "according to" / "mentioned in" before it; a reporting verb after it
    const before = tokens[first - 1];
    if (before && ['on', 'to', 'in', 'from', 'by'].includes(before.lower)) {
      const lead = tokens[first - 2];
      if (is(lead, LEADS) || is(lead, REPORTING)) refs.add(lead!).add(before);
    }
    for (let j = first; j <= i; j++) refs.add(tokens[j]);
    // "the passage (does not) mention(s)": the reporting verb, past an auxiliary or two
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      if (is(tokens[j], REPORTING)) {
        for (let k = i + 1; k <= j; k++) refs.add(tokens[k]);
        break;
      }
      if (!is(tokens[j], AUXILIARIES)) break;
    }
  });
  return refs;
}
