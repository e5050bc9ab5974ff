import { check } from '../check.js';
import { renderText } from '../report/text.js';
import { VERDICT_RANK, type Report } from '../types.js';
import { engineOptions, type EngineFlags } from './engineOptions.js';
import { readTextInput } from './readInput.js';
import { UsageError } from './usageError.js';

export interface CheckCommandOptions extends EngineFlags {
  source: string[];
  text: string;
  /** The question the text answers, as text (not a file). */
  question?: string;
  format: 'text' | 'json';
  failOn: 'unsupported' | 'contradicted' | 'never';
  quiet?: boolean;
}

/** Colour only on a terminal, never with NO_COLOR set; FORCE_COLOR turns it on anyway. */
export function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

export function exitCodeFor(report: Report, failOn: CheckCommandOptions['failOn']): number {
  if (failOn === 'never') return 0;
  return report.claims.some((c) => VERDICT_RANK[c.verdict] >= VERDICT_RANK[failOn]) ? 1 : 0;
}

/** Runs `groundcheck check`; returns the process exit code. */
export async function runCheck(opts: CheckCommandOptions): Promise<number> {
  const paths = [...opts.source, opts.text];
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('only one of --source/--text can read standard input ("-")');
  const sources = [];
  const used = new Set<string>();
  for (const path of opts.source) {
    // ids are the file names, made unique when two sources share one
    const base = path === '-' ? 'stdin' : path;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}#${n}`;
    used.add(id);
    sources.push({ id, text: await readTextInput(path) });
  }
  const text = await readTextInput(opts.text);
  const report = await check({ sources, text, ...(opts.question !== undefined ? { question: opts.question } : {}), options: engineOptions(opts) });
  if (opts.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(renderText(report, { color: useColor(process.stdout), quiet: opts.quiet }));
  return exitCodeFor(report, opts.failOn);
}
