import { isContentWord, isNumeral, type Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { THAN_REACH, THAN_WAYS } from './antonymConflicts.js';
import { isNegated } from './polarity.js';
import type { Quantity } from './quantities.js';

/** Comparatives of amount, and the way each says the first thing's amount stands to the second's: the other checks' with "costlier". */
const WAYS = new Map<string, -1 | 1>([...THAN_WAYS, ['costlier', 1]]);
/** Verbs (lemmas) that compare their subject's amount with their object's: "beat the target", "missed its forecast". */
const OUTDOING = new Map<string, -1 | 1>([['beat', 1], ['exceed', 1], ['surpass', 1], ['outstrip', 1], ['outperform', 1], ['miss', -1], ['trail', -1]]);
/** How many words after "than" name what is compared with ("than the national average"). */
const OBJECT_REACH = 5;
/** How close to a figure a word must stand to name what the figure is of ("a national average of 20%"). */
const NEAR = 6;
/** Words after "than" that compare with another time ("than a year earlier"): comparedWithThen reads those; after what is compared, they say when. */
const TIMES = new Set(['year', 'month', 'week', 'day', 'quarter', 'season', 'decade', 'before', 'earlier', 'previously', 'ago', 'last', 'now', 'then', 'expected', 'forecast', 'planned', 'usual', 'previous']);
/** Amounts that one thing's and another's can be weighed by. */
const WEIGHED = new Set<Quantity['kind']>(['count', 'money', 'percent']);

/** A passage's words with its figures, as the figure checks read them. */
export interface PassageFigures {
  tokens: Token[];
  quantities: Quantity[];
}

interface Figure {
  q: Quantity;
  passage: number;
  at: number;
}


/**
 * "The company lost more water through leaks than the national average" where the passage says it
 * "lost 18% … against a national average of 20%", or "The roll costs more than the vegan version"
 * where the roll went "to £1.35" and "its vegan version stays at £1.40", or "Sales beat the target" where
 * they "fell short of the 28% target" at 22%: a comparison between two
 * things whose amounts the passages give, the other way from those amounts. The passages must give
 * exactly two amounts of one kind and unit (an amount a change replaced, "from £1.20", is no longer
 * one) and compare nothing themselves, the words after the claim's "than" must stand nearer one of
 * them than the other, and the claim must give no figure of its own ("40 minutes longer than",
 * "more than 500").
 */
export function comparedAmounts(claimTokens: Token[], passages: PassageFigures[]): Finding[] {
  // a claim that gives figures ("More men than women smoked: 13.6% against 10.4%") is read by the figure checks
  if (claimTokens.some(isNumeral)) return [];
  // nor is a passage that compares things itself ("Men were more likely to smoke than women, at 13.6 percent
  // compared with 10.4 percent", "in more than 190 countries") read for which amount is which's; asked only
  // once the claim compares something, as most claims do not
  let weighable: PassageFigures[] | undefined;
  const weighablePassages = () => (weighable ??= passages.filter((p) => !p.tokens.some((x, j) => WAYS.has(x.lower) && p.tokens.slice(j + 1, j + 1 + THAN_REACH).some((y) => y.lower === 'than'))));
  for (let k = 0; k < claimTokens.length; k++) {
    const t = claimTokens[k];
    // "beat the government's target": what is compared with follows the verb
    // (with its object's determiner next: not "Missing bones")
    const verbWay = t.pos === 'VERB' && (claimTokens[k + 1]?.pos === 'DET' || claimTokens[k + 1]?.pos === 'PRON') ? OUTDOING.get(t.lemma) : undefined;
    const way = WAYS.get(t.lower) ?? verbWay;
    if (way === undefined || isNegated(claimTokens, k)) continue;
    const than = verbWay !== undefined ? k : claimTokens.findIndex((x, j) => j > k && j - k <= THAN_REACH && x.lower === 'than');
    if (than < 0 || claimTokens.slice(k + 1, than).some((x) => x.kind === 'punct')) continue;
    const objectWords = objectAfter(claimTokens, than);
    if (!objectWords) continue;
    if (weighablePassages().length === 0) return [];
    const finding = weighed(weighablePassages(), objectWords, way, t);
    if (finding) return [finding];
  }
  return [];
}

/** The lemmas of what a claim compares with, after its "than" or verb; undefined for a figure or a time ("than 500", "than a year earlier"). */
function objectAfter(tokens: Token[], than: number): Set<string> | undefined {
  const words = new Set<string>();
  for (let j = than + 1; j < tokens.length && j - than <= OBJECT_REACH; j++) {
    const x = tokens[j];
    if (x.kind === 'punct') break;
    if (isNumeral(x)) return undefined;
    // a time after what is compared is when ("beat the target last year"); one before it is what ("than a year earlier")
    if (TIMES.has(x.lemma) || TIMES.has(x.lower)) return words.size > 0 ? words : undefined;
    if (isContentWord(x)) words.add(x.lemma);
  }
  return words.size > 0 ? words : undefined;
}

/** The finding for a claim's comparative `word` (`way`), where the passages' two amounts of one kind say otherwise. */
function weighed(passages: PassageFigures[], objectWords: Set<string>, way: -1 | 1, word: Token): Finding | undefined {
  const groups = new Map<string, Figure[]>();
  passages.forEach((p, passage) => {
    // an amount a change replaced ("from £1.20 to £1.35") is the thing's amount no longer
    const replaced = new Set(p.quantities.flatMap((q) => (q.between ? [q.between.before.start] : [])));
    const at = new Map(p.tokens.map((x, i) => [x.start, i]));
    for (const q of p.quantities) {
      const i = at.get(q.start);
      // ("thousands" is no amount to weigh)
      if (!WEIGHED.has(q.kind) || q.derived || q.vague || replaced.has(q.start) || i === undefined) continue;
      const key = `${q.kind} ${q.unit} ${q.per ?? ''}`;
      const group = groups.get(key) ?? groups.set(key, []).get(key)!;
      if (!group.some((f) => f.q.start === q.start && f.passage === passage)) group.push({ q, passage, at: i });
    }
  });
  for (const group of groups.values()) {
    if (group.length !== 2) continue;
    // how far each amount stands from a word of what the claim compares with, in its own passage
    const [a, b] = group.map((f) => Math.min(...passages[f.passage].tokens.flatMap((x, i) => (objectWords.has(x.lemma) ? [Math.abs(i - f.at)] : []))));
    if (a === b || Math.min(a, b) > NEAR) continue;
    const [object, subject] = a < b ? [group[0], group[1]] : [group[1], group[0]];
    const holds = way > 0 ? subject.q.value > object.q.value : subject.q.value < object.q.value;
    if (holds) return undefined;
    return {
      kind: 'antonym', start: word.start, end: word.end, conflict: true,
      reason: `the source gives ${quote(subject.q.text)} against ${quote(object.q.text)}, not ${quote(word.text)}`,
    };
  }
  return undefined;
}
