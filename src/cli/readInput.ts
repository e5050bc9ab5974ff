import { accessSync, constants, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { UsageError } from './usageError.js';

/** Largest file the CLI reads; larger ones are refused before decoding (the check limits are smaller still). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

async function readStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) throw new UsageError('"-" reads from standard input, but nothing is piped in');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_FILE_BYTES) throw new UsageError(`standard input is larger than ${MAX_FILE_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Decodes UTF-8 text, refusing binary data (NUL bytes or invalid UTF-8) with a message naming the input. */
export function decodeText(bytes: Buffer, name: string): string {
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${name} looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${name} is not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new UsageError(`${name} is empty`);
  return text;
}

/** Reads a file path, or standard input for "-". */
export async function readTextInput(path: string): Promise<string> {
  const name = path === '-' ? 'standard input' : path;
  let bytes: Buffer;
  if (path === '-') bytes = await readStdin();
  else {
    try {
      bytes = await readFile(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      throw new UsageError(`cannot read ${path}: ${why}`);
    }
    if (bytes.length > MAX_FILE_BYTES) throw new UsageError(`${path} is larger than ${MAX_FILE_BYTES} bytes`);
  }
  return decodeText(bytes, name);
}

/** A file given on the command line that must be a readable file, or a usage error naming it. */
export function mustReadFile(path: string, what: string): void {
  try {
    accessSync(path, constants.R_OK);
    if (statSync(path).isDirectory()) throw new UsageError(`${what} ${path} is a directory`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${what} ${path}`);
  }
}
