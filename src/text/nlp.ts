import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from './tokens.js';

// One wink-nlp instance per process: loading the model costs ~100 ms, reading a doc is ~1.6 µs per word.
// only sentence boundaries and POS (lemmas depend on POS); NER, sentiment and negation are unused here
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

const KIND: Record<string, Token['kind']> = {
  word: 'word', number: 'number', punctuation: 'punct', symbol: 'symbol', currency: 'symbol',
  emoji: 'other', emoticon: 'other', url: 'other', email: 'other', mention: 'other', hashtag: 'other',
};

/**
 * Sentences of `text.slice(start, end)` with tokens, lemmas and POS.
 * Offsets are into `text`. wink-nlp keeps every token's surface form, so each token is found by
 * searching forward from the previous one, which keeps offsets exact whatever the whitespace.
 */
export function analyzeRange(text: string, start: number, end: number): Sentence[] {
  const slice = text.slice(start, end);
  const doc = nlp.readDoc(slice);
  const tokens: (Token | null)[] = [];
  let cursor = 0;
  doc.tokens().each((t: ItemToken) => {
    const value = t.out() as string;
    const type = t.out(its.type) as string;
    if (type === 'tabCRLF' || value.trim() === '') {
      tokens.push(null);
      return;
    }
    let at = slice.indexOf(value, cursor);
    if (at < 0) at = cursor; // wink never rewrites surface text, but never lose a token if it did
    const lower = value.toLowerCase();
    tokens.push({
      text: value,
      start: start + at,
      end: start + at + value.length,
      lower,
      lemma: ((t.out(its.lemma as Parameters<ItemToken["out"]>[0]) as string) || lower).toLowerCase(),
      pos: t.out(its.pos) as string,
      kind: KIND[type] ?? 'other',
      stop: t.out(its.stopWordFlag) as boolean,
    });
    cursor = at + value.length;
  });

  const sentences: Sentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const own = tokens.slice(first, last + 1);
    const kept = own.filter((t): t is Token => t !== null);
    if (kept.length === 0) return;
    const sStart = kept[0].start;
    const sEnd = kept[kept.length - 1].end;
    sentences.push({ text: text.slice(sStart, sEnd), start: sStart, end: sEnd, tokens: kept });
  });
  return sentences;
}
