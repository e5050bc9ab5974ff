import { basename, dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { readJsonl, type MalformedLine } from './jsonl.js';
import { toEvalRow, type EvalRow } from './rows.js';

/** Dataset name for rows without one: the folder for ../shared/bench/<name>/test.jsonl, else the file name. */
export function datasetNameFor(file: string): string {
  const base = basename(file).replace(/\.jsonl?$/i, '');
  return ['train', 'dev', 'test', 'validation'].includes(base) ? basename(dirname(resolve(file))) : base;
}

export class StrictModeError extends InputError {}

export interface ReadOptions {
  strict?: boolean;
  onWarning?: (message: string) => void;
  onProgress?: (done: number) => void;
}

/**
 * Streams the valid rows of JSONL files. Malformed lines are warned about (file:line: reason) and
 * counted in `counters.skipped`, or thrown with `strict`; rows repeating an earlier id are dropped
 * with one warning at the end.
 */
export async function* readRows(files: string[], opts: ReadOptions, counters: { skipped: number; done: number }): AsyncGenerator<EvalRow> {
  const seen = new Set<string>();
  let duplicates = 0;
  const malformed = (m: MalformedLine) => {
    if (opts.strict) throw new StrictModeError(`${m.file}:${m.line}: ${m.reason}`);
    counters.skipped++;
    counters.done++;
    opts.onWarning?.(`${m.file}:${m.line}: ${m.reason}; skipped`);
    opts.onProgress?.(counters.done);
  };
  for (const file of files) {
    const fallback = datasetNameFor(file);
    for await (const { line, value } of readJsonl(file, malformed)) {
      const row = toEvalRow(value, fallback);
      if (typeof row === 'string') {
        malformed({ file, line, reason: row });
        continue;
      }
      if (seen.has(row.id)) {
        duplicates++;
        counters.done++;
        opts.onProgress?.(counters.done);
        continue;
      }
      seen.add(row.id);
      yield row;
    }
  }
  if (duplicates) opts.onWarning?.(`${duplicates} row(s) repeated an earlier id and were scored once`);
}
