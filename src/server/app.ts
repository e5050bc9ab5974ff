import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { stream } from 'hono/streaming';
import { orderedMap } from '../eval/pool.js';
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS, validateInput } from '../input.js';
import type { CheckInput, CheckOptions, Report } from '../types.js';
import { bearerMatches } from './auth.js';
import { errorBody, errorLine, errorResponse } from './errors.js';
import { CheckRequestSchema, describeIssue, ErrorSchema, ReportRef } from './schemas.js';
import { readStatic } from './staticFiles.js';
import { DEFAULT_MAX_BODY_BYTES } from './bodyLimit.js';

/** Runs checks; the real one is CheckPool (worker threads with a queue and time budget). */
export interface Checker {
  run(input: CheckInput): Promise<Report>;
  ready(): Promise<void>;
}

/** Every limit of the server; README "Server" documents the defaults. */
export interface ServerOptions {
  maxBodyBytes: number;
  maxBatchBytes: number;
  maxSourceChars: number;
  maxTextChars: number;
  /** When set, /v1/* requires `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Checks of one batch request in flight at once. */
  batchInFlight: number;
  /** Folder of the built page (web/dist). */
  staticDir: string;
  /** The engine settings the server was started with (`serve --engine … --model …`); requests use them by default. */
  engine: CheckOptions;
  log: (entry: Record<string, unknown>) => void;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = {
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  maxBatchBytes: 100 * 1024 * 1024,
  maxSourceChars: DEFAULT_LIMITS.maxSourceChars,
  maxTextChars: DEFAULT_LIMITS.maxTextChars,
  batchInFlight: 4,
  staticDir: fileURLToPath(new URL('../../web/dist', import.meta.url)),
  engine: { engine: 'builtin' },
  log: (entry) => process.stdout.write(`${JSON.stringify(entry)}\n`),
};

const checkRoute = createRoute({
  method: 'post',
  path: '/v1/check',
  summary: 'Check a generated text against its sources',
  security: [{ bearer: [] }],
  request: { body: { content: { 'application/json': { schema: CheckRequestSchema } }, required: true } },
  responses: {
    200: { description: 'The report', content: { 'application/json': { schema: ReportRef } } },
    400: { description: 'Malformed JSON or invalid fields', content: { 'application/json': { schema: ErrorSchema } } },
    401: { description: 'Missing or wrong API key', content: { 'application/json': { schema: ErrorSchema } } },
    413: { description: 'Body over the size limit', content: { 'application/json': { schema: ErrorSchema } } },
    429: { description: 'Queue full; see Retry-After', content: { 'application/json': { schema: ErrorSchema } } },
    503: { description: 'The check ran past its time budget', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

export function createApp(checker: Checker, options: Partial<ServerOptions> = {}): OpenAPIHono {
  const opts: ServerOptions = { ...DEFAULT_SERVER_OPTIONS, ...options };
  let ready = false;
  checker.ready().then(() => (ready = true), () => {});
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const { message, field } = describeIssue(result.error.issues);
        return c.json(errorBody('bad_request', message, field), 400);
      }
    },
  });

  // one JSON line per request: never the texts
  app.use('*', async (c, next) => {
    const t = performance.now();
    await next();
    opts.log({
      time: new Date().toISOString(), method: c.req.method, path: c.req.path, status: c.res.status,
      ms: Math.round((performance.now() - t) * 10) / 10,
      requestBytes: Number(c.req.header('content-length') ?? 0) || null,
      responseBytes: Number(c.res.headers.get('content-length') ?? 0) || null,
    });
  });
  app.use('/v1/*', async (c, next) => {
    if (opts.apiKey !== undefined && !bearerMatches(c.req.header('authorization'), opts.apiKey)) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json(errorBody('unauthorized', 'this server needs an API key: send Authorization: Bearer <key>'), 401);
    }
    await next();
  });
  const tooLarge = (limit: number) => (c: Context) => c.json(errorBody('payload_too_large', `request body is over ${limit} bytes`), 413);
  app.use('/v1/check', bodyLimit({ maxSize: opts.maxBodyBytes, onError: tooLarge(opts.maxBodyBytes) }));
  app.use('/v1/check/batch', bodyLimit({ maxSize: opts.maxBatchBytes, onError: tooLarge(opts.maxBatchBytes) }));

  const configured = opts.engine.engine ?? 'builtin';
  const toInput = (body: { sources: { id?: string; text: string }[]; text: string; question?: string; options?: CheckInput['options'] }): CheckInput => {
    const engine = body.options?.engine ?? configured;
    // a request may pick the light engines, or the heavy one the server was configured with; never its settings
    if (!['builtin', 'handset', configured].includes(engine)) throw new InputError(`this server is not configured for the ${engine} engine (it runs ${configured})`, 'options.engine');
    // the server's --threshold is for its builtin engine; a request that picks another engine leaves it behind
    const defaults = engine === 'builtin' ? opts.engine : { ...opts.engine, threshold: undefined };
    const input = { sources: body.sources, text: body.text, ...(body.question !== undefined ? { question: body.question } : {}), options: { ...defaults, ...body.options, engine, maxSourceChars: opts.maxSourceChars, maxTextChars: opts.maxTextChars } };
    validateInput(input); // limits and duplicate ids answer 400 before queueing
    return input;
  };

  app.openapi(checkRoute, async (c) => {
    try {
      return c.json((await checker.run(toInput(c.req.valid('json')))) as unknown as Record<string, unknown>, 200);
    } catch (e) {
      return errorResponse(c, e) as never;
    }
  });

  app.post('/v1/check/batch', (c) => {
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    return stream(c, async (out) => {
      const body = c.req.raw.body;
      if (!body) return;
      const lines = async function* () {
        const decoder = new TextDecoder();
        let buffered = '';
        let n = 0;
        for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
          buffered += decoder.decode(chunk, { stream: true });
          let nl: number;
          while ((nl = buffered.indexOf('\n')) >= 0) {
            const line = buffered.slice(0, nl);
            buffered = buffered.slice(nl + 1);
            n++;
            if (line.trim()) yield { line: n, text: line };
          }
        }
        buffered += decoder.decode();
        if (buffered.trim()) yield { line: n + 1, text: buffered };
      };
      const checkLine = async ({ text }: { line: number; text: string }): Promise<Report> => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (e) {
          throw new InputError(`invalid JSON: ${(e as Error).message}`);
        }
        const result = CheckRequestSchema.safeParse(parsed);
        if (!result.success) {
          const { message, field } = describeIssue(result.error.issues);
          throw new InputError(message, field);
        }
        return checker.run(toInput(result.data));
      };
      try {
        for await (const { item, result } of orderedMap(lines(), checkLine, opts.batchInFlight)) {
          const line = result instanceof Error ? { line: item.line, error: errorLine(result) } : { line: item.line, report: result };
          await out.write(`${JSON.stringify(line)}\n`);
        }
      } catch (e) {
        // the body itself failed (over the limit, client went away): say so on the last line
        await out.write(`${JSON.stringify({ error: errorLine(e).code === 'internal' ? { code: 'payload_too_large', message: (e as Error).message } : errorLine(e) })}\n`);
      }
    });
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', (c) => (ready ? c.json({ status: 'ready' }) : c.json({ status: 'starting' }, 503)));
  app.get('/openapi.json', (c) => {
    const doc = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'groundcheck', version: '0.1.0', description: 'Checks generated text against its sources.' },
    }) as unknown as { components: { schemas: Record<string, unknown>; securitySchemes?: Record<string, unknown> } };
    const { $schema: _s, $id: _i, ...report } = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    doc.components.schemas.Report = report;
    doc.components.securitySchemes = { bearer: { type: 'http', scheme: 'bearer' } };
    return c.json(doc);
  });
  app.get('*', async (c) => {
    const file = await readStatic(opts.staticDir, c.req.path);
    if (!file) return c.json(errorBody('not_found', `no such page: ${c.req.path}`), 404);
    return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
  });
  app.notFound((c) => c.json(errorBody('not_found', `no such endpoint: ${c.req.method} ${c.req.path}`), 404));
  app.onError((e, c) => errorResponse(c, e));
  return app;
}
