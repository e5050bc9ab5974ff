/**
 * How often each rule of the builtin engine fires (a contradicted number, an antonym, a flipped
 * negation, a hedge stated as certain, a name or a number no source mentions), in supported and in
 * unsupported rows of the public train and dev splits. A rule caps its claim's score whatever the
 * model says, so its firings in supported rows are false alarms or annotators' leniency: reading
 * them is how a rule is made more precise. Test splits are left out (they are for reporting).
 * Run: npm run bench:rules            (the table)
 *      npm run bench:rules -- quantityConflicts 20   (also 20 supported rows where that rule fires)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/check.js';
import { RULES } from '../src/train/trainModel.js';
import { PUBLIC_BENCH } from './folders.js';

const [shown, count] = [process.argv[2], Number(process.argv[3] ?? 10)];
if (shown !== undefined && !RULES.includes(shown as (typeof RULES)[number])) {
  console.error(`unknown rule "${shown}"; rules: ${RULES.join(', ')}`);
  process.exit(2);
}
const firings = new Map(RULES.map((r) => [r, { supported: 0, unsupported: 0 }]));
const examples: string[] = [];
let rows = 0;
for (const dataset of readdirSync(PUBLIC_BENCH).sort()) {
  for (const split of ['train', 'dev']) {
    const file = join(PUBLIC_BENCH, dataset, `${split}.jsonl`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; doc: string; claim: string; label: number };
      rows++;
      const a = analyze({ sources: [{ id: 'doc', text: row.doc }], text: row.claim });
      const fired = new Set<string>();
      for (const { claim, comparison } of a.inputs) {
        for (const rule of RULES) {
          if (!(comparison.features[rule] > 0) || fired.has(rule)) continue;
          fired.add(rule);
          if (rule === shown && row.label === 1 && examples.length < count) {
            const findings = comparison.findings.map((f) => `“${a.text.slice(f.start, f.end)}”: ${f.reason}`).join(' | ');
            examples.push(`${row.id}: ${claim.text}\n    ${findings}`);
          }
        }
      }
      for (const rule of fired) firings.get(rule as (typeof RULES)[number])![row.label === 1 ? 'supported' : 'unsupported']++;
    }
  }
}
console.log(`Rows of the public train + dev splits where each rule fires on some claim (${rows} rows, ${PUBLIC_BENCH}).\n`);
console.log('| rule | unsupported rows | supported rows |\n|---|---|---|');
for (const [rule, n] of firings) console.log(`| ${rule} | ${n.unsupported} | ${n.supported} |`);
if (shown) console.log(`\nSupported rows where ${shown} fires:\n${examples.join('\n')}`);
