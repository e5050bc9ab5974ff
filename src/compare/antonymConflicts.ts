import type { Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import type { Lexicon } from './lexicon.js';
import { isNegated } from './polarity.js';
import { antonyms, wordnetPos } from './wordnet.js';

/**
 * Claim words whose WordNet antonym is what the evidence says ("rose" where the source says "fell").
 * One side negating its word agrees with the other ("will not open" / "will be closed");
 * `claim` is the claim's tokens, to read negation around its words.
 */
export function antonymMismatches(words: Token[], evidence: Lexicon, claim: Token[]): { antonyms: number; findings: Finding[] } {
  const findings: Finding[] = [];
  for (const t of words) {
    const pos = wordnetPos(t.pos);
    if (!pos || t.pos === 'PROPN') continue;
    const claimNegated = isNegated(claim, claim.indexOf(t));
    for (const opposite of antonyms(t.lemma, pos)) {
      if (!evidence.words.has(opposite)) continue;
      const mentions = evidence.tokens.map((e, k) => [e, k] as const).filter(([e]) => e.lemma === opposite || e.lower === opposite);
      const said = mentions.find(([, k]) => isNegated(evidence.tokens, k) === claimNegated)?.[0];
      // every mention is negated where the claim's word is not, or the reverse: the two agree
      if (mentions.length > 0 && !said) continue;
      findings.push({
        kind: 'antonym', start: t.start, end: t.end, conflict: true,
        reason: `the source says ${quote(said?.text ?? opposite)}, the opposite of ${quote(t.text)}`,
      });
      break;
    }
  }
  return { antonyms: findings.length, findings };
}
