import type { Report } from '../../src/types';

export interface SourceDraft {
  id: string;
  text: string;
}

/** A failed request, in words for the page; `status` 401 means the page should ask for the API key. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/**
 * `question`: the question the text answers; `threshold`: the builtin engine's decision threshold
 * (from `groundcheck calibrate`); each left out of the request when blank.
 */
export async function postCheck(sources: SourceDraft[], text: string, question: string, threshold: string, apiKey: string | null): Promise<Report> {
  let res: Response;
  try {
    res = await fetch('/v1/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}) },
      body: JSON.stringify({
        sources: sources.map((s) => ({ id: s.id, text: s.text })),
        text,
        ...(question.trim() ? { question } : {}),
        // a non-number goes as it is, so the server's 400 says what is wrong with it
        ...(threshold.trim() ? { options: { threshold: Number.isNaN(Number(threshold)) ? threshold : Number(threshold) } } : {}),
      }),
    });
  } catch {
    throw new ApiError('Could not reach the groundcheck server. Is it still running?', 0);
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const message = body?.error?.message ?? `The server answered ${res.status}.`;
    throw new ApiError(res.status === 429 ? `The server is busy; try again in a moment. (${message})` : message, res.status);
  }
  return body as Report;
}
