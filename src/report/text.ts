import { createColors } from 'picocolors';
import type { ClaimReport, Report, Verdict } from '../types.js';

type Colors = ReturnType<typeof createColors>;

const MARK: Record<Verdict, string> = { supported: '✓', unsupported: '?', contradicted: '✗' };

function paint(c: Colors, v: Verdict, s: string): string {
  return v === 'supported' ? c.green(s) : v === 'unsupported' ? c.yellow(s) : c.red(s);
}

/** The claim's text with its unsupported spans highlighted (or bracketed when colour is off). */
function highlight(claim: ClaimReport, c: Colors, color: boolean): string {
  let out = '';
  let at = claim.start;
  const spans = [...claim.spans].sort((a, b) => a.start - b.start);
  for (const s of spans) {
    if (s.start < at) continue; // overlapping spans: the first one wins in the terminal
    out += claim.text.slice(at - claim.start, s.start - claim.start);
    const marked = claim.text.slice(s.start - claim.start, s.end - claim.start);
    out += color ? c.bold(c.underline(paint(c, claim.verdict, marked))) : `[${marked}]`;
    at = s.end;
  }
  return out + claim.text.slice(at - claim.start);
}

const oneLine = (s: string, max = 160) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

export interface TextOptions {
  color: boolean;
  /** Only the summary line and non-supported claims. */
  quiet?: boolean;
}

/** Renders a report for the terminal: one block per claim, reasons and best evidence, then a summary. */
export function renderText(report: Report, opts: TextOptions): string {
  const c = createColors(opts.color);
  const lines: string[] = [];
  for (const claim of report.claims) {
    if (opts.quiet && claim.verdict === 'supported') continue;
    const head = paint(c, claim.verdict, `${MARK[claim.verdict]} ${claim.verdict.padEnd(12)}`);
    lines.push(`${head} ${c.dim(claim.score.toFixed(2))}  ${highlight(claim, c, opts.color)}`);
    for (const s of claim.spans) lines.push(`    ${c.dim('↳')} ${s.reason}`);
    const ev = claim.evidence[0];
    if (ev && !opts.quiet) lines.push(c.dim(`    evidence [${ev.source} ${ev.start}-${ev.end}]: ${oneLine(ev.text)}`));
  }
  const count = (v: Verdict) => report.claims.filter((x) => x.verdict === v).length;
  const summary = `${report.claims.length} claims: ${count('supported')} supported, ${count('unsupported')} unsupported, ${count('contradicted')} contradicted`;
  if (lines.length) lines.push('');
  lines.push(`${paint(c, report.verdict, report.verdict.toUpperCase())}  ${summary}  ${c.dim(`score ${report.score.toFixed(2)} · ${report.engine} · ${report.timings.totalMs.toFixed(0)} ms`)}`);
  return `${lines.join('\n')}\n`;
}
