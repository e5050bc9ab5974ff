import { InputError } from './errors.js';
import { RULE_CAP } from './train/textModel.js';
import type { CheckInput, CheckOptions } from './types.js';

/** Documented limits (README "Limits"): larger inputs are refused rather than processed slowly. */
export const DEFAULT_LIMITS = {
  /** All sources together, in UTF-16 code units (~2 MB of English text). */
  maxSourceChars: 2_000_000,
  /** The generated text, in UTF-16 code units. */
  maxTextChars: 200_000,
  maxSources: 100,
  /** The question a text answers (CheckInput.question), in UTF-16 code units. */
  maxQuestionChars: 20_000,
} as const;


export interface ValidInput {
  sources: { id: string; text: string }[];
  text: string;
  /** Absent when not given or blank. */
  question?: string;
  options: CheckOptions;
}

export function resolveLimits(options: CheckOptions) {
  return {
    maxSourceChars: options.maxSourceChars ?? DEFAULT_LIMITS.maxSourceChars,
    maxTextChars: options.maxTextChars ?? DEFAULT_LIMITS.maxTextChars,
  };
}

/** Checks the options that are not limits (topK, threshold); eval calls it once before scoring any row. */
export function validateCheckOptions(options: CheckOptions): void {
  if (options.topK !== undefined && !(Number.isInteger(options.topK) && options.topK >= 1 && options.topK <= 50)) {
    throw new InputError(`options.topK must be an integer from 1 to 50 (got ${String(options.topK)})`, 'options.topK');
  }
  if (options.threshold !== undefined) {
    if (typeof options.threshold !== 'number' || !(options.threshold > RULE_CAP && options.threshold < 1)) {
      throw new InputError(`options.threshold must be a number above ${RULE_CAP} and below 1 (got ${String(options.threshold)})`, 'options.threshold');
    }
    if ((options.engine ?? 'builtin') !== 'builtin') {
      throw new InputError(`options.threshold applies to the builtin engine only (this check uses ${options.engine})`, 'options.threshold');
    }
  }
}

/** Validates a check request on entry, with messages that name the bad field and value. */
export function validateInput(input: CheckInput): ValidInput {
  if (input === null || typeof input !== 'object') throw new InputError('check() expects an object { sources, text }');
  const { sources, text } = input;
  const options: CheckOptions = input.options ?? {};
  if (typeof options !== 'object') throw new InputError('options must be an object', 'options');
  if (!Array.isArray(sources) || sources.length === 0) throw new InputError('sources must be a non-empty array of { id?, text }', 'sources');
  if (sources.length > DEFAULT_LIMITS.maxSources) throw new InputError(`at most ${DEFAULT_LIMITS.maxSources} sources are accepted (got ${sources.length})`, 'sources');
  if (typeof text !== 'string') throw new InputError('text must be a string', 'text');
  if (text.trim() === '') throw new InputError('text is empty: there is nothing to check', 'text');
  const limits = resolveLimits(options);
  if (text.length > limits.maxTextChars) throw new InputError(`text is ${text.length} characters; the limit is ${limits.maxTextChars} (options.maxTextChars)`, 'text');
  validateCheckOptions(options);
  const seen = new Set<string>();
  let total = 0;
  const valid = sources.map((s, i) => {
    if (s === null || typeof s !== 'object' || typeof s.text !== 'string') throw new InputError(`sources[${i}].text must be a string`, `sources[${i}].text`);
    if (s.text.trim() === '') throw new InputError(`sources[${i}] is empty`, `sources[${i}].text`);
    const id = s.id ?? `source-${i + 1}`;
    if (typeof id !== 'string' || id === '') throw new InputError(`sources[${i}].id must be a non-empty string`, `sources[${i}].id`);
    if (seen.has(id)) throw new InputError(`two sources share the id "${id}"`, `sources[${i}].id`);
    seen.add(id);
    total += s.text.length;
    return { id, text: s.text };
  });
  if (total > limits.maxSourceChars) throw new InputError(`sources hold ${total} characters; the limit is ${limits.maxSourceChars} (options.maxSourceChars)`, 'sources');
  const { question } = input;
  if (question !== undefined && question !== null) {
    if (typeof question !== 'string') throw new InputError('question must be a string', 'question');
    if (question.length > DEFAULT_LIMITS.maxQuestionChars) {
      throw new InputError(`question is ${question.length} characters; the limit is ${DEFAULT_LIMITS.maxQuestionChars}`, 'question');
    }
  }
  return { sources: valid, text, options, ...(typeof question === 'string' && question.trim() ? { question } : {}) };
}
