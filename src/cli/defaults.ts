import { DEFAULT_LIMITS } from '../input.js';
import { DEFAULT_MAX_BODY_BYTES } from '../server/bodyLimit.js';

/**
 * Defaults the CLI shows in --help. They live apart from the commands, which are loaded only when
 * one runs: the check pipeline, the server and training each take a good part of a second to import.
 */
export const SERVE_DEFAULTS = {
  maxBodyBytes: String(DEFAULT_MAX_BODY_BYTES),
  maxSourceChars: String(DEFAULT_LIMITS.maxSourceChars),
  maxTextChars: String(DEFAULT_LIMITS.maxTextChars),
};

/** Where `groundcheck train` reads benchmark folders from unless --bench is given. */
export const DEFAULT_BENCH_FOLDERS = ['../shared/bench', 'bench/data'];
