/**
 * The simple baseline the project measures itself against (issue 4): the share of the claim's
 * content words (lower-cased, crudely stemmed, stop words dropped) that occur anywhere in the
 * document, with one threshold per dataset chosen on train+dev.
 */
import { readFileSync } from 'node:fs';
import { balancedAccuracy, bestThreshold } from '../src/eval/metrics.js';

const STOP = new Set(
  'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those he she they we you i his her their our your not no do does did has have had will would can could should may might than then there here which who whom what when where why how all any some such into over under about after before also more most other only own same so too very just up out off again further once'.split(' '),
);
const stem = (w: string) => w.replace(/(ing|ed|es|s|ly)$/, '');
const words = (t: string) => (t.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w)).map(stem);

export function baselineScore(doc: string, claim: string): number {
  const inDoc = new Set(words(doc));
  const c = words(claim);
  return c.length ? c.filter((w) => inDoc.has(w)).length / c.length : 1;
}

interface Row { dataset: string; doc: string; claim: string; label: number }
const readRows = (file: string): Row[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);

/** Balanced accuracy per test dataset, thresholds fitted per dataset on the fit files. */
export function baselineResults(fitFiles: string[], testFiles: string[]): Record<string, number> {
  const fit = fitFiles.flatMap(readRows).map((r) => ({ ...r, s: baselineScore(r.doc, r.claim) }));
  const out: Record<string, number> = {};
  for (const file of testFiles) {
    const test = readRows(file).map((r) => ({ ...r, s: baselineScore(r.doc, r.claim) }));
    const name = test[0]?.dataset;
    if (!name) continue;
    const own = fit.filter((r) => r.dataset === name);
    const t = bestThreshold(own.map((r) => r.label), own.map((r) => r.s));
    out[name] = balancedAccuracy(test.map((r) => r.label), test.map((r) => r.s >= t));
  }
  return out;
}
