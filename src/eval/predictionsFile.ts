import { closeSync, existsSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import type { Prediction } from './predict.js';

/**
 * A --predictions file: one JSON prediction per line, appended as rows are scored. Reading it back
 * lets a killed run resume: ids already there are not scored again. A half-written last line (the
 * run died mid-write) is cut off so the next append starts clean.
 */
export function loadPredictions(path: string, warn: (msg: string) => void): Map<string, Prediction> {
  const found = new Map<string, Prediction>();
  if (!existsSync(path)) return found;
  const content = readFileSync(path, 'utf8');
  const lastNewline = content.lastIndexOf('\n');
  if (lastNewline < content.length - 1) {
    truncateSync(path, Buffer.byteLength(content.slice(0, lastNewline + 1)));
    if (content.slice(lastNewline + 1).trim()) warn(`${path}: dropped an unfinished last line from an interrupted run`);
  }
  content.slice(0, lastNewline + 1).split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const p = JSON.parse(line) as Prediction;
      if (typeof p.id === 'string' && typeof p.score === 'number' && typeof p.verdict === 'string') found.set(p.id, p);
      else warn(`${path}:${i + 1}: not a prediction, ignored`);
    } catch {
      warn(`${path}:${i + 1}: invalid JSON, ignored`);
    }
  });
  return found;
}

export interface PredictionWriter {
  write(p: Prediction): void;
  close(): void;
}

export function openPredictionWriter(path: string): PredictionWriter {
  const fd = openSync(path, 'a');
  return {
    // one synchronous write per line: a kill can only ever leave the last line unfinished
    write: (p) => void writeSync(fd, `${JSON.stringify(p)}\n`),
    close: () => closeSync(fd),
  };
}
