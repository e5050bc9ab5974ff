import { sigmoid, solveSpd } from './linalg.js';

/** L2-regularised logistic regression on standardised features, fitted by Newton's method (IRLS). */
export interface LogisticModel {
  type: 'logistic';
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export interface LogisticOptions {
  l2?: number;
  maxIterations?: number;
}

export function fitLogistic(X: number[][], y: number[], w: number[], opts: LogisticOptions = {}): LogisticModel {
  const l2 = opts.l2 ?? 1;
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const totalW = w.reduce((a, b) => a + b, 0);
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += (w[i] * X[i][j]) / totalW;
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) scale[j] += (w[i] * (X[i][j] - mean[j]) ** 2) / totalW;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  const Z = X.map((row) => [...row.map((v, j) => (v - mean[j]) / scale[j]), 1]);
  const beta = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < (opts.maxIterations ?? 50); iter++) {
    const grad = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const z = Z[i];
      let s = 0;
      for (let j = 0; j <= d; j++) s += z[j] * beta[j];
      const p = sigmoid(s);
      const g = w[i] * (p - y[i]);
      const h = w[i] * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j <= d; j++) {
        grad[j] += g * z[j];
        const hz = h * z[j];
        for (let k = 0; k <= j; k++) H[j][k] += hz * z[k];
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) H[k][j] = H[j][k];
    for (let j = 0; j < d; j++) {
      grad[j] += l2 * beta[j];
      H[j][j] += l2;
    }
    H[d][d] += 1e-9;
    const step = solveSpd(H, grad);
    let largest = 0;
    for (let j = 0; j <= d; j++) {
      beta[j] -= step[j];
      largest = Math.max(largest, Math.abs(step[j]));
    }
    if (largest < 1e-7) break;
  }
  return { type: 'logistic', mean, scale, weights: beta.slice(0, d), bias: beta[d] };
}

export function logisticLogit(m: LogisticModel, x: number[]): number {
  let z = m.bias;
  for (let j = 0; j < m.weights.length; j++) z += (m.weights[j] * (x[j] - m.mean[j])) / m.scale[j];
  return z;
}
