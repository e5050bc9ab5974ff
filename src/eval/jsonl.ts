import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface JsonlLine {
  file: string;
  /** 1-based line number. */
  line: number;
  value: unknown;
}

export interface MalformedLine {
  file: string;
  line: number;
  reason: string;
}

/**
 * Streams a JSONL file line by line (never loading it whole), parsing each non-blank line.
 * Lines that are not JSON are passed to `onMalformed` and skipped.
 */
export async function* readJsonl(file: string, onMalformed: (m: MalformedLine) => void): AsyncGenerator<JsonlLine> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        onMalformed({ file, line, reason: `invalid JSON (${(e as Error).message})` });
        continue;
      }
      yield { file, line, value };
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

/** Counts lines without parsing, for a progress bar's total. */
export async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(file)) {
    const buf = chunk as Buffer;
    for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
    last = buf.length ? buf[buf.length - 1] : last;
  }
  return last === 10 ? n : n + 1;
}
