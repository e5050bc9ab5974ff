import { EngineError, InputError } from '../../errors.js';
import type { LlmOptions, Usage } from '../../types.js';
import { explainingFindings } from '../decide.js';
import type { Assessment, Engine, EngineContext, EngineInput, TextAssessment } from '../engine.js';
import { loadPrompt, parseVerdicts, type Verdicts } from './prompt.js';

/** A request that failed in a way worth retrying (network, timeout, 429/5xx, malformed answer). */
class Retryable extends Error {}

const SCORE = { supported: 0.9, unsupported: 0.1, contradicted: 0.05 } as const;

async function callOnce(opts: LlmOptions, key: string | undefined, messages: { role: string; content: string }[]): Promise<{ content: string; usage: { prompt_tokens?: number; completion_tokens?: number } }> {
  let res: Response;
  try {
    res = await fetch(`${opts.url.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(key ? { Authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ model: opts.model, temperature: 0, messages, response_format: { type: 'json_object' } }),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 60000),
    });
  } catch (e) {
    throw new Retryable(`no answer from ${opts.url}: ${(e as Error).message}`);
  }
  const body = (await res.json().catch(() => null)) as { choices?: { message?: { content?: string } }[]; usage?: object; error?: { message?: string } } | null;
  if (res.status === 429 || res.status >= 500) throw new Retryable(`${opts.url} answered ${res.status}`);
  if (!res.ok) throw new InputError(`the LLM API refused the request (${res.status}): ${body?.error?.message ?? 'no message'}`);
  const content = body?.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new Retryable('the answer has no message content');
  return { content, usage: (body?.usage ?? {}) as { prompt_tokens?: number; completion_tokens?: number } };
}

/**
 * An LLM judge over an OpenAI-compatible chat completions API (OpenAI, Ollama, vLLM, llama.cpp):
 * one request per batch of claims, asking for a JSON verdict and the supporting quote per claim.
 * Answers are parsed strictly; failures and malformed answers are retried with exponential backoff.
 */
export async function llmEngine(opts: LlmOptions & { backoffMs?: number }): Promise<Engine> {
  const prompt = loadPrompt();
  const key = opts.apiKeyEnv ? process.env[opts.apiKeyEnv] : undefined;
  if (opts.apiKeyEnv && !key) throw new InputError(`the environment variable ${opts.apiKeyEnv} (the LLM API key) is empty or unset`);
  const retries = opts.retries ?? 2;

  const judge = async (batch: EngineInput[], context: EngineContext, usage: Usage): Promise<Verdicts> => {
    const sources = context.sources.map((s) => `[${s.id}]\n${s.text}`).join('\n\n');
    const claims = batch.map((b, i) => `${i + 1}. ${b.claim.text}`).join('\n');
    const messages = [
      { role: 'system', content: prompt.system },
      { role: 'user', content: prompt.user.replace('{{sources}}', sources).replace('{{claims}}', claims) },
    ];
    let last: Error = new Error('no attempt');
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, (opts.backoffMs ?? 500) * 2 ** (attempt - 1)));
      try {
        const answer = await callOnce(opts, key, messages);
        usage.requests++;
        usage.promptTokens += answer.usage.prompt_tokens ?? 0;
        usage.completionTokens += answer.usage.completion_tokens ?? 0;
        try {
          return parseVerdicts(answer.content, batch.map((_, i) => i + 1));
        } catch (e) {
          throw new Retryable(`malformed answer: ${(e as Error).message}`);
        }
      } catch (e) {
        if (!(e instanceof Retryable)) throw e;
        last = e;
      }
    }
    throw new EngineError(`the LLM judge failed after ${retries + 1} attempts: ${last.message}`);
  };

  return {
    name: 'llm',
    threshold: 0.5,
    async assess(inputs: EngineInput[], context: EngineContext): Promise<TextAssessment> {
      const usage: Usage = { requests: 0, promptTokens: 0, completionTokens: 0 };
      const size = opts.batchSize ?? 20;
      const claims: Assessment[] = [];
      for (let b = 0; b < inputs.length; b += size) {
        const batch = inputs.slice(b, b + size);
        const verdicts = await judge(batch, context, usage);
        batch.forEach((input, i) => {
          const v = verdicts.claims.find((c) => c.id === i + 1)!;
          const score = v.confidence === undefined ? SCORE[v.verdict] : v.verdict === 'supported' ? v.confidence : 1 - v.confidence;
          const evidence = locate(v.quote, context);
          const builtin = explainingFindings(input.comparison);
          const findings = v.verdict === 'supported' ? [] : builtin.length ? builtin : [{ kind: 'word' as const, start: input.claim.start, end: input.claim.end, conflict: v.verdict === 'contradicted', reason: v.reason || `the LLM judge found this ${v.verdict}` }];
          claims.push({ verdict: v.verdict, score, findings, ...(evidence ? { evidence: [{ ...evidence, score }] } : {}) });
        });
      }
      return { claims, score: claims.length ? Math.min(...claims.map((c) => c.score)) : 1, usage };
    },
  };
}

/** Where the judge's quote stands in the sources (exactly, or ignoring case and spacing). */
function locate(quote: string, context: EngineContext): { source: string; start: number; end: number } | null {
  const q = quote.trim();
  if (q.length < 8) return null;
  for (const s of context.sources) {
    const at = s.text.indexOf(q);
    if (at >= 0) return { source: s.id, start: at, end: at + q.length };
  }
  const pattern = new RegExp(q.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'i');
  for (const s of context.sources) {
    const m = pattern.exec(s.text);
    if (m) return { source: s.id, start: m.index, end: m.index + m[0].length };
  }
  return null;
}
