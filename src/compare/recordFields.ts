import type { Node } from 'jsonc-parser';
import { fieldNameTokens, fieldNameWords } from '../text/fieldNames.js';
import { jsonTree } from '../text/structured.js';
import type { Token } from '../text/tokens.js';
import { quote, type Finding } from './finding.js';
import { isNegator } from './polarity.js';

/**
 * Yes / no / empty fields of a JSON record ("RestaurantsReservations": false, "WiFi": "no",
 * "OutdoorSeating": null) and what a claim says of them. A claim that names such a field is
 * checked against its value wherever the field stands in the record, not only when the field's
 * block is the passage that best matches the claim: overviews join a name, a place and a few
 * fields in one sentence ("Blue Door Diner in Tucson takes reservations"), and the field's name
 * alone would otherwise back the claim.
 */

export type FieldValue = 'yes' | 'no' | 'empty';

interface KeyWord {
  lower: string;
  lemma: string;
}

export interface RecordField {
  /** The source it is a field of, and where its key starts there. */
  source: string;
  at: number;
  /** The key as written, after its parent's when it has one ("BusinessParking.street"). */
  path: string;
  /** The value as written ("false", "null", "\"no\""). */
  written: string;
  value: FieldValue;
  /** The key's words, all of which a claim must say ("outdoor", "seating"). */
  words: KeyWord[];
  /** The key's words run together, which a claim may write as one word ("takeout", "wifi"). */
  joined: string;
  /** A nested field's parent key's last word ("parking" for BusinessParking.street), which the claim must say too. */
  parent?: KeyWord;
}

/** Values that say no and yes in a string ("WiFi": "no", "Alcohol": "none", "WiFi": "free"); Python's u'no' is read as no. */
const NO_STRINGS = new Set(['no', 'none', 'false']);
const YES_STRINGS = new Set(['yes', 'true', 'free', 'paid']);

function fieldValue(node: Node): FieldValue | undefined {
  if (node.type === 'boolean') return node.value ? 'yes' : 'no';
  if (node.type === 'null') return 'empty';
  if (node.type !== 'string' || typeof node.value !== 'string') return undefined;
  // Python's None written into a string is no value; its u'none' is the answer "none"
  if (node.value === 'None') return 'empty';
  const s = node.value.replace(/^u?'(.*)'$/, '$1').trim().toLowerCase();
  return NO_STRINGS.has(s) ? 'no' : YES_STRINGS.has(s) ? 'yes' : undefined;
}

/** A key's words with their lemmas ("GoodForKids" -> good, for, kid). */
function keyWords(words: string[]): KeyWord[] {
  return fieldNameTokens(words).filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => ({ lower: t.lower, lemma: t.lemma }));
}

/**
 * The first word of a key that two or more of its sibling keys share is a prefix naming the
 * record's kind, not the field ("Restaurants" in RestaurantsTakeOut, RestaurantsDelivery …).
 */
function sharedPrefixes(keys: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const k of keys) {
    const words = fieldNameWords(k);
    if (words.length > 1) counts.set(words[0], (counts.get(words[0]) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
}

function fieldWords(key: string, prefixes: Set<string>): string[] {
  const words = fieldNameWords(key);
  return words.length > 1 && prefixes.has(words[0]) ? words.slice(1) : words;
}

/**
 * Whether an object's keys are each one word, kinds or parts of what its own key names
 * ("BusinessParking": {"street", "garage", "lot"}, "Ambience": {"romantic", "casual"}): a claim names
 * such a field with its parent's word ("street parking"). An object of longer keys ("attributes":
 * {"OutdoorSeating", "RestaurantsReservations"}) only holds fields that name themselves.
 */
function facetsOf(node: Node): boolean {
  const keys = (node.children ?? []).map((p) => p.children?.[0]?.value);
  return keys.length > 0 && keys.every((k) => typeof k === 'string' && fieldNameWords(k).length === 1);
}

/** Records nested deeper than this are not searched for fields (bounded work on odd input). */
const MAX_DEPTH = 8;

/** The yes / no / empty fields of a source that is a JSON record; [] for any other text. */
export function recordFields(text: string, source = ''): RecordField[] {
  const root = jsonTree(text);
  if (!root) return [];
  const fields: RecordField[] = [];
  const stack: { node: Node; parent?: { key: string; head?: KeyWord }; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, parent, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) continue;
    if (node.type === 'array') {
      for (const child of node.children ?? []) stack.push({ node: child, depth: depth + 1 });
      continue;
    }
    if (node.type !== 'object') continue;
    const props = (node.children ?? []).filter((p) => p.children?.length === 2 && typeof p.children[0].value === 'string');
    const prefixes = sharedPrefixes(props.map((p) => p.children![0].value as string));
    for (const p of props) {
      const [keyNode, value] = p.children!;
      const key = keyNode.value as string;
      const words = fieldWords(key, prefixes);
      if (value.type === 'object' || value.type === 'array') {
        stack.push({ node: value, parent: { key, head: facetsOf(value) ? keyWords(words).at(-1) : undefined }, depth: depth + 1 });
        continue;
      }
      const v = fieldValue(value);
      const kw = keyWords(words);
      if (!v || kw.length === 0) continue;
      fields.push({
        source,
        at: keyNode.offset,
        path: parent ? `${parent.key}.${key}` : key,
        written: text.slice(value.offset, value.offset + value.length),
        value: v,
        words: kw,
        joined: words.join('').replace(/[^\p{L}\p{N}]/gu, ''),
        ...(parent?.head ? { parent: parent.head } : {}),
      });
    }
  }
  return fields;
}

const matches = (t: Token, w: KeyWord) => t.lower === w.lower || t.lemma === w.lemma || t.alsoLemma === w.lemma || t.lemma === w.lower;

/** "a lot of", "lots of": a quantity, never the "lot" a car parks in. */
const quantifierLot = (tokens: Token[], i: number) => (tokens[i].lower === 'lot' || tokens[i].lower === 'lots') && tokens[i + 1]?.lower === 'of';

/** How far apart a key's words may stand in a claim ("parking on the street" for street parking). */
const WORD_REACH = 4;

interface Mention {
  /** Token indices [first, last] of the stretch that names the field. */
  span: [number, number];
  /** The indices of the tokens that say the key's words (and its parent's). */
  said: number[];
}

/**
 * Where the claim names the field, if it does; `related` as in fieldStatements. In the passage that
 * best matches the claim (`inAligned`), a key's first word may go unsaid ("takes reservations" for
 * RestaurantsReservations, where no sibling key shares "Restaurants" to show it is a prefix).
 */
function mentionOf(tokens: Token[], f: RecordField, related: (t: Token) => readonly string[], inAligned: boolean): Mention | undefined {
  const keyWords = inAligned && f.words.length >= 2 ? f.words.slice(1) : f.words;
  const usable = (i: number) => tokens[i].kind === 'word' && !quantifierLot(tokens, i);
  let span: [number, number] | undefined;
  let said: number[] = [];
  // the key run together: "takeout", "take-out", "Wi-Fi", "drive-thru"
  for (let i = 0; i < tokens.length && !span; i++) {
    if (!usable(i)) continue;
    let run = '';
    for (let j = i; j < tokens.length && j < i + 4; j++) {
      if (tokens[j].kind === 'punct' && tokens[j].text !== '-') break;
      if (j > i && tokens[j].start > tokens[j - 1].end + 1) break;
      run += tokens[j].lower.replace(/[^\p{L}\p{N}]/gu, '');
      if (run === f.joined) [span, said] = [[i, j], Array.from({ length: j - i + 1 }, (_, k) => i + k)];
      if (run.length >= f.joined.length) break;
    }
  }
  // or each of its words, near one another
  if (!span) {
    // a word WordNet relates to the key's counts ("delivers" for "RestaurantsDelivery")
    const at = keyWords.map((w) => tokens.map((t, i) => (usable(i) && (matches(t, w) || related(t).includes(w.lemma)) ? i : -1)).filter((i) => i >= 0));
    if (at.some((list) => list.length === 0)) return undefined;
    for (const i of at[0]) {
      const picked = at.map((list) => list.reduce((best, k) => (Math.abs(k - i) < Math.abs(best - i) ? k : best)));
      const [lo, hi] = [Math.min(...picked), Math.max(...picked)];
      if (hi - lo <= keyWords.length - 1 + WORD_REACH && !tokens.slice(lo, hi + 1).some(breaksClause)) {
        [span, said] = [[lo, hi], [...new Set(picked)]];
        break;
      }
    }
  }
  if (!span) return undefined;
  if (!f.parent) return { span, said };
  // a nested field needs its parent's word nearby ("street parking", "live music", "romantic atmosphere")
  const parent = f.parent;
  const near = tokens.findIndex((t, i) => i >= span![0] - WORD_REACH && i <= span![1] + WORD_REACH && (i < span![0] || i > span![1]) &&
    usable(i) && (matches(t, parent) || related(t).includes(parent.lemma)));
  return near < 0 ? undefined : { span: [Math.min(span[0], near), Math.max(span[1], near)], said: [...said, near] };
}

/**
 * The words a finding marks: the key's words as the claim says them, or where they stand apart
 * ("accepts credit cards and pet insurance"), the last group of them that has a noun ("insurance").
 */
function shownRange(tokens: Token[], m: Mention): [number, number] {
  const said = [...m.said].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const i of said) {
    const last = groups.at(-1);
    if (last && i === last[last.length - 1] + 1) last.push(i);
    else groups.push([i]);
  }
  if (groups.length < 2) return m.span;
  const noun = [...groups].reverse().find((g) => g.some((i) => tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN'));
  return noun ? [noun[0], noun[noun.length - 1]] : m.span;
}

/** A claim that asks or doubts ("whether", "unclear") or speaks of the record itself ("no information on") states no value. */
const NOT_STATING = new Set([
  'whether', 'if', 'unclear', 'unknown', 'uncertain', 'unspecified', 'specify', 'mention', 'information', 'info',
  'indicate', 'may', 'might', 'could', 'possibly', 'perhaps', 'probably', 'likely', 'unlikely',
]);
/** Clause boundaries a negation does not reach across. */
const CLAUSE_BREAKS = new Set([';', '.', ':', '!', '?', 'but', 'while', 'although', 'though', 'whereas', 'however', 'yet']);
/** Words that say a thing is not there without a negator: "outdoor seating is unavailable", "it lacks WiFi". */
const NOT_THERE = new Set(['unavailable', 'absent', 'missing', 'lacking']);
const LACK_VERBS = new Set(['lack']);
/** "not required", "not needed": about whether one must, not whether it is there. */
const NOT_NEEDED = new Set(['require', 'required', 'need', 'needed', 'necessary', 'mandatory', 'compulsory', 'essential']);

const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
const COORDINATORS = new Set(['and', 'or', 'nor', '&']);
const breaksClause = (t: Token) => CLAUSE_BREAKS.has(t.lower);

/** A negator among the few words just before tokens[k], none of them across a comma or "and" ("does not offer", "doesn't have", "cannot take"). */
function negatedVerb(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j];
    if (isNegator(t)) return true;
    // "does not deliver or take reservations", "does not take reservations or offer WiFi": one negation over verbs joined by "or"
    if (t.lower === 'or') {
      for (let m = j - 1; m >= 0 && m >= j - 4; m--) {
        if (tokens[m].kind === 'punct' || breaksClause(tokens[m])) break;
        if (isVerb(tokens[m])) return negatedVerb(tokens, m);
      }
      return false;
    }
    if (t.kind === 'punct' || COORDINATORS.has(t.lower) || breaksClause(t)) return false;
  }
  return false;
}

/** Whether the verb at tokens[k] denies its object: negated ("does not offer"), or a verb of lacking not negated ("lacks", not "does not lack"). */
function verbDenies(tokens: Token[], k: number): boolean {
  return negatedVerb(tokens, k) !== LACK_VERBS.has(tokens[k].lemma);
}

/**
 * Whether a verb follows tokens[last] before the next comma or clause break: the field's words are the
 * subject of a clause of their own ("outdoor seating and takeout are not offered"). A verb right after
 * "and" starts another verb phrase of the claim's subject instead ("offers catering and has no TV").
 */
function hasOwnVerbAfter(tokens: Token[], last: number): boolean {
  for (let j = last + 1; j < tokens.length; j++) {
    if (tokens[j].text === ',' || breaksClause(tokens[j])) return false;
    if (COORDINATORS.has(tokens[j].lower) && tokens[j + 1] && isVerb(tokens[j + 1])) return false;
    if (isVerb(tokens[j])) return true;
  }
  return false;
}

/**
 * Whether the claim denies the field it names at tokens[first..last]: a negation between its words
 * ("dogs are not allowed"), right after them ("reservations are not accepted"), on the verb whose
 * object they are ("does not offer delivery, takeout or reservations"), or before them ("no WiFi",
 * "without reservations"). Undefined when that cannot be told ("are not required").
 */
function denies(tokens: Token[], first: number, last: number): boolean | undefined {
  if (tokens.slice(first + 1, last).some((t) => isNegator(t))) return true;
  // "smoke-free": without it
  if (tokens[last + 1]?.text === '-' && (tokens[last + 2]?.lower === 'free' || tokens[last + 2]?.lower === 'less')) return true;
  // the subject of a clause of its own: its verb's auxiliaries, then a negator ("reservations at the bar are not
  // accepted") or a word saying it is not there ("outdoor seating is unavailable")
  const spanVerb = tokens.slice(first, last + 1).some(isVerb);
  const ownVerb = !spanVerb && hasOwnVerbAfter(tokens, last);
  if (ownVerb) {
    let j = last + 1;
    while (!isVerb(tokens[j])) j++;
    const verbAt = j;
    while (j < tokens.length && tokens[j].pos === 'AUX') j++;
    if (j > verbAt && tokens[j] && NOT_THERE.has(tokens[j].lower)) return true;
    if (j > verbAt && tokens[j] && isNegator(tokens[j])) {
      const next = tokens.slice(j + 1, j + 3).find((x) => x.kind === 'word' && !x.stop);
      return next && (NOT_NEEDED.has(next.lower) || NOT_NEEDED.has(next.lemma)) ? undefined : true;
    }
  }
  // a field named by a verb ("freezes well") is denied only on that verb ("does not freeze well")
  if (isVerb(tokens[first])) return verbDenies(tokens, first);
  // a list of what one verb has ("offer delivery, takeout or reservations") reaches back across commas;
  // a clause of its own ("…, credit cards are accepted") does not
  const ownClause = ownVerb || spanVerb;
  for (let k = first - 1; k >= 0; k--) {
    const t = tokens[k];
    if (breaksClause(t)) return false;
    // the subject of a clause of its own is denied only within its noun phrase ("no credit cards are accepted")
    if (ownClause && (t.kind === 'punct' || COORDINATORS.has(t.lower) || isVerb(t))) return false;
    if (isNegator(t)) return true;
    if (isVerb(t)) return verbDenies(tokens, k);
    // "… no listed allergens and offers takeout": a coordinator before a verb starts another verb phrase
    if (COORDINATORS.has(t.lower) && tokens[k + 1] && isVerb(tokens[k + 1])) return false;
  }
  return false;
}

const indexes = new WeakMap<readonly RecordField[], Map<string, number[]>>();

/** The fields of a source set by each form of their key's words (lower case, lemma, run together), built once per source set. */
function fieldIndex(fields: readonly RecordField[]): Map<string, number[]> {
  let index = indexes.get(fields);
  if (index) return index;
  index = new Map();
  fields.forEach((f, i) => {
    for (const form of new Set([f.joined, ...f.words.flatMap((w) => [w.lower, w.lemma])])) {
      const list = index!.get(form);
      if (list) list.push(i);
      else index!.set(form, [i]);
    }
  });
  indexes.set(fields, index);
  return index;
}

export interface FieldStatements {
  /** Fields the claim says are there that the record says are not, or the reverse. */
  conflicts: Finding[];
  /** Fields the claim states something of that the record leaves empty (null). */
  empty: Finding[];
}

/**
 * What a claim says of the record's yes / no / empty fields. `related` gives the source words
 * WordNet relates to a claim word ("delivers" -> "delivery", "atmosphere" -> "ambience"); `aligned`
 * is the passage that best matches the claim, where it may name a field more loosely.
 * When the record has the same field more than once with different values, nothing is said.
 */
export function fieldStatements(
  tokens: Token[], fields: readonly RecordField[], text: string, related: (t: Token) => readonly string[], aligned?: { source: string; start: number; end: number },
): FieldStatements {
  const out: FieldStatements = { conflicts: [], empty: [] };
  if (fields.length === 0 || tokens.some((t) => NOT_STATING.has(t.lower) || NOT_STATING.has(t.lemma))) return out;
  // each claim word's WordNet relations once, and the words and lemmas a field must share with the claim to be named in it
  const relations = new Map<Token, readonly string[]>();
  const relatedOnce = (t: Token) => {
    let r = relations.get(t);
    if (!r) relations.set(t, (r = related(t)));
    return r;
  };
  const forms = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    forms.add(t.lower).add(t.lemma);
    if (t.alsoLemma) forms.add(t.alsoLemma);
    for (const r of relatedOnce(t)) forms.add(r);
  }
  const index = fieldIndex(fields);
  const candidates = new Set<number>();
  for (const form of forms) for (const i of index.get(form) ?? []) candidates.add(i);
  const named = new Map<string, { fields: RecordField[]; span: [number, number]; shown: [number, number] }>();
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const f = fields[i];
    const inAligned = aligned !== undefined && f.source === aligned.source && aligned.start <= f.at && f.at < aligned.end;
    const mention = mentionOf(tokens, f, relatedOnce, inAligned);
    if (!mention) continue;
    const { span } = mention;
    const key = f.words.map((w) => w.lemma).join(' ') + (f.parent ? `<${f.parent.lemma}` : '');
    const seen = named.get(key);
    if (seen) seen.fields.push(f);
    else named.set(key, { fields: [f], span, shown: shownRange(tokens, mention) });
  }
  const taken: [number, number][] = [];
  // longest mention first: "street parking" speaks for the "parking" inside it
  const byLength = [...named.values()].sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]));
  for (const { fields: same, span, shown } of byLength) {
    const values = new Set(same.map((f) => f.value));
    if (values.size > 1) continue;
    if (taken.some(([a, b]) => a <= span[0] && span[1] <= b)) continue;
    const f = same[0];
    const [start, end] = [tokens[shown[0]].start, tokens[shown[1]].end];
    const denied = denies(tokens, span[0], span[1]);
    if (f.value === 'empty') {
      // "outdoor seating is not listed" may be about the record, not the place: only a claim that it is there is flagged
      if (denied !== false) continue;
      out.empty.push({ kind: 'word', start, end, conflict: false, reason: `the record gives no value for ${quote(f.path)} (${f.written})` });
      taken.push(span);
      continue;
    }
    if (denied === undefined) continue;
    taken.push(span);
    if (denied === (f.value === 'yes')) out.conflicts.push({ kind: 'negation', start, end, conflict: true, reason: `the record gives ${quote(f.path)}: ${f.written}` });
  }
  return out;
}
