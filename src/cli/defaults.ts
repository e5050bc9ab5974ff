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

/**
 * The folders `train` reads when no --bench is given: the public sets, and the project's own
 * hand-written paraphrase, digest and structured rows (bench/data), so that text written in other words
 * than its sources, and overviews of JSON records, are not all flagged (see bench/data/README.md).
 */
export const DEFAULT_BENCH_FOLDERS = ['../shared/bench', 'bench/data'];
