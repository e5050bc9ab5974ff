/** What loadScorer finds wrong with a parsed model file: a damaged field, or claim model kinds this version cannot read. */
export interface ScorerShape {
  /** In words, naming the field ("its \"threshold\" is not a number"); null when the numbers are all there. */
  damage: string | null;
  /** Kinds of claim model found that this version has no formula for (a newer file's). */
  unreadableKinds: string[];
}

/**
 * What is wrong with the shape of a parsed scorer model file: a truncated or hand-edited
 * models/builtin.json should fail on load with a message naming the field, not with a TypeError
 * (or NaN scores) on the first check. Feature names are checked by loadScorer itself.
 */
export function scorerShape(m: Record<string, unknown>): ScorerShape {
  const unreadableKinds: string[] = [];
  const damage = scorerDamage(m, unreadableKinds);
  return { damage, unreadableKinds };
}

function scorerDamage(m: Record<string, unknown>, unreadable: string[]): string | null {
  if (!isStringArray(m.features)) return 'its "features" is not a list of feature names';
  if (!isStringArray(m.rules)) return 'its "rules" is not a list of feature names';
  if (!isFiniteNumber(m.threshold)) return 'its "threshold" is not a number';
  const text = m.text as Record<string, unknown> | undefined;
  if (!isObject(text) || !['minWeight', 'countWeight', 'bias'].every((k) => isFiniteNumber(text[k])) || !['meanWeight', 'lowShareWeight'].every((k) => text[k] === undefined || isFiniteNumber(text[k]))) {
    return 'its "text" model lacks a weight';
  }
  return claimModelProblem(m.model, m.features.length, 'model', unreadable);
}

/** The first damage in claim model `c` (at `at` in the file); kinds with no formula here are added to `unreadable`. */
function claimModelProblem(c: unknown, width: number, at: string, unreadable: string[]): string | null {
  if (!isObject(c)) return `its "${at}" is not a claim model`;
  switch (c.type) {
    case 'logistic':
      for (const k of ['mean', 'scale', 'weights']) {
        if (!isNumberArray(c[k]) || (c[k] as number[]).length !== width) return `its "${at}" (logistic) has no "${k}" of ${width} numbers, one per feature`;
      }
      return isFiniteNumber(c.bias) ? null : `its "${at}" (logistic) has no "bias"`;
    case 'gbdt': {
      if (!isFiniteNumber(c.base)) return `its "${at}" (gbdt) has no "base"`;
      if (!Array.isArray(c.trees)) return `its "${at}" (gbdt) has no "trees"`;
      const bad = c.trees.findIndex((t) => !wellFormedTree(t, width));
      return bad < 0 ? null : `tree ${bad} of its "${at}" (gbdt) is malformed`;
    }
    case 'mean': {
      if (!Array.isArray(c.members) || c.members.length === 0) return `its "${at}" (mean) has no "members"`;
      for (let i = 0; i < c.members.length; i++) {
        const problem = claimModelProblem(c.members[i], width, `${at}.members[${i}]`, unreadable);
        if (problem) return problem;
      }
      return null;
    }
    default:
      unreadable.push(String(c.type));
      return null;
  }
}

/** Flat arrays of one length; a node's feature is a column or -1 (a leaf); an inner node's children are later nodes. */
function wellFormedTree(t: unknown, width: number): boolean {
  if (!isObject(t)) return false;
  const arrays = ['feature', 'threshold', 'left', 'right', 'value'].map((k) => t[k]);
  if (!arrays.every(isNumberArray)) return false;
  const [feature, , left, right] = arrays as number[][];
  const n = feature.length;
  if (n === 0 || arrays.some((a) => (a as number[]).length !== n)) return false;
  for (let i = 0; i < n; i++) {
    if (feature[i] === -1) continue;
    if (!Number.isInteger(feature[i]) || feature[i] < 0 || feature[i] >= width) return false;
    // children after their parent: following them always ends at a leaf
    if (!(Number.isInteger(left[i]) && left[i] > i && left[i] < n && Number.isInteger(right[i]) && right[i] > i && right[i] < n)) return false;
  }
  return true;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumberArray = (v: unknown): v is number[] => Array.isArray(v) && v.every(isFiniteNumber);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
