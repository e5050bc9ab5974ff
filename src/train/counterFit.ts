/**
 * Counter-fitting word vectors to a thesaurus (after Mrkšić et al., 2016, "Counter-fitting Word
 * Vectors to Linguistic Constraints"): synonyms are pulled together and antonyms pushed apart, while
 * each word is held near where the corpus put it. Vectors learned from co-occurrence put opposites
 * side by side ("increase" / "decrease" 0.88, "public" / "private" 0.81), which reads an edited
 * detail as a paraphrase; after fitting, 0.0–0.1.
 */

export interface CounterFitOptions {
  /** Passes over all pairs. */
  epochs?: number;
  /** Step size of each pass. */
  rate?: number;
  /** Pull of each word back to its original vector, against the pairs' pull and push. */
  anchor?: number;
  /** Synonyms are pulled together until their cosine reaches this. */
  synonymCeiling?: number;
  /** Antonyms are pushed apart until their cosine falls to this. */
  antonymFloor?: number;
}

const unit = (v: Float32Array): Float32Array => {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < v.length; d++) v[d] /= n;
  return v;
};

const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d] * b[d];
  return s;
};

/**
 * Returns fitted unit vectors (the input is not changed). `synonyms` and `antonyms` are pairs of row
 * numbers. A word's pull towards its synonyms is averaged over them, so a word with thirty
 * synonyms in thirty senses is not dragged away from all of its meanings.
 */
export function counterFit(vectors: Float32Array[], synonyms: [number, number][], antonyms: [number, number][], opts: CounterFitOptions = {}): Float32Array[] {
  const { epochs = 20, rate = 0.1, anchor = 1, synonymCeiling = 0.95, antonymFloor = 0 } = opts;
  const original = vectors.map((v) => unit(Float32Array.from(v)));
  const fitted = original.map((v) => Float32Array.from(v));
  const dims = original[0]?.length ?? 0;
  const synonymCount = new Array<number>(vectors.length).fill(0);
  for (const [a, b] of synonyms) {
    synonymCount[a]++;
    synonymCount[b]++;
  }
  const moved = [...new Set([...synonyms.flat(), ...antonyms.flat()])];
  for (let e = 0; e < epochs; e++) {
    const step = new Map<number, Float32Array>(moved.map((i) => [i, new Float32Array(dims)]));
    for (const [a, b] of synonyms) {
      if (dot(fitted[a], fitted[b]) >= synonymCeiling) continue;
      const [ga, gb] = [step.get(a)!, step.get(b)!];
      for (let d = 0; d < dims; d++) {
        ga[d] += (fitted[b][d] - fitted[a][d]) / synonymCount[a];
        gb[d] += (fitted[a][d] - fitted[b][d]) / synonymCount[b];
      }
    }
    for (const [a, b] of antonyms) {
      if (dot(fitted[a], fitted[b]) <= antonymFloor) continue;
      const [ga, gb] = [step.get(a)!, step.get(b)!];
      for (let d = 0; d < dims; d++) {
        ga[d] -= fitted[b][d];
        gb[d] -= fitted[a][d];
      }
    }
    for (const i of moved) {
      const g = step.get(i)!;
      for (let d = 0; d < dims; d++) fitted[i][d] += rate * (g[d] + anchor * (original[i][d] - fitted[i][d]));
      unit(fitted[i]);
    }
  }
  return fitted;
}

/** Endings that make an inflected form of a base word ("decrease" → "decreased", "decreases", "decreasing"). */
function inflections(word: string): string[] {
  const stem = word.replace(/e$/, '');
  const forms = [`${word}s`, `${word}es`, `${word}d`, `${word}ed`, `${word}ing`, `${stem}ing`, `${word}r`, `${word}er`, `${word}st`, `${word}est`];
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  return forms;
}

/**
 * Moves each inflected form of a fitted base word by as much as the base word moved, unless the form
 * was fitted itself: the thesaurus lists base forms, and claims say "decreased". `words[i]` names row i.
 */
export function carryToInflections(words: string[], original: Float32Array[], fitted: Float32Array[], fittedRows: Iterable<number>): Float32Array[] {
  const rows = new Map(words.map((w, i) => [w, i]));
  const own = new Set(fittedRows);
  const out: Float32Array[] = fitted.map((v) => Float32Array.from(v));
  for (const i of own) {
    const base = unit(Float32Array.from(original[i]));
    for (const form of inflections(words[i])) {
      const j = rows.get(form);
      if (j === undefined || own.has(j)) continue;
      const v = unit(Float32Array.from(original[j]));
      for (let d = 0; d < v.length; d++) v[d] += fitted[i][d] - base[d];
      out[j] = unit(v);
    }
  }
  return out;
}
