import { UsageError } from './usageError.js';

/** A whole-number flag value within [min, max], or a usage error naming the flag and the range. */
export function wholeNumber(flag: string, value: string, min = -Infinity, max = Infinity): number {
  const n = Number(value);
  if (value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) return n;
  const range = Number.isFinite(min) && Number.isFinite(max) ? ` from ${min} to ${max}` : Number.isFinite(min) ? ` ≥ ${min}` : '';
  throw new UsageError(`${flag} must be a whole number${range} (got ${value})`);
}
