import type { Sentence, Token } from '../text/tokens.js';

/**
 * A claim: one checkable assertion. Usually a whole sentence; a sentence that joins several
 * assertions ("X met Y in Moscow, and the two discussed Z, which ...") becomes several claims,
 * each a contiguous stretch of the text with its own offsets.
 */
export interface ClaimUnit {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  sentence: Sentence;
}

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'yet']);
const RELATIVES = new Set(['which', 'who', 'where']);

function isVerb(t: Token): boolean {
  return t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'be');
}

function hasClause(tokens: Token[]): boolean {
  return tokens.some(isVerb) && tokens.filter((t) => t.kind === 'word' && !t.stop).length >= 2;
}

/** Token indices where a new assertion starts: after ";" or at ", and/but/which ..." followed by a clause. */
function splitPoints(tokens: Token[]): { at: number; skip: number }[] {
  const points: { at: number; skip: number }[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (t.text === ';') points.push({ at: i, skip: 1 });
    else if (t.text === ',' && COORDINATORS.has(tokens[i + 1].lower)) points.push({ at: i, skip: 2 });
    else if (t.text === ',' && RELATIVES.has(tokens[i + 1].lower)) points.push({ at: i, skip: 1 });
  }
  return points;
}

function unit(sentence: Sentence, tokens: Token[], text: string): ClaimUnit {
  let last = tokens.length - 1;
  while (last > 0 && tokens[last].kind === 'punct' && /^[,;:]$/.test(tokens[last].text)) last--;
  const kept = tokens.slice(0, last + 1);
  const start = kept[0].start;
  const end = kept[kept.length - 1].end;
  return { text: text.slice(start, end), start, end, tokens: kept, sentence };
}

export function splitClaims(sentence: Sentence, text: string): ClaimUnit[] {
  const tokens = sentence.tokens;
  const pieces: Token[][] = [];
  let from = 0;
  for (const p of splitPoints(tokens)) {
    const left = tokens.slice(from, p.at);
    const rest = tokens.slice(p.at + p.skip);
    // a relative clause only stands alone when it runs to the end of the sentence
    const isRelative = tokens[p.at + 1] && RELATIVES.has(tokens[p.at + 1].lower);
    const restUntilComma = isRelative ? rest : rest.slice(0, Math.max(1, rest.findIndex((t) => t.text === ',') + 1 || rest.length));
    if (isRelative && rest.slice(1).some((t) => t.text === ',')) continue;
    if (!hasClause(left) || !hasClause(restUntilComma)) continue;
    pieces.push(left);
    from = p.at + p.skip;
  }
  if (pieces.length === 0) return [{ text: sentence.text, start: sentence.start, end: sentence.end, tokens, sentence }];
  pieces.push(tokens.slice(from));
  return pieces.filter((p) => p.length > 0).map((p) => unit(sentence, p, text));
}
