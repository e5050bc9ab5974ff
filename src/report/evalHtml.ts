import { calibrationBins, rocCurve } from '../eval/metrics.js';
import { groupByDataset, type EvalResult, type Outcome } from '../eval/summary.js';
import { renderEvalMarkdown } from './evalText.js';

/**
 * A self-contained HTML page (inline CSS and SVG, no scripts, no network) with the eval table, a
 * per-dataset balanced-accuracy bar chart, ROC curves and a reliability diagram.
 */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#17becf'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function barChart(r: EvalResult): string {
  const names = Object.keys(r.datasets);
  const W = 640;
  const rowH = 24;
  const left = 130;
  const H = names.length * rowH + 40;
  const x = (v: number) => left + v * (W - left - 20);
  const bars = names.map((n, i) => {
    const v = r.datasets[n].balancedAccuracy ?? 0;
    const y = 10 + i * rowH;
    return `<text x="${left - 8}" y="${y + 15}" text-anchor="end">${esc(n)}</text><rect x="${left}" y="${y + 3}" width="${(x(v) - left).toFixed(1)}" height="${rowH - 8}" fill="${PALETTE[i % PALETTE.length]}"><title>${esc(n)}: ${v.toFixed(3)}</title></rect><text x="${(x(v) + 4).toFixed(1)}" y="${y + 15}">${v.toFixed(3)}</text>`;
  });
  const macro = r.macro.balancedAccuracy;
  const macroLine = macro === null ? '' : `<line x1="${x(macro)}" x2="${x(macro)}" y1="5" y2="${H - 25}" stroke="#333" stroke-dasharray="4 3"/><text x="${x(macro)}" y="${H - 10}" text-anchor="middle">macro ${macro.toFixed(3)}</text>`;
  const chance = `<line x1="${x(0.5)}" x2="${x(0.5)}" y1="5" y2="${H - 25}" stroke="#bbb"/>`;
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Balanced accuracy per dataset">${chance}${bars.join('')}${macroLine}</svg>`;
}

function square(title: string, inner: string, legend: string, yLabel: string): string {
  const S = 320;
  const axes = `<rect x="40" y="10" width="${S - 50}" height="${S - 50}" fill="none" stroke="#999"/><line x1="40" y1="${S - 40}" x2="${S - 10}" y2="10" stroke="#ccc" stroke-dasharray="4 3"/>`;
  return `<figure><svg viewBox="0 0 ${S} ${S}" width="${S}" height="${S}" role="img" aria-label="${esc(title)}">${axes}${inner}<text x="${S / 2 + 15}" y="${S - 8}" text-anchor="middle">${legend}</text><text transform="translate(14 ${S / 2 - 20}) rotate(-90)" text-anchor="middle">${yLabel}</text><text x="36" y="${S - 36}" text-anchor="end">0</text><text x="36" y="20" text-anchor="end">1</text></svg><figcaption>${esc(title)}</figcaption></figure>`;
}

const px = (v: number) => (40 + v * 270).toFixed(1);
const py = (v: number) => (280 - v * 270).toFixed(1);

function rocChart(outcomes: Outcome[]): string {
  const lines = [...groupByDataset(outcomes).entries()].map(([name, rows], i) => {
    const pts = rocCurve(rows.map((o) => o.label), rows.map((o) => o.score));
    if (!pts.length) return '';
    const points = pts.map(([f, t]) => `${px(f)},${py(t)}`).join(' ');
    return `<polyline points="${points}" fill="none" stroke="${PALETTE[i % PALETTE.length]}" stroke-width="1.5"><title>${esc(name)}</title></polyline>`;
  });
  return square('ROC curves (supported = positive)', lines.join(''), 'false-positive rate →', 'true-positive rate →');
}

function reliabilityChart(outcomes: Outcome[]): string {
  const bins = calibrationBins(outcomes.map((o) => o.label), outcomes.map((o) => o.score));
  const bars = bins.map((b, i) => {
    if (!b.count) return '';
    const x0 = 40 + (i / bins.length) * 270;
    return `<rect x="${x0.toFixed(1)}" y="${py(b.observed)}" width="${(270 / bins.length - 2).toFixed(1)}" height="${(b.observed * 270).toFixed(1)}" fill="#4e79a7" opacity="0.8"><title>scores ${(i / bins.length).toFixed(1)}–${((i + 1) / bins.length).toFixed(1)}: ${b.count} rows, ${(b.observed * 100).toFixed(0)}% supported</title></rect>`;
  });
  return square('Reliability: share supported per score bin (all rows)', bars.join(''), 'predicted P(supported) →', 'share supported →');
}

function legend(outcomes: Outcome[]): string {
  return [...groupByDataset(outcomes).keys()].map((n, i) => `<span class="key"><i style="background:${PALETTE[i % PALETTE.length]}"></i>${esc(n)}</span>`).join(' ');
}

function markdownTableToHtml(md: string): string {
  const [head, , ...body] = md.split('\n');
  const cells = (line: string) => line.split('|').slice(1, -1).map((c) => c.trim().replace(/\*\*/g, ''));
  return `<table><thead><tr>${cells(head).map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${body.map((l) => `<tr>${cells(l).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

export function renderEvalHtml(r: EvalResult, outcomes: Outcome[], title = 'groundcheck eval'): string {
  const t = r.throughput;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}
svg{font:12px system-ui,sans-serif}figure{display:inline-block;margin:0 1rem 1rem 0}figcaption{text-align:center;color:#555}
.key{display:inline-block;margin-right:.8rem}.key i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
</style></head><body>
<h1>${esc(title)}</h1>
<p>Engine <b>${esc(r.engine)}</b> · ${outcomes.length} rows scored · ${r.skipped} skipped · ${t.claimsPerSecond ?? '–'} claims/s · p50 ${t.p50Ms ?? '–'} ms per row</p>
<h2>Balanced accuracy per dataset</h2>
${barChart(r)}
<h2>Ranking and calibration</h2>
<p>${legend(outcomes)}</p>
${rocChart(outcomes)}
${reliabilityChart(outcomes)}
<h2>Table</h2>
${markdownTableToHtml(renderEvalMarkdown(r))}
</body></html>
`;
}
