import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { InputError } from '../errors.js';
import { BusyError, TimeoutError } from './checkPool.js';

export type ErrorCode = 'bad_request' | 'unauthorized' | 'not_found' | 'payload_too_large' | 'busy' | 'timeout' | 'internal';

export function errorBody(code: ErrorCode, message: string, field?: string) {
  return { error: { code, message, ...(field ? { field } : {}) } };
}

/** Maps what a check can throw to an HTTP status and a JSON error body. */
export function errorResponse(c: Context, e: unknown): Response {
  if (e instanceof InputError) return c.json(errorBody('bad_request', e.message, e.field), 400);
  if (e instanceof BusyError) {
    c.header('Retry-After', '1');
    return c.json(errorBody('busy', `server busy: ${e.message}; retry shortly`), 429);
  }
  if (e instanceof TimeoutError) return c.json(errorBody('timeout', e.message), 503);
  if (e instanceof HTTPException) {
    const status = e.status;
    const code: ErrorCode = status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : status === 404 ? 'not_found' : 'bad_request';
    return c.json(errorBody(code, e.message || 'bad request'), status);
  }
  return c.json(errorBody('internal', 'internal error'), 500);
}

/** Errors as data for one NDJSON batch line. */
export function errorLine(e: unknown): { code: ErrorCode; message: string; field?: string } {
  if (e instanceof InputError) return { code: 'bad_request', message: e.message, ...(e.field ? { field: e.field } : {}) };
  if (e instanceof BusyError) return { code: 'busy', message: e.message };
  if (e instanceof TimeoutError) return { code: 'timeout', message: e.message };
  return { code: 'internal', message: 'internal error' };
}
