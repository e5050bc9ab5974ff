import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a presented bearer token with the key in constant time (both hashed to equal length first). */
export function bearerMatches(header: string | undefined, key: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  const presented = createHash('sha256').update(m ? m[1] : '').digest();
  const expected = createHash('sha256').update(key).digest();
  return timingSafeEqual(presented, expected) && m !== null;
}
