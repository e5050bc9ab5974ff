import { readFileSync } from 'node:fs';
import { check } from '../src/check.js';
import type { ClaimReport, Report } from '../src/types.js';

export const example = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');

/** Checks `text` against one source and returns the report. */
export async function checkOne(source: string, text: string): Promise<Report> {
  return check({ sources: [{ id: 'src', text: source }], text });
}

/** The claim whose text contains `fragment`. */
export function claimWith(report: Report, fragment: string): ClaimReport {
  const c = report.claims.find((x) => x.text.includes(fragment));
  if (!c) throw new Error(`no claim contains "${fragment}": ${report.claims.map((x) => x.text).join(' | ')}`);
  return c;
}
