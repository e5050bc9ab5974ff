import { availableParallelism } from 'node:os';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.js';
import { CheckPool } from '../server/checkPool.js';
import { engineOptions, type EngineFlags } from './engineOptions.js';
import { wholeNumber } from './flags.js';
import { UsageError } from './usageError.js';

export interface ServeCommandOptions extends EngineFlags {
  host: string;
  port: string;
  apiKeyEnv?: string;
  workers?: string;
  timeoutMs: string;
  maxQueue: string;
  maxBodyBytes: string;
  maxSourceChars: string;
  maxTextChars: string;
}

/** Runs `groundcheck serve` until SIGTERM/SIGINT, then finishes in-flight requests and exits. */
export async function runServeCommand(opts: ServeCommandOptions): Promise<number> {
  const port = wholeNumber('--port', opts.port, 0, 65535);
  const workers = opts.workers === undefined ? Math.max(1, availableParallelism()) : wholeNumber('--workers', opts.workers, 1, 64);
  let apiKey: string | undefined;
  if (opts.apiKeyEnv) {
    apiKey = process.env[opts.apiKeyEnv];
    if (!apiKey) throw new UsageError(`--api-key-env ${opts.apiKeyEnv}: that environment variable is empty or unset`);
  }
  const engine = engineOptions(opts);
  const pool = new CheckPool({ workers, engine, maxQueue: wholeNumber('--max-queue', opts.maxQueue, 0, 100000), timeoutMs: wholeNumber('--timeout-ms', opts.timeoutMs, 1, 3600000) });
  const app = createApp(pool, {
    apiKey,
    engine,
    maxBodyBytes: wholeNumber('--max-body-bytes', opts.maxBodyBytes, 1, 2 ** 31),
    maxSourceChars: wholeNumber('--max-source-chars', opts.maxSourceChars, 1, 2 ** 31),
    maxTextChars: wholeNumber('--max-text-chars', opts.maxTextChars, 1, 2 ** 31),
  });
  const server = serve({ fetch: app.fetch, hostname: opts.host, port });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (e: NodeJS.ErrnoException) => reject(new UsageError(`cannot listen on ${opts.host}:${port}: ${e.code ?? e.message}`)));
  });
  const address = server.address();
  const shown = typeof address === 'object' && address ? `http://${opts.host}:${address.port}` : String(address);
  process.stderr.write(`groundcheck listening on ${shown} (${workers} worker${workers > 1 ? 's' : ''}, engine ${engine.engine}${engine.threshold !== undefined ? ` at threshold ${engine.threshold}` : ''}${apiKey ? ', API key required' : ''})\n`);
  try {
    await pool.ready();
  } catch (e) {
    server.close();
    await pool.close();
    throw e;
  }

  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      process.stderr.write(`groundcheck: ${signal}, finishing in-flight requests\n`);
      server.close(async () => {
        await pool.close();
        resolve(0);
      });
      // idle keep-alive connections would hold close() open
      (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
