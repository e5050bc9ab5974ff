import { readFileSync } from 'node:fs';
import { analyze, check } from '../src/check.js';
import type { ClaimReport, Report } from '../src/types.js';

export const example = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');

/** Checks `text` against one source and returns the report. */
export async function checkOne(source: string, text: string): Promise<Report> {
  return check({ sources: [{ id: 'src', text: source }], text });
}

/** How the one claim of `text` compares with a one-source `source`: its features and findings. */
export const comparisonOf = (source: string, text: string) => analyze({ sources: [{ id: 's', text: source }], text }).inputs[0].comparison;

/** The claim whose text contains `fragment`. */
export function claimWith(report: Report, fragment: string): ClaimReport {
  const c = report.claims.find((x) => x.text.includes(fragment));
  if (!c) throw new Error(`no claim contains "${fragment}": ${report.claims.map((x) => x.text).join(' | ')}`);
  return c;
}
