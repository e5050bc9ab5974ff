import type { Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import type { Lexicon } from './lexicon.js';
import { antonyms, wordnetPos } from './wordnet.js';

/** Claim words whose WordNet antonym is what the evidence says ("rose" where the source says "fell"). */
export function antonymMismatches(words: Token[], evidence: Lexicon): { antonyms: number; findings: Finding[] } {
  const findings: Finding[] = [];
  for (const t of words) {
    const pos = wordnetPos(t.pos);
    if (!pos || t.pos === 'PROPN') continue;
    for (const opposite of antonyms(t.lemma, pos)) {
      if (!evidence.words.has(opposite)) continue;
      const said = evidence.tokens.find((e) => e.lemma === opposite || e.lower === opposite);
      findings.push({
        kind: 'antonym', start: t.start, end: t.end, conflict: true,
        reason: `the source says ${quote(said?.text ?? opposite)}, the opposite of ${quote(t.text)}`,
      });
      break;
    }
  }
  return { antonyms: findings.length, findings };
}
