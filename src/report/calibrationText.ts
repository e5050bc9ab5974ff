import type { Calibration, CalibrationGroup } from '../eval/calibrate.js';

const fmt = (x: number | null, digits = 3) => (x === null ? '–' : x.toFixed(digits));

/** `groundcheck calibrate` as a terminal table: per dataset, then all rows, then the threshold to use. */
export function renderCalibrationText(c: Calibration): string {
  const header = ['dataset', 'rows', 'supported', 'threshold', `BAcc at ${c.defaultThreshold.toFixed(3)}`, 'BAcc at threshold', `cross-validated (${c.folds} folds)`];
  const line = (name: string, g: CalibrationGroup) => [name, String(g.n), String(g.positives), fmt(g.threshold), fmt(g.defaultBalancedAccuracy), fmt(g.calibratedBalancedAccuracy), fmt(g.crossValidatedBalancedAccuracy)];
  const names = Object.keys(c.datasets);
  const rows = [...(names.length > 1 ? names.map((n) => line(n, c.datasets[n])) : []), line(names.length > 1 ? 'all rows' : names[0], c.all)];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const cells = (r: string[]) => r.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  return [
    `Calibrated the ${c.engine} engine on ${c.all.n} rows (its own threshold is ${c.defaultThreshold.toFixed(3)})${c.skipped ? `; ${c.skipped} rows skipped` : ''}.`,
    '',
    cells(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(cells),
    '',
    c.keepDefault
      ? `Keep the engine's own threshold (${c.defaultThreshold.toFixed(3)}): cross-validated, ${c.threshold.toFixed(3)} does no better (${fmt(c.all.crossValidatedBalancedAccuracy)} vs ${fmt(c.all.defaultBalancedAccuracy)}). Label more rows and calibrate again.`
      : `Use: --threshold ${c.threshold.toFixed(3)}   (check, eval and serve; library and HTTP: options.threshold)`,
    `"BAcc at threshold" is measured on the rows the threshold was chosen on; the cross-validated figure (chosen on ${c.folds - 1}/${c.folds} of the rows, scored on the rest) is what to expect on new rows of the same kind.`,
    ...c.warnings.map((w) => `warning: ${w}`),
    '',
  ].join('\n');
}
