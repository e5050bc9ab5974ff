import type { EvalResult } from '../eval/summary.js';

const fmt = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? '–' : x.toFixed(digits));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The eval summary as an aligned terminal table: one row per dataset, then the macro average. */
export function renderEvalText(r: EvalResult): string {
  const names = Object.keys(r.datasets);
  const rows = names.map((name) => {
    const d = r.datasets[name];
    return [name, String(d.n), String(d.positives), fmt(d.balancedAccuracy), fmt(d.f1), fmt(d.auroc), fmt(d.ece), fmt(d.spanF1), fmt(d.claimSpanF1), fmt(d.threshold)];
  });
  rows.push(['macro', '', '', fmt(r.macro.balancedAccuracy), fmt(r.macro.f1), fmt(r.macro.auroc), '', '', '', '']);
  const t = r.throughput;
  return [
    table(['dataset', 'n', 'supported', 'BAcc', 'F1(unsup)', 'AUROC', 'ECE', 'spanF1', 'claimSpanF1', 'thr'], rows),
    '',
    ...(r.escalation ? [`cascade${r.escalation.band ? ` (band ${r.escalation.band.join(':')} chosen on dev)` : ''}: ${r.escalation.escalated} of ${r.escalation.claims} claims escalated (${fmt(r.escalation.share)}), ${r.escalation.requests} LLM requests, ${r.escalation.promptTokens}+${r.escalation.completionTokens} tokens`] : []),
    `engine ${r.engine} · ${fmt(t.claimsPerSecond, 0)} claims/s · ${fmt(t.rowsPerSecond, 1)} rows/s · p50 ${fmt(t.p50Ms, 1)} ms · p95 ${fmt(t.p95Ms, 1)} ms per row · ${r.skipped} skipped`,
    '',
  ].join('\n');
}

/** The same table in Markdown, for BENCHMARKS.md. */
export function renderEvalMarkdown(r: EvalResult): string {
  const lines = ['| dataset | n | supported | BAcc | F1 (unsupported) | AUROC | ECE | span F1 | span F1, flagged claims |', '|---|---|---|---|---|---|---|---|---|'];
  for (const [name, d] of Object.entries(r.datasets)) {
    lines.push(`| ${name} | ${d.n} | ${d.positives} | ${fmt(d.balancedAccuracy)} | ${fmt(d.f1)} | ${fmt(d.auroc)} | ${fmt(d.ece)} | ${fmt(d.spanF1)} | ${fmt(d.claimSpanF1)} |`);
  }
  lines.push(`| **macro** | | | **${fmt(r.macro.balancedAccuracy)}** | ${fmt(r.macro.f1)} | ${fmt(r.macro.auroc)} | | | |`);
  return lines.join('\n');
}
