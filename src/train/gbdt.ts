import { sigmoid } from './linalg.js';

/**
 * Gradient-boosted decision trees with logistic loss over histogram bins: small, typed, and fast
 * enough for tens of thousands of rows (the JS ML packages tried here were too slow or crashed).
 * Trees are stored as flat arrays with raw-value thresholds, so inference needs no bins.
 */
export interface Tree {
  /** Feature index per node; -1 marks a leaf. */
  feature: number[];
  /** Go left when x[feature] <= threshold. */
  threshold: number[];
  left: number[];
  right: number[];
  /** Leaf output (already scaled by the learning rate). */
  value: number[];
}

export interface GbdtModel {
  type: 'gbdt';
  base: number;
  trees: Tree[];
}

export interface GbdtOptions {
  trees?: number;
  depth?: number;
  learningRate?: number;
  bins?: number;
  /** Minimum summed hessian in a leaf. */
  minLeafHessian?: number;
  lambda?: number;
  subsample?: number;
  seed?: number;
  /** Stop when the validation loss has not improved for this many trees. */
  patience?: number;
  /**
   * Per feature column: +1 when the output may only rise with it, -1 when it may only fall, 0 free.
   * Splits that would break the direction are refused and children are bounded by their parent's
   * split (LightGBM's basic method).
   */
  monotone?: number[];
}

export interface Dataset {
  X: number[][];
  y: number[];
  w: number[];
}

/** Small deterministic PRNG (mulberry32) so a fixed seed gives the same model. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function binEdges(values: number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  if (distinct.length <= bins) return distinct.slice(0, -1).map((v, i) => (v + distinct[i + 1]) / 2);
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const v = sorted[Math.floor((k * sorted.length) / bins)];
    if (edges.length === 0 || v > edges[edges.length - 1]) edges.push(v);
  }
  return edges;
}

function binOf(edges: number[], x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x <= edges[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function treeOutput(t: Tree, x: number[]): number {
  let node = 0;
  while (t.feature[node] >= 0) node = x[t.feature[node]] <= t.threshold[node] ? t.left[node] : t.right[node];
  return t.value[node];
}

/** All trees of a model in five flat typed arrays (child indices made global), for inference. */
interface Forest {
  trees: Tree[];
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

function forestOf(trees: Tree[]): Forest {
  const size = trees.reduce((n, t) => n + t.feature.length, 0);
  const f: Forest = {
    trees, roots: new Int32Array(trees.length), feature: new Int32Array(size), threshold: new Float64Array(size),
    left: new Int32Array(size), right: new Int32Array(size), value: new Float64Array(size),
  };
  let at = 0;
  trees.forEach((t, k) => {
    f.roots[k] = at;
    for (let i = 0; i < t.feature.length; i++) {
      f.feature[at + i] = t.feature[i];
      f.threshold[at + i] = t.threshold[i];
      f.left[at + i] = at + t.left[i];
      f.right[at + i] = at + t.right[i];
      f.value[at + i] = t.value[i];
    }
    at += t.feature.length;
  });
  return f;
}

const forests = new WeakMap<GbdtModel, Forest>();

/**
 * The model's log-odds for one input vector: the same sum, in the same order, as adding up
 * treeOutput over m.trees, read from flat arrays built on first use (a model is scored for every
 * claim of every check; walking 600 small trees of plain arrays was a tenth of a claim's time).
 */
export function gbdtLogit(m: GbdtModel, x: number[]): number {
  let f = forests.get(m);
  if (!f || f.trees !== m.trees || f.roots.length !== m.trees.length) forests.set(m, (f = forestOf(m.trees)));
  const { roots, feature, threshold, left, right, value } = f;
  let z = m.base;
  for (let k = 0; k < roots.length; k++) {
    let node = roots[k];
    while (feature[node] >= 0) node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
    z += value[node];
  }
  return z;
}

function logloss(data: Dataset, F: number[]): number {
  let loss = 0;
  let total = 0;
  for (let i = 0; i < data.y.length; i++) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(F[i])));
    loss -= data.w[i] * (data.y[i] * Math.log(p) + (1 - data.y[i]) * Math.log(1 - p));
    total += data.w[i];
  }
  return loss / total;
}

export function fitGbdt(train: Dataset, opts: GbdtOptions = {}, valid?: Dataset): GbdtModel {
  const o = { trees: 300, depth: 3, learningRate: 0.08, bins: 32, minLeafHessian: 2, lambda: 1, subsample: 0.8, seed: 42, patience: 40, ...opts };
  const { X, y, w } = train;
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const edges = Array.from({ length: d }, (_, j) => binEdges(X.map((r) => r[j]), o.bins));
  const binned = Array.from({ length: d }, (_, j) => Uint8Array.from(X.map((r) => binOf(edges[j], r[j]))));
  const totalW = w.reduce((a, b) => a + b, 0);
  const meanY = y.reduce((a, v, i) => a + v * w[i], 0) / totalW;
  const base = Math.log(Math.max(1e-6, meanY) / Math.max(1e-6, 1 - meanY));
  const model: GbdtModel = { type: 'gbdt', base, trees: [] };
  const F = new Float64Array(n).fill(base);
  const FV = valid ? new Array<number>(valid.y.length).fill(base) : [];
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const rand = prng(o.seed);
  let bestLoss = Infinity;
  let bestCount = 0;

  for (let round = 0; round < o.trees; round++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(F[i]);
      g[i] = w[i] * (p - y[i]);
      h[i] = w[i] * Math.max(p * (1 - p), 1e-6);
    }
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (rand() < o.subsample) rows.push(i);
    const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    const mono = o.monotone ?? [];
    const leafValue = (G: number, H: number, lower: number, upper: number) => Math.min(upper, Math.max(lower, -G / (H + o.lambda)));
    const grow = (idx: number[], depth: number, lower = -Infinity, upper = Infinity): number => {
      const node = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(0);
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += g[i];
        H += h[i];
      }
      tree.value[node] = leafValue(G, H, lower, upper) * o.learningRate;
      if (depth >= o.depth || H < 2 * o.minLeafHessian) return node;
      let bestGain = 1e-9;
      let bestF = -1;
      let bestBin = -1;
      const parent = (G * G) / (H + o.lambda);
      for (let j = 0; j < d; j++) {
        const nb = edges[j].length + 1;
        if (nb < 2) continue;
        const hg = new Float64Array(nb);
        const hh = new Float64Array(nb);
        const col = binned[j];
        for (const i of idx) {
          hg[col[i]] += g[i];
          hh[col[i]] += h[i];
        }
        let GL = 0;
        let HL = 0;
        for (let b = 0; b < nb - 1; b++) {
          GL += hg[b];
          HL += hh[b];
          const GR = G - GL;
          const HR = H - HL;
          if (HL < o.minLeafHessian || HR < o.minLeafHessian) continue;
          if (mono[j] && mono[j] * (leafValue(GR, HR, lower, upper) - leafValue(GL, HL, lower, upper)) < 0) continue;
          const gain = (GL * GL) / (HL + o.lambda) + (GR * GR) / (HR + o.lambda) - parent;
          if (gain > bestGain) {
            bestGain = gain;
            bestF = j;
            bestBin = b;
          }
        }
      }
      if (bestF < 0) return node;
      const col = binned[bestF];
      const leftIdx = idx.filter((i) => col[i] <= bestBin);
      const rightIdx = idx.filter((i) => col[i] > bestBin);
      tree.feature[node] = bestF;
      tree.threshold[node] = edges[bestF][bestBin];
      let [leftBounds, rightBounds] = [[lower, upper], [lower, upper]];
      if (mono[bestF]) {
        // each side may not cross the middle of the two values: later splits below keep the order
        let [GL, HL] = [0, 0];
        for (const i of leftIdx) {
          GL += g[i];
          HL += h[i];
        }
        const mid = (leafValue(GL, HL, lower, upper) + leafValue(G - GL, H - HL, lower, upper)) / 2;
        [leftBounds, rightBounds] = mono[bestF] > 0 ? [[lower, mid], [mid, upper]] : [[mid, upper], [lower, mid]];
      }
      tree.left[node] = grow(leftIdx, depth + 1, leftBounds[0], leftBounds[1]);
      tree.right[node] = grow(rightIdx, depth + 1, rightBounds[0], rightBounds[1]);
      return node;
    };
    grow(rows, 0);
    model.trees.push(tree);
    for (let i = 0; i < n; i++) F[i] += treeOutput(tree, X[i]);
    if (valid) {
      for (let i = 0; i < valid.y.length; i++) FV[i] += treeOutput(tree, valid.X[i]);
      const loss = logloss(valid, FV);
      if (loss < bestLoss - 1e-7) {
        bestLoss = loss;
        bestCount = model.trees.length;
      } else if (model.trees.length - bestCount >= o.patience) break;
    }
  }
  if (valid && bestCount > 0) model.trees = model.trees.slice(0, bestCount);
  return model;
}
